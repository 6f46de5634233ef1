using System.Numerics;
using static Zexus.Crypto.Secp256k1Curve;

namespace Zexus.Crypto;

/// <summary>
/// Scalar multiplication on secp256k1: a 4-bit fixed window for arbitrary points, and for the base
/// point G a precomputed affine table of j · 16ⁱ · G (i = 0..63, j = 1..15), so k · G is at most 64
/// additions and no doublings.
/// </summary>
/// <remarks>Not constant-time: the work done depends on the scalar's digits.</remarks>
internal static class PointMultiplication
{
    private const int Windows = 64;
    private const int WindowValues = 15;

    private static readonly Lazy<JacobianPoint[]> GeneratorTable = new(BuildGeneratorTable);

    /// <summary>k · G for 0 ≤ k &lt; 2²⁵⁶.</summary>
    public static JacobianPoint MultiplyGenerator(BigInteger k)
    {
        JacobianPoint[] table = GeneratorTable.Value;
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian32(k, bytes);
        JacobianPoint accumulator = JacobianPoint.Infinity;
        for (int window = 0; window < Windows; window++)
        {
            int digit = Nibble(bytes, window);
            if (digit != 0)
            {
                accumulator = accumulator.Add(table[(window * WindowValues) + digit - 1]);
            }
        }

        return accumulator;
    }

    /// <summary>k · <paramref name="point"/> for 0 ≤ k &lt; 2²⁵⁶.</summary>
    public static JacobianPoint Multiply(JacobianPoint point, BigInteger k)
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian32(k, bytes);

        var multiples = new JacobianPoint[WindowValues + 1];
        multiples[0] = JacobianPoint.Infinity;
        multiples[1] = point;
        for (int j = 2; j <= WindowValues; j++)
        {
            multiples[j] = multiples[j - 1].Add(point);
        }

        JacobianPoint accumulator = JacobianPoint.Infinity;
        for (int window = Windows - 1; window >= 0; window--)
        {
            accumulator = accumulator.Double().Double().Double().Double();
            int digit = Nibble(bytes, window);
            if (digit != 0)
            {
                accumulator = accumulator.Add(multiples[digit]);
            }
        }

        return accumulator;
    }

    /// <summary>a · G + b · <paramref name="point"/>, the combination ECDSA verification needs.</summary>
    public static JacobianPoint MultiplyGeneratorAndAdd(BigInteger a, JacobianPoint point, BigInteger b) =>
        MultiplyGenerator(a).Add(Multiply(point, b));

    /// <summary>Window <paramref name="window"/> (0 = least significant) of a 32-byte big-endian scalar.</summary>
    private static int Nibble(ReadOnlySpan<byte> bigEndian32, int window)
    {
        byte b = bigEndian32[31 - (window >> 1)];
        return (window & 1) == 0 ? b & 0x0F : b >> 4;
    }

    private static JacobianPoint[] BuildGeneratorTable()
    {
        var points = new JacobianPoint[Windows * WindowValues];
        JacobianPoint windowBase = JacobianPoint.Generator;
        for (int window = 0; window < Windows; window++)
        {
            JacobianPoint multiple = windowBase;
            for (int j = 0; j < WindowValues; j++)
            {
                points[(window * WindowValues) + j] = multiple;
                multiple = multiple.Add(windowBase);
            }

            // multiple is now 16 · windowBase, the next window's base.
            windowBase = multiple;
        }

        return NormalizeAll(points);
    }

    /// <summary>
    /// Converts many points to affine (Z = 1) with one field inversion (Montgomery's trick:
    /// invert the product of all Z, then peel off one factor per point).
    /// </summary>
    private static JacobianPoint[] NormalizeAll(JacobianPoint[] points)
    {
        var prefix = new BigInteger[points.Length];
        BigInteger running = BigInteger.One;
        for (int i = 0; i < points.Length; i++)
        {
            prefix[i] = running;
            running = MulMod(running, points[i].Z);
        }

        BigInteger inverse = Invert(running);
        var result = new JacobianPoint[points.Length];
        for (int i = points.Length - 1; i >= 0; i--)
        {
            BigInteger zInverse = MulMod(inverse, prefix[i]);
            inverse = MulMod(inverse, points[i].Z);
            BigInteger zInverse2 = SquareMod(zInverse);
            result[i] = JacobianPoint.FromAffine(
                MulMod(points[i].X, zInverse2),
                MulMod(points[i].Y, MulMod(zInverse2, zInverse)));
        }

        return result;
    }
}
