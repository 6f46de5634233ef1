namespace Zexus.State.Trie;

/// <summary>
/// Keys as sequences of 4-bit nibbles, high nibble first: the trie of Yellow Paper appendix D
/// branches sixteen ways, one nibble per level. Paths in nodes are stored one nibble per byte.
/// </summary>
internal static class Nibbles
{
    /// <summary>The nibbles of <paramref name="key"/> (twice its length).</summary>
    public static byte[] FromBytes(ReadOnlySpan<byte> key)
    {
        var nibbles = new byte[key.Length * 2];
        for (int i = 0; i < key.Length; i++)
        {
            nibbles[2 * i] = (byte)(key[i] >> 4);
            nibbles[(2 * i) + 1] = (byte)(key[i] & 0x0F);
        }

        return nibbles;
    }

    /// <summary>The bytes whose nibbles are <paramref name="nibbles"/> (an even number of them).</summary>
    public static byte[] ToBytes(ReadOnlySpan<byte> nibbles)
    {
        var bytes = new byte[nibbles.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((nibbles[2 * i] << 4) | nibbles[(2 * i) + 1]);
        }

        return bytes;
    }

    /// <summary>The nibble at <paramref name="index"/> of the key <paramref name="key"/>.</summary>
    public static byte At(ReadOnlySpan<byte> key, int index) =>
        (byte)((index & 1) == 0 ? key[index >> 1] >> 4 : key[index >> 1] & 0x0F);

    /// <summary>Whether the key's nibbles from <paramref name="start"/> begin with <paramref name="path"/>.</summary>
    public static bool KeyHasPrefixAt(ReadOnlySpan<byte> key, int start, ReadOnlySpan<byte> path)
    {
        if (key.Length * 2 - start < path.Length)
        {
            return false;
        }

        for (int i = 0; i < path.Length; i++)
        {
            if (At(key, start + i) != path[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="first"/> followed by <paramref name="rest"/>.</summary>
    public static byte[] Concat(byte first, ReadOnlySpan<byte> rest)
    {
        var result = new byte[rest.Length + 1];
        result[0] = first;
        rest.CopyTo(result.AsSpan(1));
        return result;
    }

    /// <summary><paramref name="first"/> followed by <paramref name="rest"/>.</summary>
    public static byte[] Concat(ReadOnlySpan<byte> first, ReadOnlySpan<byte> rest)
    {
        var result = new byte[first.Length + rest.Length];
        first.CopyTo(result);
        rest.CopyTo(result.AsSpan(first.Length));
        return result;
    }
}
