using Zexus.Primitives;
using F = Zexus.Crypto.Secp256k1FieldElement;

namespace Zexus.Crypto;

/// <summary>
/// Scalar multiplication on secp256k1 for verification and recovery: a · G + b · P by Strauss's
/// interleaving (Shamir's trick) with window NAFs — one shared run of doublings, additions of
/// precomputed odd multiples of P (w = 5, built per call) and of G (w = 12, an affine table built
/// once).
/// </summary>
/// <remarks>Not constant-time: the work done depends on the scalars' digits.</remarks>
internal static class Secp256k1Multiplication
{
    private const int PointWindow = 5;
    private const int GeneratorWindow = 12;
    private const int MaxDigits = 257;

    /// <summary>G, 3G, 5G, …, (2^(w−1) − 1)G in affine form.</summary>
    private static readonly Secp256k1AffinePoint[] GeneratorTable = BuildOddMultiplesAffine(Secp256k1AffinePoint.Generator, 1 << (GeneratorWindow - 2));

    /// <summary>k · G.</summary>
    public static Secp256k1JacobianPoint MultiplyGenerator(in UInt256 k) =>
        MultiplyGeneratorAndAdd(k, Secp256k1AffinePoint.Generator, UInt256.Zero);

    // PERF (Secp256k1Benchmarks.Recover): the digit arrays live on the stack and the per-call table
    // of P stays in Jacobian form (one field inversion to normalise it would cost more than the
    // mixed additions it saves).

    /// <summary>a · G + b · <paramref name="point"/> for a, b &lt; 2²⁵⁶.</summary>
    public static Secp256k1JacobianPoint MultiplyGeneratorAndAdd(in UInt256 a, in Secp256k1AffinePoint point, in UInt256 b)
    {
        Span<short> generatorDigits = stackalloc short[MaxDigits];
        Span<short> pointDigits = stackalloc short[MaxDigits];
        int generatorLength = Secp256k1Scalar.ToWindowNaf(a, GeneratorWindow, generatorDigits);
        int pointLength = b.IsZero ? 0 : Secp256k1Scalar.ToWindowNaf(b, PointWindow, pointDigits);

        Span<Secp256k1JacobianPoint> pointTable = stackalloc Secp256k1JacobianPoint[pointLength == 0 ? 0 : 1 << (PointWindow - 2)];
        if (pointLength > 0)
        {
            BuildOddMultiples(point, pointTable);
        }

        Secp256k1AffinePoint[] generatorTable = GeneratorTable;
        Secp256k1JacobianPoint accumulator = Secp256k1JacobianPoint.Infinity;
        for (int i = Math.Max(generatorLength, pointLength) - 1; i >= 0; i--)
        {
            accumulator = accumulator.Double();
            int digit = i < pointLength ? pointDigits[i] : 0;
            if (digit > 0)
            {
                accumulator = accumulator.Add(pointTable[digit >> 1]);
            }
            else if (digit < 0)
            {
                accumulator = accumulator.Add(pointTable[-digit >> 1].Negate());
            }

            digit = i < generatorLength ? generatorDigits[i] : 0;
            if (digit > 0)
            {
                accumulator = accumulator.Add(generatorTable[digit >> 1]);
            }
            else if (digit < 0)
            {
                accumulator = accumulator.Add(generatorTable[-digit >> 1].Negate());
            }
        }

        return accumulator;
    }

    /// <summary>P, 3P, 5P, … into <paramref name="table"/>, Jacobian.</summary>
    private static void BuildOddMultiples(in Secp256k1AffinePoint point, Span<Secp256k1JacobianPoint> table)
    {
        Secp256k1JacobianPoint first = Secp256k1JacobianPoint.FromAffine(point);
        Secp256k1JacobianPoint twice = first.Double();
        table[0] = first;
        for (int i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1].Add(twice);
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> odd multiples of <paramref name="point"/> in affine form,
    /// normalised with one field inversion (Montgomery's trick: invert the product of all Z, then
    /// peel off one factor per point).
    /// </summary>
    private static Secp256k1AffinePoint[] BuildOddMultiplesAffine(in Secp256k1AffinePoint point, int count)
    {
        var jacobian = new Secp256k1JacobianPoint[count];
        BuildOddMultiples(point, jacobian);

        var prefix = new F[count];
        F running = F.One;
        for (int i = 0; i < count; i++)
        {
            prefix[i] = running;
            running = F.Multiply(running, jacobian[i].Z);
        }

        F inverse = F.Invert(running);
        var affine = new Secp256k1AffinePoint[count];
        for (int i = count - 1; i >= 0; i--)
        {
            F zInverse = F.Multiply(inverse, prefix[i]);
            inverse = F.Multiply(inverse, jacobian[i].Z);
            F zInverse2 = F.Square(zInverse);
            affine[i] = new Secp256k1AffinePoint(
                F.Multiply(jacobian[i].X, zInverse2),
                F.Multiply(jacobian[i].Y, F.Multiply(zInverse2, zInverse)));
        }

        return affine;
    }
}
