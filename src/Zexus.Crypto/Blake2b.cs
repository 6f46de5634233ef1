using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Crypto;

/// <summary>
/// BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1 to 64 bytes.
/// LANGUAGE.md section 9.6 exposes the unkeyed 64-byte form as <c>hash(data, "BLAKE2B")</c>;
/// <see cref="Compress"/> is the raw F function that EIP-152's precompile calls with any round count.
/// </summary>
public static class Blake2b
{
    /// <summary>The block size in bytes.</summary>
    public const int BlockBytes = 128;

    /// <summary>The largest digest length in bytes.</summary>
    public const int MaxOutputBytes = 64;

    private const uint StandardRounds = 12;

    /// <summary>The initialisation vector (RFC 7693, section 2.6; the SHA-512 IV).</summary>
    internal static ReadOnlySpan<ulong> IV =>
    [
        0x6A09E667F3BCC908UL, 0xBB67AE8584CAA73BUL, 0x3C6EF372FE94F82BUL, 0xA54FF53A5F1D36F1UL,
        0x510E527FADE682D1UL, 0x9B05688C2B3E6C1FUL, 0x1F83D9ABFB41BD6BUL, 0x5BE0CD19137E2179UL,
    ];

    /// <summary>
    /// The unkeyed BLAKE2b digest of <paramref name="data"/> (RFC 7693, section 3.3, with
    /// kk = 0 and nn = <paramref name="outputLength"/>).
    /// </summary>
    /// <param name="data">The message.</param>
    /// <param name="outputLength">The digest length nn in bytes, 1 to 64.</param>
    public static byte[] Hash(ReadOnlySpan<byte> data, int outputLength = MaxOutputBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(outputLength, MaxOutputBytes);

        Span<ulong> h = stackalloc ulong[8];
        IV.CopyTo(h);
        h[0] ^= 0x01010000UL ^ (uint)outputLength;

        Span<ulong> m = stackalloc ulong[16];
        ulong processed = 0;
        while (data.Length > BlockBytes)
        {
            for (int i = 0; i < 16; i++)
            {
                m[i] = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 8, 8));
            }

            processed += BlockBytes;
            Compress(h, m, processed, 0, finalBlock: false, StandardRounds);
            data = data[BlockBytes..];
        }

        Span<byte> last = stackalloc byte[BlockBytes];
        last.Clear();
        data.CopyTo(last);
        for (int i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt64LittleEndian(last.Slice(i * 8, 8));
        }

        processed += (ulong)data.Length;
        Compress(h, m, processed, 0, finalBlock: true, StandardRounds);

        Span<byte> full = stackalloc byte[MaxOutputBytes];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(full.Slice(i * 8, 8), h[i]);
        }

        return full[..outputLength].ToArray();
    }

    /// <summary>
    /// The compression function F (RFC 7693, section 3.2) with a caller-chosen number of rounds,
    /// as the BLAKE2b F precompile of EIP-152 defines it (12 rounds is standard BLAKE2b).
    /// </summary>
    /// <param name="h">The 8-word state vector, updated in place.</param>
    /// <param name="m">The 16-word message block.</param>
    /// <param name="t0">The low 64 bits of the byte offset counter t.</param>
    /// <param name="t1">The high 64 bits of t.</param>
    /// <param name="finalBlock">The final block indicator flag f.</param>
    /// <param name="rounds">The number of rounds; round i uses σ[i mod 10].</param>
    public static void Compress(Span<ulong> h, ReadOnlySpan<ulong> m, ulong t0, ulong t1, bool finalBlock, uint rounds)
    {
        if (h.Length < 8)
        {
            throw new ArgumentException("The state vector needs 8 words.", nameof(h));
        }

        if (m.Length < 16)
        {
            throw new ArgumentException("The message block needs 16 words.", nameof(m));
        }

        ReadOnlySpan<ulong> iv = IV;
        if (Blake2bAvx2.IsSupported)
        {
            Blake2bAvx2.Compress(h, m, iv, t0, t1, finalBlock, rounds);
            return;
        }

        CompressScalar(h, m, iv, t0, t1, finalBlock, rounds);
    }

    /// <summary><see cref="Compress"/> on 64-bit scalar words (used where AVX2 is missing; tested against the AVX2 path).</summary>
    internal static void CompressScalar(Span<ulong> h, ReadOnlySpan<ulong> m, ReadOnlySpan<ulong> iv, ulong t0, ulong t1, bool finalBlock, uint rounds)
    {
        ulong v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        ulong v8 = iv[0], v9 = iv[1], v10 = iv[2], v11 = iv[3];
        ulong v12 = iv[4] ^ t0, v13 = iv[5] ^ t1, v14 = iv[6], v15 = iv[7];
        if (finalBlock)
        {
            v14 = ~v14;
        }

        ReadOnlySpan<byte> sigma = Blake2Sigma.Table;
        int row = 0;
        for (uint round = 0; round < rounds; round++)
        {
            ReadOnlySpan<byte> s = sigma.Slice(row * 16, 16);
            G(ref v0, ref v4, ref v8, ref v12, m[s[0]], m[s[1]]);
            G(ref v1, ref v5, ref v9, ref v13, m[s[2]], m[s[3]]);
            G(ref v2, ref v6, ref v10, ref v14, m[s[4]], m[s[5]]);
            G(ref v3, ref v7, ref v11, ref v15, m[s[6]], m[s[7]]);
            G(ref v0, ref v5, ref v10, ref v15, m[s[8]], m[s[9]]);
            G(ref v1, ref v6, ref v11, ref v12, m[s[10]], m[s[11]]);
            G(ref v2, ref v7, ref v8, ref v13, m[s[12]], m[s[13]]);
            G(ref v3, ref v4, ref v9, ref v14, m[s[14]], m[s[15]]);
            row = row == 9 ? 0 : row + 1;
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

    /// <summary>The mixing function G (RFC 7693, section 3.1) with R1..R4 = 32, 24, 16, 63.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void G(ref ulong a, ref ulong b, ref ulong c, ref ulong d, ulong x, ulong y)
    {
        a = a + b + x;
        d = BitOperations.RotateRight(d ^ a, 32);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 24);
        a = a + b + y;
        d = BitOperations.RotateRight(d ^ a, 16);
        c += d;
        b = BitOperations.RotateRight(b ^ c, 63);
    }
}
