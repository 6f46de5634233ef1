namespace Zexus.State.Trie;

/// <summary>
/// A node of the modified Merkle-Patricia trie (Yellow Paper appendix D). Nodes are immutable once
/// built: an update copies the nodes on the path it changes and shares the rest, so a trie can be
/// snapshotted by copying its root, and a node's cached reference stays valid for its lifetime.
/// </summary>
internal abstract class TrieNode
{
    /// <summary>
    /// The cached node reference n(I, i) of appendix D: the node's RLP when shorter than 32 bytes
    /// (the parent embeds it), otherwise the Keccak-256 of that RLP. Null until first computed;
    /// because nodes are immutable, it never becomes stale.
    /// </summary>
    public byte[]? Reference { get; set; }

    /// <summary>Whether the store already holds this node (or, if inline, the node that embeds it).</summary>
    public bool IsPersisted { get; set; }
}

/// <summary>A leaf: the rest of the key as a nibble path, and the value (appendix D, HP(path, 1)).</summary>
internal sealed class LeafNode(byte[] path, byte[] value) : TrieNode
{
    public byte[] Path { get; } = path;

    public byte[] Value { get; } = value;
}

/// <summary>An extension: a shared nibble path of at least one nibble, then a branch (appendix D, HP(path, 0)).</summary>
internal sealed class ExtensionNode(byte[] path, TrieNode child) : TrieNode
{
    public byte[] Path { get; } = path;

    public TrieNode Child { get; } = child;
}

/// <summary>A branch: sixteen children by next nibble, and the value of a key that ends here (appendix D).</summary>
internal sealed class BranchNode(TrieNode?[] children, byte[]? value) : TrieNode
{
    public const int Width = 16;

    /// <summary>The children by nibble; never modified after construction.</summary>
    public TrieNode?[] Children { get; } = children;

    public byte[]? Value { get; } = value;

    public BranchNode WithChild(int nibble, TrieNode? child)
    {
        var children = (TrieNode?[])Children.Clone();
        children[nibble] = child;
        return new BranchNode(children, Value);
    }

    public BranchNode WithValue(byte[]? value) => new(Children, value);
}

/// <summary>
/// A committed node known only by its hash; <see cref="NodeLoader"/> reads and decodes it on first
/// use and caches the result here, so a trie opened from a root loads only the paths it touches.
/// </summary>
internal sealed class HashNode : TrieNode
{
    public HashNode(byte[] hash)
    {
        Reference = hash;
        IsPersisted = true;
    }

    /// <summary>The decoded node, once loaded.</summary>
    public TrieNode? Resolved { get; set; }
}
