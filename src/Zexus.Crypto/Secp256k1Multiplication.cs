using System.Runtime.CompilerServices;
using Zexus.Primitives;
using F = Zexus.Crypto.Secp256k1FieldElement;

namespace Zexus.Crypto;

/// <summary>
/// Scalar multiplication on secp256k1 for signing, verification and recovery: a · G + b · P by
/// Strauss's interleaving (Shamir's trick) with window NAFs after the GLV split of both scalars
/// (<see cref="Secp256k1Endomorphism"/>): four half-length scalars share one run of about 130
/// doublings. Odd multiples of P and φ(P) are built per call (w = 5, Jacobian); those of G and
/// φ(G) come from affine tables built once (w = 12).
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

    // PERF (Secp256k1Benchmarks.Recover): GLV halves the doublings; digit arrays live on the stack;
    // the per-call tables of P stay Jacobian (normalising them would cost a field inversion, more
    // than the mixed additions it would save).

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
        Span<Secp256k1JacobianPoint> pointTable = stackalloc Secp256k1JacobianPoint[hasPoint ? 2 << (PointWindow - 2) : 0];
        Span<Secp256k1JacobianPoint> table1 = pointTable[..(pointTable.Length / 2)];
        Span<Secp256k1JacobianPoint> table2 = pointTable[(pointTable.Length / 2)..];
        if (hasPoint)
        {
            length = Math.Max(length, SplitToNaf(b, PointWindow, p1, p2));
            BuildOddMultiples(point, table1);
            for (int i = 0; i < table1.Length; i++)
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
    private static void AddDigit(ref Secp256k1JacobianPoint accumulator, int digit, ReadOnlySpan<Secp256k1JacobianPoint> table)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDigit(ref Secp256k1JacobianPoint accumulator, int digit, Secp256k1AffinePoint[] table)
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
