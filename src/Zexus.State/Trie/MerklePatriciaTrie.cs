using Zexus.Primitives;
using Zexus.State.Storage;

namespace Zexus.State.Trie;

/// <summary>
/// Ethereum's modified Merkle-Patricia trie (Yellow Paper appendix D): a map from byte keys to
/// non-empty byte values whose root hash commits to the whole content, independent of the order
/// of updates. It backs the world state, each account's storage, and the transaction and receipt
/// roots.
/// </summary>
/// <remarks>
/// <para>
/// Updates build an in-memory tree of immutable nodes; each node caches its reference n(x) once
/// computed, so <see cref="RootHash"/> re-encodes and re-hashes only the nodes changed since the
/// last call. <see cref="Commit"/> writes the nodes not yet stored to the
/// <see cref="IKeyValueStore"/> in one batch, keyed by the Keccak-256 of their RLP; a trie opened
/// from a root hash loads nodes from the store on first use. Old nodes are never deleted (no
/// pruning).
/// </para>
/// <para>
/// As in Ethereum, an empty value means absence: <c>Put(key, [])</c> deletes the key. Not
/// thread-safe; <see cref="Snapshot"/> gives an independent trie sharing the unchanged nodes.
/// </para>
/// </remarks>
public sealed class MerklePatriciaTrie
{
    private readonly NodeLoader _loader;
    private readonly TrieEditor _editor;
    private TrieNode? _root;

    /// <summary>Creates an empty trie over a new <see cref="InMemoryKeyValueStore"/>.</summary>
    public MerklePatriciaTrie()
        : this(new InMemoryKeyValueStore())
    {
    }

    /// <summary>Creates an empty trie that commits to <paramref name="store"/>.</summary>
    public MerklePatriciaTrie(IKeyValueStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _loader = new NodeLoader(store);
        _editor = new TrieEditor(_loader);
    }

    /// <summary>
    /// Opens the trie committed to <paramref name="store"/> with root <paramref name="rootHash"/>.
    /// Nodes are loaded lazily: a missing node surfaces as <see cref="TrieException"/> when reached.
    /// </summary>
    public MerklePatriciaTrie(IKeyValueStore store, ReadOnlySpan<byte> rootHash)
        : this(store)
    {
        if (rootHash.Length != 32)
        {
            throw new ArgumentException("A root hash has 32 bytes.", nameof(rootHash));
        }

        _root = rootHash.SequenceEqual(EmptyRootHash) ? null : new HashNode(rootHash.ToArray());
    }

    private MerklePatriciaTrie(IKeyValueStore store, TrieNode? root)
        : this(store)
    {
        _root = root;
    }

    /// <summary>
    /// The root hash of the empty trie, Keccak-256 of RLP("") = 0x80:
    /// 56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421.
    /// </summary>
    public static ReadOnlySpan<byte> EmptyRootHash =>
    [
        0x56, 0xe8, 0x1f, 0x17, 0x1b, 0xcc, 0x55, 0xa6, 0xff, 0x83, 0x45, 0xe6, 0x92, 0xc0, 0xf8, 0x6e,
        0x5b, 0x48, 0xe0, 0x1b, 0x99, 0x6c, 0xad, 0xc0, 0x01, 0x62, 0x2f, 0xb5, 0xe3, 0x63, 0xb4, 0x21,
    ];

    /// <summary>The store that committed nodes are written to and loaded from.</summary>
    public IKeyValueStore Store => _loader.Store;

    /// <summary>Whether the trie holds no keys.</summary>
    public bool IsEmpty => _root is null;

    /// <summary>
    /// The root hash: Keccak-256 of the root node's RLP (appendix D, TRIE(J)). Only nodes changed
    /// since the last call are encoded and hashed.
    /// </summary>
    public byte[] RootHash
    {
        get
        {
            if (_root is null)
            {
                return EmptyRootHash.ToArray();
            }

            var reference = TrieNodeCodec.Reference(_root);
            return reference.Length == 32 ? (byte[])reference.Clone() : Keccak.Keccak256(reference);
        }
    }

