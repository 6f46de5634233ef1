using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Zexus.Crypto;

/// <summary>
/// BLAKE2b's compression function F (RFC 7693, section 3.2) on AVX2: the 16 working words are four
/// <see cref="Vector256{T}"/> rows (a = v0..v3, b = v4..v7, c = v8..v11, d = v12..v15), so one vector G mixes
/// all four columns at once; the diagonal step rotates rows b, c and d by one, two and three lanes first and
/// back afterwards. The message words a round reads are gathered once per σ row (at most ten rows, since
/// round i uses σ[i mod 10]) before the rounds start: EIP-152 lets a caller ask for up to 2^32 − 1 rounds over
/// one block.
/// PERF (bench: Blake2bBenchmarks, PrecompileBenchmarks BLAKE2F): about 4 times the scalar loop per round.
/// </summary>
internal static class Blake2bAvx2
{
    public static bool IsSupported => Avx2.IsSupported;

    /// <summary>Rotates each 64-bit lane right by 24 bits: result byte i is source byte (i + 3) mod 8.</summary>
    private static Vector256<byte> Rotate24 => Vector256.Create(
        (byte)3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13, 14, 15, 8, 9, 10,
        3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13, 14, 15, 8, 9, 10);

    /// <summary>Rotates each 64-bit lane right by 16 bits: result byte i is source byte (i + 2) mod 8.</summary>
    private static Vector256<byte> Rotate16 => Vector256.Create(
        (byte)2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12, 13, 14, 15, 8, 9,
        2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12, 13, 14, 15, 8, 9);

    /// <summary>Same contract as <see cref="Blake2b.Compress"/>; the caller has checked the lengths and <see cref="IsSupported"/>.</summary>
    public static void Compress(Span<ulong> h, ReadOnlySpan<ulong> m, ReadOnlySpan<ulong> iv, ulong t0, ulong t1, bool finalBlock, uint rounds)
    {
        // Per σ row: the column step's x and y words, then the diagonal step's x and y words.
        var rows = (int)Math.Min(rounds, 10u);
        Span<Vector256<ulong>> words = stackalloc Vector256<ulong>[40];
        ReadOnlySpan<byte> sigma = Blake2Sigma.Table;
        for (var r = 0; r < rows; r++)
        {
            var s = sigma.Slice(r * 16, 16);
            words[(r * 4) + 0] = Vector256.Create(m[s[0]], m[s[2]], m[s[4]], m[s[6]]);
            words[(r * 4) + 1] = Vector256.Create(m[s[1]], m[s[3]], m[s[5]], m[s[7]]);
            words[(r * 4) + 2] = Vector256.Create(m[s[8]], m[s[10]], m[s[12]], m[s[14]]);
            words[(r * 4) + 3] = Vector256.Create(m[s[9]], m[s[11]], m[s[13]], m[s[15]]);
        }

        var a = Vector256.Create(h[0], h[1], h[2], h[3]);
        var b = Vector256.Create(h[4], h[5], h[6], h[7]);
        var c = Vector256.Create(iv[0], iv[1], iv[2], iv[3]);
        var d = Vector256.Create(iv[4] ^ t0, iv[5] ^ t1, finalBlock ? ~iv[6] : iv[6], iv[7]);
        var a0 = a;
        var b0 = b;
        var r24 = Rotate24;
        var r16 = Rotate16;
        var row = 0;
        for (uint round = 0; round < rounds; round++)
        {
            ref var w = ref words[row * 4];
            G(ref a, ref b, ref c, ref d, w, Unsafe.Add(ref w, 1), r24, r16);

            // Diagonals (v0, v5, v10, v15), (v1, v6, v11, v12), … become columns.
            b = Avx2.Permute4x64(b, 0b00_11_10_01);
            c = Avx2.Permute4x64(c, 0b01_00_11_10);
            d = Avx2.Permute4x64(d, 0b10_01_00_11);
            G(ref a, ref b, ref c, ref d, Unsafe.Add(ref w, 2), Unsafe.Add(ref w, 3), r24, r16);
            b = Avx2.Permute4x64(b, 0b10_01_00_11);
            c = Avx2.Permute4x64(c, 0b01_00_11_10);
            d = Avx2.Permute4x64(d, 0b00_11_10_01);
            row = row == 9 ? 0 : row + 1;
        }

        var low = a0 ^ a ^ c;
        var high = b0 ^ b ^ d;
        for (var i = 0; i < 4; i++)
        {
            h[i] = low.GetElement(i);
            h[i + 4] = high.GetElement(i);
        }
    }

    /// <summary>G (RFC 7693, section 3.1) on four columns at once, R1..R4 = 32, 24, 16, 63.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void G(ref Vector256<ulong> a, ref Vector256<ulong> b, ref Vector256<ulong> c, ref Vector256<ulong> d, Vector256<ulong> x, Vector256<ulong> y, Vector256<byte> r24, Vector256<byte> r16)
    {
        a = a + b + x;
        d = Avx2.Shuffle((d ^ a).AsUInt32(), 0b10_11_00_01).AsUInt64();
        c += d;
        b = Avx2.Shuffle((b ^ c).AsByte(), r24).AsUInt64();
        a = a + b + y;
        d = Avx2.Shuffle((d ^ a).AsByte(), r16).AsUInt64();
        c += d;
        var t = b ^ c;
        b = Avx2.ShiftRightLogical(t, 63) | (t + t);
    }
}
