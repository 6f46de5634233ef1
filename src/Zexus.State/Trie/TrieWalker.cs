namespace Zexus.State.Trie;

/// <summary>
/// In-order traversal of the trie. Nibble order is bytewise key order, and a branch's own value
/// (a key that is a prefix of the keys below it) comes before its children's.
/// </summary>
internal sealed class TrieWalker(NodeLoader loader)
{
    /// <summary>
    /// Entries under <paramref name="node"/>, whose path from the root is <paramref name="prefix"/>
    /// (nibbles). <paramref name="start"/> is null when every entry qualifies, otherwise the start
    /// key's nibbles, which <paramref name="prefix"/> then matches so far.
    /// </summary>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Walk(TrieNode node, byte[]? start) => Walk(node, [], start);

    private IEnumerable<KeyValuePair<byte[], byte[]>> Walk(TrieNode node, byte[] prefix, byte[]? start)
    {
        switch (loader.Resolve(node))
        {
            case LeafNode leaf:
            {
                var key = Nibbles.Concat(prefix, leaf.Path);
                if (start is null || key.AsSpan().SequenceCompareTo(start) >= 0)
                {
                    yield return new(Nibbles.ToBytes(key), leaf.Value);
                }

                break;
            }

            case ExtensionNode extension:
            {
                var path = Nibbles.Concat(prefix, extension.Path);
                if (Narrow(path, ref start))
                {
                    foreach (var entry in Walk(extension.Child, path, start))
                    {
                        yield return entry;
                    }
                }

                break;
            }

            case BranchNode branch:
            {
                // The branch's own key is the prefix: it qualifies unless the start key is longer.
                if (branch.Value is not null && (start is null || prefix.Length >= start.Length))
                {
                    yield return new(Nibbles.ToBytes(prefix), branch.Value);
                }

                for (int i = 0; i < BranchNode.Width; i++)
                {
                    if (branch.Children[i] is not { } child)
                    {
                        continue;
                    }

                    var path = Nibbles.Concat(prefix, [(byte)i]);
                    var childStart = start;
                    if (Narrow(path, ref childStart))
                    {
                        foreach (var entry in Walk(child, path, childStart))
                        {
                            yield return entry;
                        }
                    }
                }

                break;
            }
        }
    }

    /// <summary>
    /// Whether the subtree at <paramref name="path"/> can hold keys not below the start key; clears
    /// <paramref name="start"/> when all of them qualify.
    /// </summary>
    private static bool Narrow(byte[] path, ref byte[]? start)
    {
        if (start is null)
        {
            return true;
        }

        int common = Math.Min(path.Length, start.Length);
        int comparison = path.AsSpan(0, common).SequenceCompareTo(start.AsSpan(0, common));
        if (comparison < 0)
        {
            return false;
        }

        if (comparison > 0 || path.Length >= start.Length)
        {
            start = null;
        }

        return true;
    }
}