    /// <summary>The value stored under <paramref name="key"/>, as a new array, or null.</summary>
    public byte[]? Get(ReadOnlySpan<byte> key) => TryGet(key, out var value) ? value.ToArray() : null;

    /// <summary>Looks up <paramref name="key"/> without copying the value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The stored value (valid for the trie's lifetime), or empty.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGet(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        value = default;
        var node = _root;
        int position = 0;
        int length = key.Length * 2;
        while (node is not null)
        {
            switch (_loader.Resolve(node))
            {
                case LeafNode leaf:
                    if (length - position != leaf.Path.Length || !Nibbles.KeyHasPrefixAt(key, position, leaf.Path))
                    {
                        return false;
                    }

                    value = leaf.Value;
                    return true;

                case ExtensionNode extension:
                    if (!Nibbles.KeyHasPrefixAt(key, position, extension.Path))
                    {
                        return false;
                    }

                    position += extension.Path.Length;
                    node = extension.Child;
                    break;

                case BranchNode branch:
                    if (position == length)
                    {
                        value = branch.Value;
                        return branch.Value is not null;
                    }

                    node = branch.Children[Nibbles.At(key, position++)];
                    break;

                default:
                    throw new InvalidOperationException("Unresolved trie node.");
            }
        }

        return false;
    }

    /// <summary>Maps <paramref name="key"/> to <paramref name="value"/>; an empty value deletes the key.</summary>
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            Delete(key);
            return;
        }

        _root = _editor.Insert(_root, Nibbles.FromBytes(key), value.ToArray());
    }

    /// <summary>Removes <paramref name="key"/>, collapsing nodes left with a single entry.</summary>
    /// <returns>Whether the key was present.</returns>
    public bool Delete(ReadOnlySpan<byte> key)
    {
        var root = _editor.Delete(_root, Nibbles.FromBytes(key));
        bool removed = !ReferenceEquals(root, _root);
        _root = root;
        return removed;
    }

    /// <summary>
    /// Writes every node not yet stored to <see cref="Store"/> in one batch, so that
    /// <c>new MerklePatriciaTrie(store, root)</c> can reopen this content.
    /// </summary>
    /// <returns>The root hash.</returns>
    public byte[] Commit()
    {
        var rootHash = RootHash;
        if (_root is null)
        {
            return rootHash;
        }

        using var batch = Store.StartWriteBatch();
        Persist(_root, batch);

        // An inline root (RLP under 32 bytes) has no node of its own: store it under its hash,
        // which is the one way to find it again. It may be a former child, marked persisted.
        var reference = _root.Reference!;
        if (reference.Length < 32)
        {
            batch.Put(rootHash, reference);
        }

        batch.Commit();
        return rootHash;
    }

    /// <summary>An independent trie with the same content and store; later changes to either do not affect the other.</summary>
    public MerklePatriciaTrie Snapshot() => new(Store, _root);

    /// <summary>
    /// The entries in ascending key order (bytewise), from the first key not below
    /// <paramref name="startKey"/> when given. The trie must not change during the enumeration.
    /// </summary>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Enumerate(byte[]? startKey = null) =>
        _root is null ? [] : new TrieWalker(_loader).Walk(_root, startKey is null ? null : Nibbles.FromBytes(startKey));

    private static void Persist(TrieNode node, IWriteBatch batch)
    {
        if (node.IsPersisted)
        {
            return;
        }

        switch (node)
        {
            case ExtensionNode extension:
                Persist(extension.Child, batch);
                break;
            case BranchNode branch:
                foreach (var child in branch.Children)
                {
                    if (child is not null)
                    {
                        Persist(child, batch);
                    }
                }

                break;
        }

        // Inline nodes are part of their parent's RLP and need no entry of their own.
        var reference = node.Reference!;
        if (reference.Length == 32)
        {
            batch.Put(reference, TrieNodeCodec.Encode(node));
        }

        node.IsPersisted = true;
    }
}
