using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Crypto;

/// <summary>
/// BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1 to 32 bytes.
/// LANGUAGE.md section 9.6 exposes the unkeyed 32-byte form as <c>hash(data, "BLAKE2S")</c>.
/// </summary>
public static class Blake2s
{
    /// <summary>The block size in bytes.</summary>
    public const int BlockBytes = 64;

    /// <summary>The largest digest length in bytes.</summary>
    public const int MaxOutputBytes = 32;

    private const int Rounds = 10;

    /// <summary>The initialisation vector (RFC 7693, section 2.6; the SHA-256 IV).</summary>
    private static ReadOnlySpan<uint> IV =>
    [
        0x6A09E667U, 0xBB67AE85U, 0x3C6EF372U, 0xA54FF53AU,
        0x510E527FU, 0x9B05688CU, 0x1F83D9ABU, 0x5BE0CD19U,
    ];

    /// <summary>
    /// The unkeyed BLAKE2s digest of <paramref name="data"/> (RFC 7693, section 3.3, with
    /// kk = 0 and nn = <paramref name="outputLength"/>).
    /// </summary>
    /// <param name="data">The message.</param>
    /// <param name="outputLength">The digest length nn in bytes, 1 to 32.</param>
    public static byte[] Hash(ReadOnlySpan<byte> data, int outputLength = MaxOutputBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(outputLength, MaxOutputBytes);

        Span<uint> h = stackalloc uint[8];
        IV.CopyTo(h);
        h[0] ^= 0x01010000U ^ (uint)outputLength;

        Span<uint> m = stackalloc uint[16];
        ulong processed = 0;
        while (data.Length > BlockBytes)
        {
            for (int i = 0; i < 16; i++)
            {
                m[i] = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i * 4, 4));
            }

            processed += BlockBytes;
            Compress(h, m, processed, finalBlock: false);
            data = data[BlockBytes..];
        }

        Span<byte> last = stackalloc byte[BlockBytes];
        last.Clear();
        data.CopyTo(last);
        for (int i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt32LittleEndian(last.Slice(i * 4, 4));
        }

        processed += (ulong)data.Length;
        Compress(h, m, processed, finalBlock: true);

        Span<byte> full = stackalloc byte[MaxOutputBytes];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(full.Slice(i * 4, 4), h[i]);
        }

        return full[..outputLength].ToArray();
    }

    /// <summary>The compression function F (RFC 7693, section 3.2) for BLAKE2s, t as 64 bits.</summary>
    private static void Compress(Span<uint> h, ReadOnlySpan<uint> m, ulong t, bool finalBlock)
    {
        ReadOnlySpan<uint> iv = IV;
        uint v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        uint v8 = iv[0], v9 = iv[1], v10 = iv[2], v11 = iv[3];
        uint v12 = iv[4] ^ (uint)t, v13 = iv[5] ^ (uint)(t >> 32), v14 = iv[6], v15 = iv[7];
        if (finalBlock)
        {
            v14 = ~v14;
        }

        ReadOnlySpan<byte> sigma = Blake2Sigma.Table;
        for (int round = 0; round < Rounds; round++)
        {
            ReadOnlySpan<byte> s = sigma.Slice(round * 16, 16);
            G(ref v0, ref v4, ref v8, ref v12, m[s[0]], m[s[1]]);
            G(ref v1, ref v5, ref v9, ref v13, m[s[2]], m[s[3]]);
            G(ref v2, ref v6, ref v10, ref v14, m[s[4]], m[s[5]]);
            G(ref v3, ref v7, ref v11, ref v15, m[s[6]], m[s[7]]);
            G(ref v0, ref v5, ref v10, ref v15, m[s[8]], m[s[9]]);
            G(ref v1, ref v6, ref v11, ref v12, m[s[10]], m[s[11]]);
            G(ref v2, ref v7, ref v8, ref v13, m[s[12]], m[s[13]]);
            G(ref v3, ref v4, ref v9, ref v14, m[s[14]], m[s[15]]);
        }

        h[0] ^= v0 ^ v8;
        h[1] ^= v1 ^ v9;
        h[2] ^= v2 ^ v10;
        h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12;
        h[5] ^= v5 ^ v13;
        h[6] ^= v6 ^ v14;
        h[7] ^= v7 ^ v15;
    }

    /// <summary>The mixing function G (RFC 7693, section 3.1) with R1..R4 = 16, 12, 8, 7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void G(ref uint a, ref uint b, ref uint c, ref uint d, uint x, uint y)
    {
        a = a + b + x;
        d = BitOperations.RotateRight(d ^ a, 16);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 12);
        a = a + b + y;
        d = BitOperations.RotateRight(d ^ a, 8);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 7);
    }
}
