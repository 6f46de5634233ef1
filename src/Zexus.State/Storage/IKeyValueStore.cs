namespace Zexus.State.Storage;

/// <summary>
/// A byte-keyed store of byte values: where committed trie nodes live (keyed by the Keccak-256 of
/// their RLP, Yellow Paper appendix D) and, later, code and other chain data. Implementations:
/// <see cref="InMemoryKeyValueStore"/>; SQLite and RocksDB follow (DESIGN.md).
/// </summary>
/// <remarks>
/// Keys and values are copied on the way in and on the way out, so callers may reuse their buffers
/// and may modify what they get back.
/// </remarks>
public interface IKeyValueStore
{
    /// <summary>The value stored under <paramref name="key"/>, or null when there is none.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    /// <summary>Whether a value is stored under <paramref name="key"/>.</summary>
    bool Contains(ReadOnlySpan<byte> key);

    /// <summary>Stores <paramref name="value"/> (which may be empty) under <paramref name="key"/>, replacing any value.</summary>
    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes the value under <paramref name="key"/>, if any.</summary>
    void Delete(ReadOnlySpan<byte> key);

    /// <summary>
    /// Starts a batch of writes that become visible together on <see cref="IWriteBatch.Commit"/>, so a
    /// trie commit never leaves a half-written set of nodes (DESIGN.md invariant 4).
    /// </summary>
    IWriteBatch StartWriteBatch();
}
