using Zexus.State.Storage;

namespace Zexus.State.Trie;

/// <summary>Reads committed nodes from the store on demand (the "trie database" of appendix D's hashed references).</summary>
internal sealed class NodeLoader(IKeyValueStore store)
{
    public IKeyValueStore Store { get; } = store;

    /// <summary>The node itself, or for a <see cref="HashNode"/> the node it stands for (loaded once, then cached).</summary>
    public TrieNode Resolve(TrieNode node)
    {
        if (node is not HashNode hashNode)
        {
            return node;
        }

        if (hashNode.Resolved is { } resolved)
        {
            return resolved;
        }

        var hash = hashNode.Reference!;
        var rlp = Store.Get(hash)
            ?? throw new TrieException($"Missing trie node {Convert.ToHexStringLower(hash)} in the store.");
        resolved = TrieNodeCodec.Decode(rlp, hash);
        hashNode.Resolved = resolved;
        return resolved;
    }
}
