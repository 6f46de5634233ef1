using System.Numerics;
using Zexus.Crypto.Bls12381;

namespace Zexus.Crypto.Tests.Bls12381;

public class FieldTests
{
    private static readonly BigInteger P = Fp.Modulus;

    private static BigInteger RandomBelowP(Random random)
    {
        var bytes = new byte[48];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) % P;
    }

    [Fact]
    public void Fp_Arithmetic_MatchesBigInteger()
    {
        var random = new Random(2537);
        for (int i = 0; i < 300; i++)
        {
            BigInteger a = RandomBelowP(random), b = RandomBelowP(random);
            Fp fa = Fp.FromBigInteger(a), fb = Fp.FromBigInteger(b);
            Assert.Equal(a, fa.ToBigInteger());
            Assert.Equal((a + b) % P, (fa + fb).ToBigInteger());
            Assert.Equal(((a - b) % P + P) % P, (fa - fb).ToBigInteger());
            Assert.Equal((P - a) % P, (-fa).ToBigInteger());
            Assert.Equal(a * b % P, (fa * fb).ToBigInteger());
            Assert.Equal(a * a % P, fa.Square().ToBigInteger());
        }
    }

    [Fact]
    public void Fp_EdgeValues_ReduceCorrectly()
    {
        BigInteger[] values = [0, 1, 2, P - 1, P - 2, (P - 1) / 2, BigInteger.One << 380, (BigInteger.One << 381) % P];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Fp fa = Fp.FromBigInteger(a), fb = Fp.FromBigInteger(b);
                Assert.Equal((a + b) % P, (fa + fb).ToBigInteger());
                Assert.Equal(((a - b) % P + P) % P, (fa - fb).ToBigInteger());
                Assert.Equal(a * b % P, (fa * fb).ToBigInteger());
            }
        }
    }

    [Fact]
    public void Fp_Inverse_MatchesBigInteger()
    {
        var random = new Random(1);
        for (int i = 0; i < 50; i++)
        {
            BigInteger a = RandomBelowP(random);
            if (a.IsZero)
            {
                continue;
            }

            Fp inv = Fp.FromBigInteger(a).Inverse();
            Assert.Equal(BigInteger.ModPow(a, P - 2, P), inv.ToBigInteger());
            Assert.Equal(BigInteger.One, a * inv.ToBigInteger() % P);
        }

        Assert.True(Fp.Zero.Inverse().IsZero);
    }

    [Fact]
    public void Fp_Sqrt_FindsRootsOfSquaresAndRejectsNonSquares()
    {
        var random = new Random(2);
        int nonSquares = 0;
        for (int i = 0; i < 60; i++)
        {
            BigInteger a = RandomBelowP(random);
            bool isSquare = BigInteger.ModPow(a, (P - 1) / 2, P) <= 1;
            bool found = Fp.FromBigInteger(a).TrySqrt(out Fp root);
            Assert.Equal(isSquare, found);
            if (found)
            {
                Assert.Equal(a, root.ToBigInteger() * root.ToBigInteger() % P);
            }
            else
            {
                nonSquares++;
            }
        }

        Assert.InRange(nonSquares, 10, 50);
    }

    [Fact]
    public void Fp_Read_RejectsNonCanonicalAndRoundTrips()
    {
        var bytes = P.ToByteArray(isUnsigned: true, isBigEndian: true);
        Assert.False(Fp.TryRead(bytes, out _));
        var below = (P - 1).ToByteArray(isUnsigned: true, isBigEndian: true);
        Assert.True(Fp.TryRead(below, out Fp value));
        Assert.Equal(P - 1, value.ToBigInteger());
        var written = new byte[48];
        value.Write(written);
        Assert.Equal(below, written);
        var max = Enumerable.Repeat((byte)0xFF, 48).ToArray();
        Assert.False(Fp.TryRead(max, out _));
    }

    [Fact]
    public void Fp2_MulSquareInverse_MatchDefinition()
    {
        var random = new Random(3);
        for (int i = 0; i < 50; i++)
        {
            BigInteger a0 = RandomBelowP(random), a1 = RandomBelowP(random), b0 = RandomBelowP(random), b1 = RandomBelowP(random);
            Fp2 a = Fp2.FromBigIntegers(a0, a1), b = Fp2.FromBigIntegers(b0, b1);
            Fp2 product = a * b;
            Assert.Equal(((a0 * b0 - a1 * b1) % P + P) % P, product.C0.ToBigInteger());
            Assert.Equal((a0 * b1 + a1 * b0) % P, product.C1.ToBigInteger());
            Assert.Equal(a * a, a.Square());
            Assert.Equal(Fp2.One, a * a.Inverse());
        }
    }

    [Fact]
    public void Fp2_Sqrt_FindsRootsOfSquaresAndRejectsNonSquares()
    {
        var random = new Random(4);
        int rejected = 0;
        for (int i = 0; i < 30; i++)
        {
            Fp2 a = Fp2.FromBigIntegers(RandomBelowP(random), RandomBelowP(random));
            Assert.True(a.Square().TrySqrt(out Fp2 root));
            Assert.True(root == a || root == -a);

            // a non-square times a square is a non-square; ξ = 1 + u is a non-square in F_p².
            if (!(a.Square() * new Fp2(Fp.One, Fp.One)).TrySqrt(out _))
            {
                rejected++;
            }
        }

        Assert.Equal(30, rejected);
    }

    [Fact]
    public void Fp6AndFp12_Inverse_IsMultiplicativeInverse()
    {
        var random = new Random(5);
        Fp2 R() => Fp2.FromBigIntegers(RandomBelowP(random), RandomBelowP(random));
        for (int i = 0; i < 10; i++)
        {
            var a6 = new Fp6(R(), R(), R());
            Assert.Equal(Fp6.One, a6 * a6.Inverse());
            var a = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
            Assert.Equal(Fp12.One, a * a.Inverse());
            Assert.Equal(a * a, a.Square());
            var b = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
            Assert.Equal(a * b, b * a);
        }
    }

    [Fact]
    public void Fp12_Frobenius_IsPowerP()
    {
        var random = new Random(6);
        Fp2 R() => Fp2.FromBigIntegers(RandomBelowP(random), RandomBelowP(random));
        var a = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
        Fp12 power = Fp12.One;
        Fp12 square = a;
        for (var e = P; !e.IsZero; e >>= 1)
        {
            if (!e.IsEven)
            {
                power *= square;
            }

            square = square.Square();
        }

        Assert.Equal(power, a.Frobenius());
    }

    [Fact]
    public void Fp12_CyclotomicSquare_EqualsSquareInCyclotomicSubgroup()
    {
        var random = new Random(8);
        Fp2 R() => Fp2.FromBigIntegers(RandomBelowP(random), RandomBelowP(random));
        var a = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));

        // a^((p⁶ − 1)(p² + 1)) lies in the cyclotomic subgroup.
        var t = a.Conjugate() * a.Inverse();
        var c = t.Frobenius().Frobenius() * t;
        Assert.Equal(c.Square(), c.CyclotomicSquare());
        Assert.NotEqual(a.Square(), a.CyclotomicSquare());
    }

    [Fact]
    public void Fp12_SparseLineProduct_EqualsFullProduct()
    {
        var random = new Random(7);
        Fp2 R() => Fp2.FromBigIntegers(RandomBelowP(random), RandomBelowP(random));
        var a = new Fp12(new Fp6(R(), R(), R()), new Fp6(R(), R(), R()));
        Fp2 l0 = R(), l2 = R(), l3 = R();
        var line = new Fp12(new Fp6(l0, l2, Fp2.Zero), new Fp6(Fp2.Zero, l3, Fp2.Zero));
        Assert.Equal(a * line, a.MulByLine(l0, l2, l3));
    }
}
