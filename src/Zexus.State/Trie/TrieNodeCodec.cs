using System.Buffers;
using Zexus.Primitives;

namespace Zexus.State.Trie;

/// <summary>
/// The RLP form of trie nodes and node references (Yellow Paper appendix D): a leaf is
/// [HP(path, 1), value], an extension [HP(path, 0), n(child)], a branch [n(c0) … n(c15), value];
/// n(x) is x's RLP when shorter than 32 bytes (embedded as is), else the Keccak-256 of it
/// (embedded as a 32-byte string).
/// </summary>
internal static class TrieNodeCodec
{
    /// <summary>Nodes up to this size are encoded on the stack when computing references.</summary>
    private const int StackLimit = 1024;

    /// <summary>
    /// The reference n(node), computed bottom-up for dirty nodes and cached, so each node is
    /// encoded and hashed once however often the root hash is asked for.
    /// </summary>
    public static byte[] Reference(TrieNode node)
    {
        if (node.Reference is { } cached)
        {
            return cached;
        }

        int payload = PayloadLength(node);
        int length = Rlp.LengthOfList(payload);
        byte[]? rented = null;
        Span<byte> buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var rlp = buffer[..length];
            Write(node, payload, rlp);
            node.Reference = length < 32 ? rlp.ToArray() : Keccak.Keccak256(rlp);
            return node.Reference;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The RLP of <paramref name="node"/>, whose children's references are already cached.</summary>
    public static byte[] Encode(TrieNode node)
    {
        int payload = PayloadLength(node);
        var rlp = new byte[Rlp.LengthOfList(payload)];
        Write(node, payload, rlp);
        return rlp;
    }

    /// <summary>
    /// Decodes a node from its RLP. Embedded children are decoded too; hashed children become
    /// <see cref="HashNode"/>s. The result and its embedded children are marked persisted.
    /// </summary>
    /// <exception cref="TrieException">Not canonical RLP or not a trie node.</exception>
    public static TrieNode Decode(ReadOnlySpan<byte> rlp, byte[] reference)
    {
        try
        {
            var reader = new RlpReader(rlp);
            var node = ReadNode(ref reader, reference);
            reader.EnsureEnd();
            return node;
        }
        catch (RlpException e)
        {
            throw new TrieException("Corrupt trie node: " + e.Message, e);
        }
    }

    private static TrieNode ReadNode(ref RlpReader reader, byte[] reference)
    {
        var items = reader.ReadList();
        TrieNode node;
        var first = items.ReadEncoded();
        if (!items.HasMore)
        {
            throw new TrieException("Corrupt trie node: a list of one item.");
        }

        var second = items.ReadEncoded();
        if (!items.HasMore)
        {
            var path = HexPrefix.Decode(Rlp.DecodeBytes(first), out bool isLeaf);
            if (isLeaf)
            {
                node = new LeafNode(path, Rlp.DecodeBytes(second));
            }
            else
            {
                if (path.Length == 0)
                {
                    throw new TrieException("Corrupt trie node: extension with an empty path.");
                }

                node = new ExtensionNode(path, ReadChild(second) ?? throw new TrieException("Corrupt trie node: extension without a child."));
            }
        }
        else
        {
            var children = new TrieNode?[BranchNode.Width];
            children[0] = ReadChild(first);
            children[1] = ReadChild(second);
            for (int i = 2; i < BranchNode.Width; i++)
            {
                children[i] = ReadChild(items.ReadEncoded());
            }

            var value = items.ReadBytes();
            items.EnsureEnd();
            node = new BranchNode(children, value.IsEmpty ? null : value.ToArray());
        }

        node.Reference = reference;
        node.IsPersisted = true;
        return node;
    }

    /// <summary>A child reference: empty string (no child), 32-byte hash, or an embedded node.</summary>
    private static TrieNode? ReadChild(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        if (reader.IsList)
        {
            if (encoded.Length >= 32)
            {
                throw new TrieException("Corrupt trie node: an embedded child of 32 bytes or more.");
            }

            return ReadNode(ref reader, encoded.ToArray());
        }

        var bytes = reader.ReadBytes();
        return bytes.Length switch
        {
            0 => null,
            32 => new HashNode(bytes.ToArray()),
            _ => throw new TrieException($"Corrupt trie node: a child reference of {bytes.Length} bytes."),
        };
    }

    private static int PayloadLength(TrieNode node) => node switch
    {
        LeafNode leaf => PathLength(leaf.Path) + Rlp.LengthOfBytes(leaf.Value),
        ExtensionNode extension => PathLength(extension.Path) + ReferenceLength(extension.Child),
        BranchNode branch => BranchPayloadLength(branch),
        _ => throw new InvalidOperationException("A hash node has no encoding of its own."),
    };

    private static int BranchPayloadLength(BranchNode branch)
    {
        int length = Rlp.LengthOfBytes(branch.Value);
        foreach (var child in branch.Children)
        {
            length += child is null ? 1 : ReferenceLength(child);
        }

        return length;
    }

    /// <summary>The length of n(child) as embedded: the RLP itself, or 0xa0 and 32 hash bytes.</summary>
    private static int ReferenceLength(TrieNode child)
    {
        int length = Reference(child).Length;
        return length < 32 ? length : 33;
    }

    /// <summary>The length of the RLP string holding HP(path); the HP flags byte alone is below 0x80.</summary>
    private static int PathLength(byte[] path)
    {
        int length = HexPrefix.Length(path.Length);
        return length == 1 ? 1 : Rlp.LengthOfHeader(length) + length;
    }

    /// <summary>Writes the node's RLP; children's references must be cached (PayloadLength did that).</summary>
    private static void Write(TrieNode node, int payloadLength, Span<byte> destination)
    {
        var writer = new RlpWriter(destination);
        writer.WriteListHeader(payloadLength);
        switch (node)
        {
            case LeafNode leaf:
                WritePath(ref writer, leaf.Path, isLeaf: true);
                writer.WriteBytes(leaf.Value);
                break;
            case ExtensionNode extension:
                WritePath(ref writer, extension.Path, isLeaf: false);
                WriteReference(ref writer, extension.Child);
                break;
            case BranchNode branch:
                foreach (var child in branch.Children)
                {
                    if (child is null)
                    {
                        writer.WriteBytes([]);
                    }
                    else
                    {
                        WriteReference(ref writer, child);
                    }
                }

                writer.WriteBytes(branch.Value);
                break;
        }
    }

    private static void WritePath(ref RlpWriter writer, byte[] path, bool isLeaf)
    {
        int length = HexPrefix.Length(path.Length);
        Span<byte> hp = length <= 256 ? stackalloc byte[256] : new byte[length];
        HexPrefix.Encode(path, isLeaf, hp);
        writer.WriteBytes(hp[..length]);
    }

    private static void WriteReference(ref RlpWriter writer, TrieNode child)
    {
        var reference = child.Reference!;
        if (reference.Length < 32)
        {
            writer.WriteEncoded(reference);
        }
        else
        {
            writer.WriteBytes(reference);
        }
    }
}
