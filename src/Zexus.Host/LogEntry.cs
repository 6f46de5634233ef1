using Zexus.Primitives;

namespace Zexus.Host;

/// <summary>
/// One log record (Yellow Paper section 4.3.1, O): the emitting account, up to four topics and the
/// data. EVM LOG0-LOG4 and ZVM events both end up as log entries.
/// </summary>
/// <param name="Address">The account whose code emitted the log.</param>
/// <param name="Topics">The indexed topics (0-4 for the EVM).</param>
/// <param name="Data">The unindexed data.</param>
public sealed record LogEntry(Address Address, IReadOnlyList<Hash256> Topics, ReadOnlyMemory<byte> Data);
