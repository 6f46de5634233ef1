using System.Collections.ObjectModel;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// An append-only, hash-chained ledger (LEDGER_APPEND, issue 3 item 6; docs/blockchain-semantics.md
/// section 4). Entry i records its index i, a timestamp, a deep copy of the data, the hash of entry
/// i − 1 (64 zeros for entry 0) and its own <see cref="LedgerEntry.ComputeHash"/>.
/// </summary>
/// <remarks>
/// <para>The chain detects any change to an entry (its hash no longer matches), a changed stored
/// hash (the next entry's link breaks, or for the last entry its own check fails), reordering and
/// deletion in the middle (indexes and links break). Truncation of the tail leaves a valid shorter
/// chain — only an external copy of <see cref="HeadHash"/> can detect it, as with any hash chain.</para>
/// <para>Timestamps are recorded, not ordered: they come from the block context, which is
/// responsible for their monotonicity.</para>
/// </remarks>
public sealed class Ledger
{
    /// <summary>The previous hash of entry 0: 64 zero digits.</summary>
    public static readonly string GenesisPreviousHash = new('0', 64);

    private readonly List<LedgerEntry> _entries;

    /// <summary>An empty ledger.</summary>
    public Ledger() => _entries = [];

    private Ledger(List<LedgerEntry> entries) => _entries = entries;

    /// <summary>The entries in order.</summary>
    public IReadOnlyList<LedgerEntry> Entries => new ReadOnlyCollection<LedgerEntry>(_entries);

    public int Count => _entries.Count;

    /// <summary>The last entry's hash (the value to anchor elsewhere), or <see cref="GenesisPreviousHash"/> when empty.</summary>
    public string HeadHash => _entries.Count == 0 ? GenesisPreviousHash : _entries[^1].Hash;

    /// <summary>
    /// A ledger holding exactly <paramref name="entries"/>, unchecked and uncopied — for verifying
    /// entries received from elsewhere (or tampered with in a test). Call <see cref="Verify"/> next.
    /// </summary>
    public static Ledger FromEntries(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<LedgerEntry>(entries);
        if (list.Contains(null!))
        {
            throw new ArgumentException("A ledger entry may not be null.", nameof(entries));
        }

        return new Ledger(list);
    }

    /// <summary>
    /// Appends <paramref name="data"/> with <paramref name="timestamp"/>. The hash is computed before
    /// anything changes, so a value that cannot be hashed leaves the ledger as it was.
    /// </summary>
    /// <exception cref="ZexusError">The data is cyclic (<c>Cannot hash a cyclic value</c>) or too large.</exception>
    public LedgerEntry Append(Value data, long timestamp)
    {
        var index = (long)_entries.Count;
        var previous = HeadHash;
        var hash = LedgerEntry.ComputeHash(index, timestamp, data, previous);
        var entry = new LedgerEntry(index, timestamp, DeepCopy.Copy(data), previous, hash);
        _entries.Add(entry);
        return entry;
    }

    /// <summary>
    /// Drops the entries appended after the ledger had <paramref name="count"/> entries: the appends of a
    /// transaction that reverted never happened (DESIGN.md invariant 4). Not a way to edit history: only a
    /// journal rollback calls it.
    /// </summary>
    internal void RollbackTo(int count)
    {
        if (count < _entries.Count)
        {
            _entries.RemoveRange(count, _entries.Count - count);
        }
    }

    /// <summary>
    /// Checks every entry in order: its index equals its position, its previous hash equals the
    /// preceding entry's hash (or the genesis value), and its hash matches its contents. Reports the
    /// first failure. Never throws for tampered content.
    /// </summary>
    public LedgerVerification Verify()
    {
        var expectedPrevious = GenesisPreviousHash;
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Index != i)
            {
                return LedgerVerification.Bad(i, $"entry at position {i} has index {entry.Index}");
            }

            if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return LedgerVerification.Bad(i, i == 0
                    ? "entry 0 does not start from the genesis hash"
                    : $"entry {i} does not link to the hash of entry {i - 1}");
            }

            string recomputed;
            try
            {
                recomputed = LedgerEntry.ComputeHash(entry.Index, entry.Timestamp, entry.Data, entry.PreviousHash);
            }
            catch (ZexusError e)
            {
                return LedgerVerification.Bad(i, $"entry {i} data cannot be hashed: {e.Message}");
            }

            if (!string.Equals(entry.Hash, recomputed, StringComparison.Ordinal))
            {
                return LedgerVerification.Bad(i, $"entry {i} hash does not match its contents");
            }

            expectedPrevious = entry.Hash;
        }

        return LedgerVerification.Valid;
    }
}
