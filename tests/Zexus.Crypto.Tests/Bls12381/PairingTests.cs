using System.Numerics;
using Zexus.Crypto.Bls12381;

namespace Zexus.Crypto.Tests.Bls12381;

public class PairingTests
{
    [Fact]
    public void HardPartExponent_DecompositionInX_IsThreeTimesTheHardPart()
    {
        BigInteger p = Fp.Modulus, r = Bls12381Parameters.R, x = -(BigInteger)Bls12381Parameters.AbsX;
        BigInteger p2 = p * p;
        Assert.Equal(BigInteger.Zero, ((p2 * p2) - p2 + 1) % r);
        BigInteger hard = ((p2 * p2) - p2 + 1) / r;
        Assert.Equal(3 * hard, ((x - 1) * (x - 1) * (x + p) * ((x * x) + p2 - 1)) + 3);
    }

    [Fact]
    public void Pairing_IsBilinear()
    {
        var random = new Random(2537);
        BigInteger a = random.Next(2, int.MaxValue), b = random.Next(2, int.MaxValue);
        var pa = G1.MultiplyGenerator(a);
        var qb = G2.MultiplyGenerator(b);
        Fp12 lhs = Pairing.Compute(pa, qb);
        Assert.Equal(lhs, Pairing.Compute(G1.MultiplyGenerator(a * b), G2.Generator));
        Assert.Equal(lhs, Pairing.Compute(G1.Generator, G2.MultiplyGenerator(a * b)));
        Assert.Equal(Pairing.Compute(pa, qb), Pairing.Compute(G1.Generator, qb.Multiply(a)));
    }

    [Fact]
    public void Pairing_IsNonDegenerateAndHasOrderR()
    {
        Fp12 e = Pairing.Compute(G1.Generator, G2.Generator);
        Assert.False(e.IsOne);
        Assert.Equal(e.Conjugate(), Pairing.Compute(G1.Generator.Negate(), G2.Generator));
        Assert.Equal(e * e, Pairing.Compute(G1.Generator.Double(), G2.Generator));
    }

    [Fact]
    public void Check_ProductOfInversePairs_IsOne()
    {
        var p = G1.MultiplyGenerator(777);
        var q = G2.MultiplyGenerator(999);
        Assert.True(Pairing.Check([p, p.Negate()], [q, q]));
        Assert.True(Pairing.Check([p, G1.Generator.Negate()], [q, q.Multiply(777)]));
        Assert.False(Pairing.Check([p, G1.Generator.Negate()], [q, q.Multiply(778)]));
        Assert.True(Pairing.Check([BlsPoint<Fp>.Infinity], [q]));
        Assert.True(Pairing.Check([], []));
    }
}
