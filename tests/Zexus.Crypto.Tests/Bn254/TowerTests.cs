using System.Numerics;
using Zexus.Crypto.Bn254;
using static Zexus.Crypto.Tests.Bn254.Bn254Random;

namespace Zexus.Crypto.Tests.Bn254;

public class TowerTests
{
    [Fact]
    public void Fp2_Multiplication_MatchesSchoolbookOverBigInteger()
    {
        var random = new Random(10);
        for (int i = 0; i < 50; i++)
        {
            BigInteger a0 = Below(random, P), a1 = Below(random, P), b0 = Below(random, P), b1 = Below(random, P);
            var x = new Fp2(ToFp(a0), ToFp(a1));
            var y = new Fp2(ToFp(b0), ToFp(b1));

            Fp2 product = x * y;

            // (a0 + a1·u)(b0 + b1·u) with u² = −1.
            Assert.Equal(((a0 * b0 - a1 * b1) % P + P) % P, ToBig(product.C0));
            Assert.Equal((a0 * b1 + a1 * b0) % P, ToBig(product.C1));
            Assert.Equal(x * x, x.Square());
        }
    }

    [Fact]
    public void Fp2_MulByXi_EqualsMultiplicationByNinePlusU()
    {
        var random = new Random(11);
        Fp2 x = NextFp2(random);

        Assert.Equal(x * new Fp2(Fp.FromUInt64(9), Fp.One), x.MulByXi());
    }

    [Fact]
    public void Inverse_RandomElementsOfEveryTowerField_GivesOne()
    {
        var random = new Random(12);
        for (int i = 0; i < 10; i++)
        {
            Fp2 a = NextFp2(random);
            Fp6 b = NextFp6(random);
            Fp12 c = NextFp12(random);

            Assert.Equal(Fp2.One, a * a.Inverse());
            Assert.Equal(Fp6.One, b * b.Inverse());
            Assert.Equal(Fp12.One, c * c.Inverse());
        }
    }

    [Fact]
    public void Fp2_TrySqrt_RandomSquaresAndNonSquares()
    {
        var random = new Random(13);
        int nonSquares = 0;
        for (int i = 0; i < 20; i++)
        {
            Fp2 a = NextFp2(random);
            Assert.True(a.Square().TrySqrt(out Fp2 root));
            Assert.Equal(a.Square(), root.Square());

            // a is a square in F_p² exactly when its norm a0² + a1² is a square in F_p.
            bool normIsSquare = (a.C0.Square() + a.C1.Square()).TrySqrt(out _);
            Assert.Equal(normIsSquare, a.TrySqrt(out _));
            nonSquares += normIsSquare ? 0 : 1;
        }

        Assert.InRange(nonSquares, 1, 19);
    }

    [Fact]
    public void SquareAndSparseProducts_MatchGeneralMultiplication()
    {
        var random = new Random(14);
        for (int i = 0; i < 10; i++)
        {
            Fp6 a = NextFp6(random);
            Fp12 f = NextFp12(random);
            Fp2 l0 = NextFp2(random), l1 = NextFp2(random), l2 = NextFp2(random);

            Assert.Equal(a * a, a.Square());
            Assert.Equal(a * new Fp6(l0, l1, Fp2.Zero), a.MulBy01(l0, l1));
            Assert.Equal(a * new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero), a.MulByV());
            Assert.Equal(f * f, f.Square());
            Assert.Equal(f * new Fp12(new Fp6(l0, Fp2.Zero, Fp2.Zero), new Fp6(l1, l2, Fp2.Zero)), f.MulByLine(l0, l1, l2));
        }
    }

    [Fact]
    public void CyclotomicSquare_OnCyclotomicSubgroup_MatchesGeneralSquare()
    {
        var random = new Random(16);
        for (int i = 0; i < 5; i++)
        {
            // f^((p⁶ − 1)(p² + 1)) lies in the cyclotomic subgroup.
            Fp12 f = NextFp12(random);
            f = f.Conjugate() * f.Inverse();
            f = f.Frobenius(2) * f;

            Assert.Equal(f.Square(), CyclotomicSquaring.Square(f));
        }
    }

    [Fact]
    public void Frobenius_MatchesPowersOfP()
    {
        var random = new Random(15);
        Fp12 f = NextFp12(random);

        Fp12 byPower = FieldMath.Pow(f, PairingTests.Limbs(P));

        Assert.Equal(byPower, f.Frobenius(1));
        Assert.Equal(f.Frobenius(1).Frobenius(1), f.Frobenius(2));
        Assert.Equal(f.Frobenius(2).Frobenius(1), f.Frobenius(3));
        Assert.Equal(FieldMath.Pow(f, PairingTests.Limbs(BigInteger.Pow(P, 6))), f.Conjugate());
    }
}
