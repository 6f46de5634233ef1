namespace Zexus.State.Trie;

/// <summary>
/// Hex-prefix encoding HP(x, t) of Yellow Paper appendix C: a nibble path packed into bytes, with
/// the first nibble holding two flags — bit 1 set for a leaf (t = 1), bit 0 set when the path has
/// an odd length, in which case the path's first nibble shares the first byte.
/// </summary>
internal static class HexPrefix
{
    private const byte LeafFlag = 2;
    private const byte OddFlag = 1;

    /// <summary>The length of HP(path) in bytes.</summary>
    public static int Length(int nibbleCount) => (nibbleCount / 2) + 1;

    /// <summary>Writes HP(<paramref name="path"/>, <paramref name="isLeaf"/>) into <paramref name="destination"/>.</summary>
    public static void Encode(ReadOnlySpan<byte> path, bool isLeaf, Span<byte> destination)
    {
        byte flags = isLeaf ? LeafFlag : (byte)0;
        int next = 0;
        if ((path.Length & 1) == 1)
        {
            destination[0] = (byte)(((flags | OddFlag) << 4) | path[0]);
            next = 1;
        }
        else
        {
            destination[0] = (byte)(flags << 4);
        }

        for (int i = 1; next < path.Length; i++, next += 2)
        {
            destination[i] = (byte)((path[next] << 4) | path[next + 1]);
        }
    }

    /// <summary>Decodes HP bytes into the nibble path and the leaf flag.</summary>
    /// <exception cref="TrieException">The flags nibble is not 0-3, or padding of an even path is not zero.</exception>
    public static byte[] Decode(ReadOnlySpan<byte> encoded, out bool isLeaf)
    {
        if (encoded.IsEmpty)
        {
            throw new TrieException("Corrupt trie node: empty hex-prefix path.");
        }

        int flags = encoded[0] >> 4;
        if (flags > (LeafFlag | OddFlag))
        {
            throw new TrieException($"Corrupt trie node: hex-prefix flags nibble {flags} is not 0-3.");
        }

        isLeaf = (flags & LeafFlag) != 0;
        bool odd = (flags & OddFlag) != 0;
        if (!odd && (encoded[0] & 0x0F) != 0)
        {
            throw new TrieException("Corrupt trie node: non-zero padding nibble in an even hex-prefix path.");
        }

        var path = new byte[((encoded.Length - 1) * 2) + (odd ? 1 : 0)];
        int next = 0;
        if (odd)
        {
            path[next++] = (byte)(encoded[0] & 0x0F);
        }

        for (int i = 1; i < encoded.Length; i++)
        {
            path[next++] = (byte)(encoded[i] >> 4);
            path[next++] = (byte)(encoded[i] & 0x0F);
        }

        return path;
    }
}
