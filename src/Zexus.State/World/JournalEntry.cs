using Zexus.Primitives;

namespace Zexus.State.World;

/// <summary>
/// One journaled change (revm's journal entries as one struct): the kind, the account and slot it
/// concerns, and the previous value needed to undo it. Which fields are used depends on
/// <see cref="Kind"/> (see <see cref="JournalEntryKind"/>).
/// </summary>
internal readonly record struct JournalEntry(
    JournalEntryKind Kind,
    Address Address,
    UInt256 Key = default,
    UInt256 Value = default,
    ulong Number = 0,
    object? Previous = null);
