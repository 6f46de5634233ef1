namespace Zexus.Crypto.Bls12381;

/// <summary>
/// Σ k_i·P_i: Straus' method for a few points, otherwise Pippenger's bucket method: scalars are cut into c-bit windows; per window each point is added to the
/// bucket of its digit, and the buckets are summed with running sums (Σ j·B_j with 2·2^c additions).
/// </summary>
public static class MultiScalarMultiplication
{
    /// <summary>The size of a scalar: 32 bytes big-endian, any value (not reduced mod r).</summary>
    public const int ScalarLength = 32;

    /// <summary>Σ scalars[i]·points[i]; <paramref name="scalars"/> holds one 32-byte big-endian scalar per point.</summary>
    public static BlsPoint<T> Compute<T>(ReadOnlySpan<BlsPoint<T>> points, ReadOnlySpan<byte> scalars)
        where T : unmanaged, IBlsField<T>
    {
        if (scalars.Length != points.Length * ScalarLength)
        {
            throw new ArgumentException("One 32-byte scalar per point is required.", nameof(scalars));
        }

        if (points.Length == 1)
        {
            return points[0].Multiply(scalars);
        }

        if (points.Length <= StrausLimit)
        {
            return Straus(points, scalars);
        }

        int c = WindowBits(points.Length);
        int windows = ((ScalarLength * 8) + c - 1) / c;
        var buckets = new BlsPoint<T>[1 << c];
        BlsPoint<T> acc = BlsPoint<T>.Infinity;
        for (int w = windows - 1; w >= 0; w--)
        {
            for (int i = 0; i < c; i++)
            {
                acc = acc.Double();
            }

            Array.Fill(buckets, BlsPoint<T>.Infinity);
            for (int i = 0; i < points.Length; i++)
            {
                int digit = Digit(scalars.Slice(i * ScalarLength, ScalarLength), w * c, c);
                if (digit != 0 && !points[i].IsInfinity)
                {
                    buckets[digit] += points[i];
                }
            }

            BlsPoint<T> running = BlsPoint<T>.Infinity;
            BlsPoint<T> sum = BlsPoint<T>.Infinity;
            for (int j = buckets.Length - 1; j >= 1; j--)
            {
                running += buckets[j];
                sum += running;
            }

            acc += sum;
        }

        return acc;
    }

    /// <summary>Up to this many pairs, Straus' method (shared doublings, 4-bit tables) needs fewer additions.</summary>
    private const int StrausLimit = 64;

    /// <summary>
    /// Straus' method: one table of 1·P … 15·P per point, and one chain of 256 doublings shared by all points, adding
    /// each point's table entry for every 4-bit digit — about 256 + n·(14 + 64) additions and doublings.
    /// </summary>
    // PERF (Bls12381Benchmarks.G1Msm8, G1Msm64): for small k this beats Pippenger, whose 256/c windows each cost 2^(c+1)
    // bucket additions however few points there are.
    private static BlsPoint<T> Straus<T>(ReadOnlySpan<BlsPoint<T>> points, ReadOnlySpan<byte> scalars)
        where T : unmanaged, IBlsField<T>
    {
        var tables = new BlsPoint<T>[points.Length * 16];
        for (int i = 0; i < points.Length; i++)
        {
            tables[i * 16] = BlsPoint<T>.Infinity;
            for (int j = 1; j < 16; j++)
            {
                tables[(i * 16) + j] = tables[(i * 16) + j - 1] + points[i];
            }
        }

        BlsPoint<T> acc = BlsPoint<T>.Infinity;
        for (int nibble = 0; nibble < ScalarLength * 2; nibble++)
        {
            acc = acc.Double().Double().Double().Double();
            for (int i = 0; i < points.Length; i++)
            {
                byte b = scalars[(i * ScalarLength) + (nibble >> 1)];
                int digit = (nibble & 1) == 0 ? b >> 4 : b & 0xF;
                if (digit != 0)
                {
                    acc += tables[(i * 16) + digit];
                }
            }
        }

        return acc;
    }

    /// <summary>The window width minimising windows · (n + 2^(c+1)) additions, roughly log2(n) − 2.</summary>
    private static int WindowBits(int n) => n < 8 ? 2 : n < 32 ? 3 : Math.Min(16, (int)Math.Log2(n) - 2);

    /// <summary>Bits [start, start + width) of a big-endian scalar (bit 0 the least significant).</summary>
    private static int Digit(ReadOnlySpan<byte> scalar, int start, int width)
    {
        int digit = 0;
        for (int b = Math.Min(start + width, scalar.Length * 8) - 1; b >= start; b--)
        {
            int bit = (scalar[scalar.Length - 1 - (b >> 3)] >> (b & 7)) & 1;
            digit = (digit << 1) | bit;
        }

        return digit;
    }
}
