using System.Numerics;
using Zexus.Crypto.Bls12381;

namespace Zexus.Crypto.Tests.Bls12381;

public class GroupTests
{
    private static readonly BigInteger R = Bls12381Parameters.R;

    [Fact]
    public void Generators_AreOnTheirCurvesAndHaveOrderR()
    {
        var (x1, y1) = G1.Generator.ToAffine();
        Assert.True(BlsPoint<Fp>.IsOnCurve(x1, y1));
        Assert.True(G1.IsInSubgroup(G1.Generator));
        var (x2, y2) = G2.Generator.ToAffine();
        Assert.True(BlsPoint<Fp2>.IsOnCurve(x2, y2));
        Assert.True(G2.IsInSubgroup(G2.Generator));
        Assert.Equal(G1.Generator.Negate(), G1.MultiplyGenerator(R - 1));
        Assert.Equal(G2.Generator.Negate(), G2.MultiplyGenerator(R - 1));
    }

    [Fact]
    public void G1_GroupLaws_Hold()
    {
        CheckGroupLaws(G1.Generator, new Random(11));
    }

    [Fact]
    public void G2_GroupLaws_Hold()
    {
        CheckGroupLaws(G2.Generator, new Random(12));
    }

    [Fact]
    public void Multiply_ScalarAboveOrder_ReducesModR()
    {
        var k = new BigInteger(123456789);
        Assert.Equal(G1.MultiplyGenerator(k), G1.MultiplyGenerator(k + R));
        Assert.Equal(G2.MultiplyGenerator(k), G2.MultiplyGenerator(k + (R * 3)));
    }

    [Fact]
    public void MultiplyGenerator_FixedBaseTable_MatchesGenericMultiplication()
    {
        var random = new Random(14);
        var bytes = new byte[32];
        for (int i = 0; i < 4; i++)
        {
            random.NextBytes(bytes);
            var k = new BigInteger(bytes, isUnsigned: true);
            Assert.Equal(G1.Generator.Multiply(k), G1.MultiplyGenerator(k));
            Assert.Equal(G2.Generator.Multiply(k), G2.MultiplyGenerator(k));
        }

        Assert.True(G1.MultiplyGenerator(BigInteger.Zero).IsInfinity);
        Assert.Equal(G2.Generator, G2.MultiplyGenerator(BigInteger.One));
    }

    [Fact]
    public void SubgroupCheck_RejectsCurvePointOutsideG1()
    {
        // x = 0 is on E (y² = 4), but (0, 2) has order 3, not r.
        var point = BlsPoint<Fp>.FromAffine(Fp.Zero, Fp.FromUInt64(2));
        Assert.True(BlsPoint<Fp>.IsOnCurve(Fp.Zero, Fp.FromUInt64(2)));
        Assert.False(G1.IsInSubgroup(point));
        Assert.True(G1.IsInSubgroup(G1.ClearCofactor(point)));
    }

    [Fact]
    public void FastSubgroupChecks_AgreeWithMultiplicationByR()
    {
        var random = new Random(13);
        int inside = 0, outside = 0;
        for (int i = 0; i < 12; i++)
        {
            var x = Fp.FromUInt64((ulong)random.NextInt64());
            if (((x.Square() * x) + Fp.CurveB).TrySqrt(out Fp y))
            {
                var point = BlsPoint<Fp>.FromAffine(x, y);
                Assert.Equal(Subgroup.IsTorsion(point), G1.IsInSubgroup(point));
                Assert.True(G1.IsInSubgroup(G1.ClearCofactor(point)));
                outside += G1.IsInSubgroup(point) ? 0 : 1;
            }

            var x2 = new Fp2(Fp.FromUInt64((ulong)random.NextInt64()), Fp.FromUInt64((ulong)random.NextInt64()));
            if (((x2.Square() * x2) + Fp2.CurveB).TrySqrt(out Fp2 y2))
            {
                var point = BlsPoint<Fp2>.FromAffine(x2, y2);
                Assert.Equal(Subgroup.IsTorsion(point), G2.IsInSubgroup(point));
                var cleared = G2.ClearCofactor(point);
                Assert.Equal(G2.ClearCofactorByScalar(point), cleared);
                Assert.True(Subgroup.IsTorsion(cleared));
                Assert.True(G2.IsInSubgroup(cleared));
                inside++;
            }
        }

        Assert.True(inside > 0 && outside > 0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(150)]
    public void MultiScalarMultiplication_EqualsSumOfProducts(int n)
    {
        var random = new Random(n);
        var points = new BlsPoint<Fp>[n];
        var scalars = new byte[n * 32];
        random.NextBytes(scalars);
        BlsPoint<Fp> expected = BlsPoint<Fp>.Infinity;
        for (int i = 0; i < n; i++)
        {
            points[i] = i % 10 == 3 ? BlsPoint<Fp>.Infinity : G1.MultiplyGenerator(random.Next(1, int.MaxValue));
            if (i % 13 == 4)
            {
                scalars.AsSpan(i * 32, 32).Clear();
            }

            expected += points[i].Multiply(new BigInteger(scalars.AsSpan(i * 32, 32), isUnsigned: true, isBigEndian: true));
        }

        Assert.Equal(expected, MultiScalarMultiplication.Compute<Fp>(points, scalars));
    }

    internal static void CheckGroupLaws<T>(BlsPoint<T> g, Random random)
        where T : unmanaged, IBlsField<T>
    {
        BigInteger a = random.Next(1, int.MaxValue), b = random.Next(1, int.MaxValue), c = random.Next(1, int.MaxValue);
        BlsPoint<T> pa = g.Multiply(a), pb = g.Multiply(b), pc = g.Multiply(c);
        var inf = BlsPoint<T>.Infinity;
        Assert.Equal(pa + pb, pb + pa);
        Assert.Equal((pa + pb) + pc, pa + (pb + pc));
        Assert.Equal(pa, pa + inf);
        Assert.Equal(pa, inf + pa);
        Assert.True((pa - pa).IsInfinity);
        Assert.Equal(pa.Double(), pa + pa);
        Assert.Equal(g.Multiply(a + b), pa + pb);
        Assert.Equal(g.Multiply(a * b), pa.Multiply(b));
        var (x, y) = (pa + pb + pc).ToAffine();
        Assert.True(BlsPoint<T>.IsOnCurve(x, y));
        Assert.Equal(pa, BlsPoint<T>.FromAffine(pa.ToAffine().X, pa.ToAffine().Y));
    }
}
