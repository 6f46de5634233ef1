using System.Numerics;
using Zexus.Crypto.Bn254;
using static Zexus.Crypto.Tests.Bn254.Bn254Random;

namespace Zexus.Crypto.Tests.Bn254;

public class PairingTests
{
    [Fact]
    public void Pairing_Generators_IsNotOneAndHasOrderR()
    {
        Fp12 e = Pairing.Compute(G1.Generator, G2.Generator);

        Assert.False(e.IsOne);
        Assert.True(FieldMath.Pow(e, Limbs(R)).IsOne);
    }

    [Fact]
    public void Pairing_RandomScalars_IsBilinear()
    {
        var random = new Random(196);
        for (int round = 0; round < 3; round++)
        {
            CurvePoint<Fp> p = NextG1(random);
            CurvePoint<Fp2> q = NextG2(random);
            BigInteger a = NextScalar(random);
            BigInteger b = NextScalar(random);

            Fp12 left = Pairing.Compute(p.Multiply(ToBytes32(a)), q.Multiply(ToBytes32(b)));
            Fp12 right = FieldMath.Pow(Pairing.Compute(p, q), Limbs(a * b % R));

            Assert.Equal(right, left);
        }
    }

    [Fact]
    public void Check_PointAndItsNegation_IsOne()
    {
        var random = new Random(197);
        CurvePoint<Fp> p = NextG1(random);
        CurvePoint<Fp2> q = NextG2(random);

        Assert.True(Pairing.Check([p, p.Negate()], [q, q]));
        Assert.False(Pairing.Check([p, p], [q, q]));
    }

    [Fact]
    public void FinalExponentiation_MatchesPlainPower()
    {
        var random = new Random(198);
        Fp12 f = NextFp12(random);
        BigInteger exponent = (BigInteger.Pow(P, 12) - 1) / R;

        Assert.Equal(FieldMath.Pow(f, Limbs(exponent)), FinalExponentiation.Apply(f));
    }

    /// <summary>Little-endian 64-bit limbs of a non-negative integer.</summary>
    internal static ulong[] Limbs(BigInteger value)
    {
        var limbs = new List<ulong>();
        while (value > 0)
        {
            limbs.Add((ulong)(value & ulong.MaxValue));
            value >>= 64;
        }

        return [.. limbs];
    }
}
