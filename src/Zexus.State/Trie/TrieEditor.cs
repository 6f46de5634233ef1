namespace Zexus.State.Trie;

/// <summary>
/// Insertion and deletion on the immutable node tree (Yellow Paper appendix D). Each operation
/// returns the new subtree root, rebuilding only the nodes on the key's path and returning the
/// very same instance when nothing changed, so unchanged subtrees keep their cached hashes.
/// Deletion restores the canonical shape: no branch with fewer than two entries, no extension
/// followed by an extension or leaf — required for the root to match other clients.
/// </summary>
internal sealed class TrieEditor(NodeLoader loader)
{
    /// <summary>The subtree <paramref name="node"/> with <paramref name="path"/> (nibbles) mapped to <paramref name="value"/>.</summary>
    public TrieNode Insert(TrieNode? node, ReadOnlySpan<byte> path, byte[] value)
    {
        switch (node)
        {
            case null:
                return new LeafNode(path.ToArray(), value);

            case HashNode hashNode:
            {
                var loaded = loader.Resolve(hashNode);
                var result = Insert(loaded, path, value);
                return ReferenceEquals(result, loaded) ? hashNode : result;
            }

            case LeafNode leaf:
            {
                int common = path.CommonPrefixLength(leaf.Path);
                if (common == leaf.Path.Length && common == path.Length)
                {
                    return leaf.Value.AsSpan().SequenceEqual(value) ? leaf : new LeafNode(leaf.Path, value);
                }

                var children = new TrieNode?[BranchNode.Width];
                byte[]? branchValue = null;
                Place(children, ref branchValue, leaf.Path.AsSpan(common), leaf.Value);
                Place(children, ref branchValue, path[common..], value);
                return WithPrefix(path[..common], new BranchNode(children, branchValue));
            }

            case ExtensionNode extension:
            {
                int common = path.CommonPrefixLength(extension.Path);
                if (common == extension.Path.Length)
                {
                    var child = Insert(extension.Child, path[common..], value);
                    return ReferenceEquals(child, extension.Child) ? extension : new ExtensionNode(extension.Path, child);
                }

                // The key leaves the extension part-way: split it around a new branch.
                var children = new TrieNode?[BranchNode.Width];
                byte[]? branchValue = null;
                var rest = extension.Path.AsSpan(common + 1);
                children[extension.Path[common]] = rest.IsEmpty ? extension.Child : new ExtensionNode(rest.ToArray(), extension.Child);
                Place(children, ref branchValue, path[common..], value);
                return WithPrefix(path[..common], new BranchNode(children, branchValue));
            }

            case BranchNode branch:
            {
                if (path.IsEmpty)
                {
                    return branch.Value is not null && branch.Value.AsSpan().SequenceEqual(value) ? branch : branch.WithValue(value);
                }

                var old = branch.Children[path[0]];
                var updated = Insert(old, path[1..], value);
                return ReferenceEquals(old, updated) ? branch : branch.WithChild(path[0], updated);
            }

            default:
                throw new InvalidOperationException("Unknown trie node " + node.GetType().Name);
        }
    }

    /// <summary>The subtree <paramref name="node"/> without <paramref name="path"/>; the same instance if the key is absent.</summary>
    public TrieNode? Delete(TrieNode? node, ReadOnlySpan<byte> path)
    {
        switch (node)
        {
            case null:
                return null;

            case HashNode hashNode:
            {
                var loaded = loader.Resolve(hashNode);
                var result = Delete(loaded, path);
                return ReferenceEquals(result, loaded) ? hashNode : result;
            }

            case LeafNode leaf:
                return path.SequenceEqual(leaf.Path) ? null : leaf;

            case ExtensionNode extension:
            {
                if (!path.StartsWith(extension.Path))
                {
                    return extension;
                }

                var child = Delete(extension.Child, path[extension.Path.Length..]);
                if (ReferenceEquals(child, extension.Child))
                {
                    return extension;
                }

                // The child was a branch of at least two entries, so something remains.
                return child is null ? null : Join(extension.Path, child);
            }

            case BranchNode branch:
            {
                if (path.IsEmpty)
                {
                    return branch.Value is null ? branch : Collapse(branch.Children, null);
                }

                var old = branch.Children[path[0]];
                if (old is null)
                {
                    return branch;
                }

                var updated = Delete(old, path[1..]);
                if (ReferenceEquals(old, updated))
                {
                    return branch;
                }

                var children = (TrieNode?[])branch.Children.Clone();
                children[path[0]] = updated;
                return Collapse(children, branch.Value);
            }

            default:
                throw new InvalidOperationException("Unknown trie node " + node.GetType().Name);
        }
    }

    /// <summary>Puts an entry whose remaining path is <paramref name="rest"/> into a new branch's slots.</summary>
    private static void Place(TrieNode?[] children, ref byte[]? branchValue, ReadOnlySpan<byte> rest, byte[] value)
    {
        if (rest.IsEmpty)
        {
            branchValue = value;
        }
        else
        {
            children[rest[0]] = new LeafNode(rest[1..].ToArray(), value);
        }
    }

    private static TrieNode WithPrefix(ReadOnlySpan<byte> prefix, BranchNode branch) =>
        prefix.IsEmpty ? branch : new ExtensionNode(prefix.ToArray(), branch);

    /// <summary>A branch with the given slots, or, below two entries, the equivalent leaf or extension.</summary>
    private TrieNode? Collapse(TrieNode?[] children, byte[]? value)
    {
        int count = 0;
        int only = -1;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is not null)
            {
                count++;
                only = i;
            }
        }

        if (count + (value is null ? 0 : 1) >= 2)
        {
            return new BranchNode(children, value);
        }

        if (count == 0)
        {
            return value is null ? null : new LeafNode([], value);
        }

        return Join([(byte)only], children[only]!);
    }

    /// <summary>
    /// <paramref name="prefix"/> followed by <paramref name="child"/>: merged into the child's path
    /// when the child is a leaf or extension (appendix D forbids an extension pointing at either).
    /// </summary>
    private TrieNode Join(ReadOnlySpan<byte> prefix, TrieNode child)
    {
        return loader.Resolve(child) switch
        {
            LeafNode leaf => new LeafNode(Nibbles.Concat(prefix, leaf.Path), leaf.Value),
            ExtensionNode extension => new ExtensionNode(Nibbles.Concat(prefix, extension.Path), extension.Child),
            _ => new ExtensionNode(prefix.ToArray(), child),
        };
    }
}
