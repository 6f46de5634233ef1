using System.Numerics;
using Zexus.Crypto.Bn254;
using static Zexus.Crypto.Tests.Bn254.Bn254Random;

namespace Zexus.Crypto.Tests.Bn254;

public class CurveTests
{
    [Fact]
    public void Generators_AreOnTheirCurvesWithOrderR()
    {
        G1.Generator.ToAffine(out Fp x1, out Fp y1);
        G2.Generator.ToAffine(out Fp2 x2, out Fp2 y2);

        Assert.True(CurvePoint<Fp>.SatisfiesCurve(x1, y1, G1.B));
        Assert.True(CurvePoint<Fp2>.SatisfiesCurve(x2, y2, G2.B));
        Assert.True(G1.Generator.Multiply(ToBytes32(R)).IsInfinity);
        Assert.True(G2.Generator.Multiply(ToBytes32(R)).IsInfinity);
        Assert.False(G2.Generator.Multiply(ToBytes32(R - 1)).IsInfinity);
        Assert.True(G2.IsInSubgroup(G2.Generator));
    }

    [Fact]
    public void G1_GroupLaws_HoldOnRandomPoints() => GroupLaws(new Random(20), NextG1);

    [Fact]
    public void G2_GroupLaws_HoldOnRandomPoints() => GroupLaws(new Random(21), NextG2);

    [Fact]
    public void G2_IsInSubgroup_AgreesWithMultiplicationByOrder()
    {
        var random = new Random(22);
        for (int i = 0; i < 8; i++)
        {
            CurvePoint<Fp2> twistPoint = NextTwistPoint(random);
            CurvePoint<Fp2> subgroupPoint = NextG2(random);

            Assert.Equal(twistPoint.Multiply(ToBytes32(R)).IsInfinity, G2.IsInSubgroup(twistPoint));
            Assert.False(G2.IsInSubgroup(twistPoint));
            Assert.True(G2.IsInSubgroup(subgroupPoint));
        }
    }

    [Fact]
    public void G2_IsInSubgroup_SeparatesTheTwoFactorsOfTheTwistOrder()
    {
        // #E'(F_p²) = r·c with c = 2p − r: [c]T lies in G2, [r]T in the order-c part (never in G2 unless O).
        BigInteger cofactor = 2 * P - R;
        var random = new Random(24);
        for (int i = 0; i < 4; i++)
        {
            CurvePoint<Fp2> twistPoint = NextTwistPoint(random);
            CurvePoint<Fp2> cleared = twistPoint.Multiply(Big(cofactor));
            CurvePoint<Fp2> torsion = twistPoint.Multiply(ToBytes32(R));

            Assert.True(cleared.Multiply(ToBytes32(R)).IsInfinity);
            Assert.True(G2.IsInSubgroup(cleared));
            Assert.False(torsion.IsInfinity);
            Assert.False(G2.IsInSubgroup(torsion));
            Assert.False(G2.IsInSubgroup(torsion.Add(cleared)));
        }
    }

    private static byte[] Big(BigInteger value) => value.ToByteArray(isUnsigned: true, isBigEndian: true);

    [Fact]
    public void Encoding_RandomPoints_RoundTrips()
    {
        var random = new Random(23);
        var g1Bytes = new byte[G1.EncodedSize];
        var g2Bytes = new byte[G2.EncodedSize];
        for (int i = 0; i < 5; i++)
        {
            CurvePoint<Fp> p = NextG1(random);
            CurvePoint<Fp2> q = NextG2(random);
            G1.Write(p, g1Bytes);
            G2.Write(q, g2Bytes);

            Assert.Equal(Bn254Error.None, G1.TryRead(g1Bytes, out CurvePoint<Fp> p2));
            Assert.Equal(Bn254Error.None, G2.TryRead(g2Bytes, out CurvePoint<Fp2> q2));
            Assert.True(p.IsSamePoint(p2));
            Assert.True(q.IsSamePoint(q2));
        }
    }

    [Fact]
    public void Encoding_Infinity_IsAllZeros()
    {
        var g1Bytes = new byte[G1.EncodedSize];
        var g2Bytes = new byte[G2.EncodedSize];

        Assert.Equal(Bn254Error.None, G1.TryRead(g1Bytes, out CurvePoint<Fp> p));
        Assert.Equal(Bn254Error.None, G2.TryRead(g2Bytes, out CurvePoint<Fp2> q));
        Assert.True(p.IsInfinity);
        Assert.True(q.IsInfinity);

        G1.Write(CurvePoint<Fp>.Infinity, g1Bytes);
        Assert.All(g1Bytes, b => Assert.Equal(0, b));
    }

    private static void GroupLaws<TField>(Random random, Func<Random, CurvePoint<TField>> next)
        where TField : unmanaged, IField<TField>
    {
        CurvePoint<TField> infinity = CurvePoint<TField>.Infinity;
        for (int i = 0; i < 4; i++)
        {
            CurvePoint<TField> a = next(random), b = next(random), c = next(random);

            Assert.True(a.Add(b).Add(c).IsSamePoint(a.Add(b.Add(c))), "associativity");
            Assert.True(a.Add(b).IsSamePoint(b.Add(a)), "commutativity");
            Assert.True(a.Add(infinity).IsSamePoint(a) && infinity.Add(a).IsSamePoint(a), "identity");
            Assert.True(a.Add(a.Negate()).IsInfinity, "inverse");
            Assert.True(a.Add(a).IsSamePoint(a.Double()), "doubling");
            Assert.False(a.IsSamePoint(b), "distinct random points");

            BigInteger s = NextScalar(random), t = NextScalar(random);
            CurvePoint<TField> sum = a.Multiply(ToBytes32((s + t) % R));
            Assert.True(sum.IsSamePoint(a.Multiply(ToBytes32(s)).Add(a.Multiply(ToBytes32(t)))), "(s + t)·A = s·A + t·A");
            Assert.True(a.Add(b).Multiply(ToBytes32(s)).IsSamePoint(a.Multiply(ToBytes32(s)).Add(b.Multiply(ToBytes32(s)))), "s·(A + B) = s·A + s·B");
            Assert.True(a.Multiply(ToBytes32(s)).Multiply(ToBytes32(t)).IsSamePoint(a.Multiply(ToBytes32(s * t % R))), "t·(s·A) = (st)·A");
            Assert.True(a.Multiply(ToBytes32(R - 1)).IsSamePoint(a.Negate()), "(r − 1)·A = −A");
            Assert.True(a.Multiply([]).IsInfinity && a.Multiply([0, 0]).IsInfinity, "0·A = O");
        }
    }
}
