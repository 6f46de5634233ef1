using Zexus.Primitives;
using Zexus.State.Storage;

namespace Zexus.State.Trie;

/// <summary>
/// A <see cref="MerklePatriciaTrie"/> keyed by the Keccak-256 of each key, as the world state
/// (keys: addresses) and account storage (keys: 32-byte slots) are (Yellow Paper section 4.1 and
/// appendix D, TRIE(L_I*) with KEC applied to keys). Hashing bounds the trie's depth and defeats
/// crafted keys that would make it deep.
/// </summary>
public sealed class SecureTrie
{
    private readonly MerklePatriciaTrie _trie;

    /// <summary>Creates an empty trie over a new <see cref="InMemoryKeyValueStore"/>.</summary>
    public SecureTrie()
        : this(new MerklePatriciaTrie())
    {
    }

    /// <summary>Creates an empty trie that commits to <paramref name="store"/>.</summary>
    public SecureTrie(IKeyValueStore store)
        : this(new MerklePatriciaTrie(store))
    {
    }

    /// <summary>Opens the trie committed to <paramref name="store"/> with root <paramref name="rootHash"/>.</summary>
    public SecureTrie(IKeyValueStore store, ReadOnlySpan<byte> rootHash)
        : this(new MerklePatriciaTrie(store, rootHash))
    {
    }

    private SecureTrie(MerklePatriciaTrie trie)
    {
        _trie = trie;
    }

    /// <summary>The underlying trie, whose keys are the hashed keys.</summary>
    public MerklePatriciaTrie Inner => _trie;

    /// <summary>Whether the trie holds no keys.</summary>
    public bool IsEmpty => _trie.IsEmpty;

    /// <summary>The root hash (see <see cref="MerklePatriciaTrie.RootHash"/>).</summary>
    public byte[] RootHash => _trie.RootHash;

    /// <summary>The value stored under Keccak-256(<paramref name="key"/>), or null.</summary>
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(key, hash);
        return _trie.Get(hash);
    }

    /// <summary>Looks up Keccak-256(<paramref name="key"/>) without copying the value.</summary>
    public bool TryGet(ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(key, hash);
        return _trie.TryGet(hash, out value);
    }

    /// <summary>Maps Keccak-256(<paramref name="key"/>) to <paramref name="value"/>; an empty value deletes.</summary>
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(key, hash);
        _trie.Put(hash, value);
    }

    /// <summary>Removes Keccak-256(<paramref name="key"/>).</summary>
    /// <returns>Whether the key was present.</returns>
    public bool Delete(ReadOnlySpan<byte> key)
    {
        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(key, hash);
        return _trie.Delete(hash);
    }

    /// <summary>Writes the nodes not yet stored (see <see cref="MerklePatriciaTrie.Commit"/>).</summary>
    /// <returns>The root hash.</returns>
    public byte[] Commit() => _trie.Commit();

    /// <summary>An independent trie with the same content and store.</summary>
    public SecureTrie Snapshot() => new(_trie.Snapshot());
}
