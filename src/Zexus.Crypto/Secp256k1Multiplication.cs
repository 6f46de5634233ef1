using System.Runtime.CompilerServices;
using Zexus.Primitives;
using F = Zexus.Crypto.Secp256k1FieldElement;

namespace Zexus.Crypto;

/// <summary>
/// Scalar multiplication on secp256k1 for signing, verification and recovery: a · G + b · P by
/// Strauss's interleaving (Shamir's trick) with window NAFs after the GLV split of both scalars
/// (<see cref="Secp256k1Endomorphism"/>): four half-length scalars share one run of about 130
/// doublings. Odd multiples of P and φ(P) are built per call (w = 5); those of G and φ(G) come
/// from tables built once (w = 12); all are affine, so every addition is a mixed one.
/// </summary>
/// <remarks>Not constant-time: the work done depends on the scalars' digits.</remarks>
internal static class Secp256k1Multiplication
{
    private const int PointWindow = 5;
    private const int GeneratorWindow = 12;
    private const int MaxDigits = 257;

    /// <summary>G, 3G, 5G, …, (2^(w−1) − 1)G in affine form.</summary>
    private static readonly Secp256k1AffinePoint[] GeneratorTable = BuildOddMultiplesAffine(Secp256k1AffinePoint.Generator, 1 << (GeneratorWindow - 2));

    /// <summary>φ of each entry of <see cref="GeneratorTable"/>: the odd multiples of φ(G).</summary>
    private static readonly Secp256k1AffinePoint[] GeneratorLambdaTable = Array.ConvertAll(GeneratorTable, p => Secp256k1Endomorphism.Apply(p));

    /// <summary>k · G.</summary>
    public static Secp256k1JacobianPoint MultiplyGenerator(in UInt256 k) =>
        MultiplyGeneratorAndAdd(k, Secp256k1AffinePoint.Generator, UInt256.Zero);

    // PERF (Secp256k1Benchmarks.Recover): GLV halves the doublings; digit arrays and tables live on
    // the stack; the per-call table of P is normalised to affine (one field inversion) so that its
    // ~45 additions are mixed ones, 8M + 3S instead of 11M + 5S.

    /// <summary>a · G + b · <paramref name="point"/> for a, b &lt; n.</summary>
    public static Secp256k1JacobianPoint MultiplyGeneratorAndAdd(in UInt256 a, in Secp256k1AffinePoint point, in UInt256 b)
    {
        Span<short> digits = stackalloc short[4 * MaxDigits];
        Span<short> g1 = digits[..MaxDigits];
        Span<short> g2 = digits.Slice(MaxDigits, MaxDigits);
        Span<short> p1 = digits.Slice(2 * MaxDigits, MaxDigits);
        Span<short> p2 = digits.Slice(3 * MaxDigits, MaxDigits);
        int length = SplitToNaf(a, GeneratorWindow, g1, g2);

        bool hasPoint = !b.IsZero;
        int tableSize = hasPoint ? 1 << (PointWindow - 2) : 0;
        Span<Secp256k1AffinePoint> table1 = stackalloc Secp256k1AffinePoint[tableSize];
        Span<Secp256k1AffinePoint> table2 = stackalloc Secp256k1AffinePoint[tableSize];
        if (hasPoint)
        {
            length = Math.Max(length, SplitToNaf(b, PointWindow, p1, p2));
            Span<Secp256k1JacobianPoint> jacobian = stackalloc Secp256k1JacobianPoint[tableSize];
            Span<F> scratch = stackalloc F[tableSize];
            BuildOddMultiples(point, jacobian);
            NormalizeAll(jacobian, table1, scratch);
            for (int i = 0; i < tableSize; i++)
            {
                table2[i] = Secp256k1Endomorphism.Apply(table1[i]);
            }
        }

        Secp256k1AffinePoint[] generatorTable = GeneratorTable;
        Secp256k1AffinePoint[] generatorLambdaTable = GeneratorLambdaTable;
        Secp256k1JacobianPoint accumulator = Secp256k1JacobianPoint.Infinity;
        for (int i = length - 1; i >= 0; i--)
        {
            accumulator = accumulator.Double();
            if (hasPoint)
            {
                AddDigit(ref accumulator, p1[i], table1);
                AddDigit(ref accumulator, p2[i], table2);
            }

            AddDigit(ref accumulator, g1[i], generatorTable);
            AddDigit(ref accumulator, g2[i], generatorLambdaTable);
        }

        return accumulator;
    }

    /// <summary>Splits k = k₁ + k₂·λ and writes the signed window NAFs of k₁ and k₂; returns the longer length.</summary>
    private static int SplitToNaf(in UInt256 k, int window, Span<short> first, Span<short> second)
    {
        (UInt256 k1, bool k1Negative, UInt256 k2, bool k2Negative) = Secp256k1Endomorphism.Split(k);
        int length1 = Secp256k1Scalar.ToWindowNaf(k1, window, first);
        int length2 = Secp256k1Scalar.ToWindowNaf(k2, window, second);
        NegateIf(k1Negative, first[..length1]);
        NegateIf(k2Negative, second[..length2]);
        return Math.Max(length1, length2);
    }

    private static void NegateIf(bool negative, Span<short> digits)
    {
        if (negative)
        {
            for (int i = 0; i < digits.Length; i++)
            {
                digits[i] = (short)-digits[i];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDigit(ref Secp256k1JacobianPoint accumulator, int digit, ReadOnlySpan<Secp256k1AffinePoint> table)
    {
        if (digit > 0)
        {
            accumulator = accumulator.Add(table[digit >> 1]);
        }
        else if (digit < 0)
        {
            accumulator = accumulator.Add(table[-digit >> 1].Negate());
        }
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

    /// <summary>The first <paramref name="count"/> odd multiples of <paramref name="point"/> in affine form.</summary>
    private static Secp256k1AffinePoint[] BuildOddMultiplesAffine(in Secp256k1AffinePoint point, int count)
    {
        var jacobian = new Secp256k1JacobianPoint[count];
        BuildOddMultiples(point, jacobian);
        var affine = new Secp256k1AffinePoint[count];
        NormalizeAll(jacobian, affine, new F[count]);
        return affine;
    }

    /// <summary>
    /// Converts finite points to affine with one field inversion (Montgomery's trick: invert the
    /// product of all Z, then peel off one factor per point).
    /// </summary>
    private static void NormalizeAll(ReadOnlySpan<Secp256k1JacobianPoint> points, Span<Secp256k1AffinePoint> affine, Span<F> prefix)
    {
        F running = F.One;
        for (int i = 0; i < points.Length; i++)
        {
            prefix[i] = running;
            running = F.Multiply(running, points[i].Z);
        }

        F inverse = F.Invert(running);
        for (int i = points.Length - 1; i >= 0; i--)
        {
            F zInverse = F.Multiply(inverse, prefix[i]);
            inverse = F.Multiply(inverse, points[i].Z);
            F zInverse2 = F.Square(zInverse);
            affine[i] = new Secp256k1AffinePoint(
                F.Multiply(points[i].X, zInverse2),
                F.Multiply(points[i].Y, F.Multiply(zInverse2, zInverse)));
        }
    }
}
