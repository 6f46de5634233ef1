using System.Numerics;
using Zexus.Crypto.Bn254;
using static Zexus.Crypto.Tests.Bn254.Bn254Random;

namespace Zexus.Crypto.Tests.Bn254;

public class FpTests
{
    private const int Rounds = 200;

    [Fact]
    public void Arithmetic_RandomElements_MatchesBigInteger()
    {
        var random = new Random(1);
        for (int i = 0; i < Rounds; i++)
        {
            BigInteger a = Below(random, P);
            BigInteger b = Below(random, P);
            Fp x = ToFp(a);
            Fp y = ToFp(b);

            Assert.Equal((a + b) % P, ToBig(x + y));
            Assert.Equal(((a - b) % P + P) % P, ToBig(x - y));
            Assert.Equal(a * b % P, ToBig(x * y));
            Assert.Equal(a * a % P, ToBig(x.Square()));
            Assert.Equal((P - a) % P, ToBig(-x));
            Assert.Equal(2 * a % P, ToBig(x.Double()));
            Assert.Equal(a * BigInteger.ModPow(2, P - 2, P) % P, ToBig(x.Half()));
        }
    }

    [Fact]
    public void Arithmetic_EdgeValues_MatchesBigInteger()
    {
        BigInteger[] edges = [0, 1, 2, P - 1, P - 2, (P - 1) / 2, (P + 1) / 2, BigInteger.One << 253, (BigInteger.One << 64) - 1];
        foreach (BigInteger a in edges)
        {
            foreach (BigInteger b in edges)
            {
                Assert.Equal((a + b) % P, ToBig(ToFp(a) + ToFp(b)));
                Assert.Equal(((a - b) % P + P) % P, ToBig(ToFp(a) - ToFp(b)));
                Assert.Equal(a * b % P, ToBig(ToFp(a) * ToFp(b)));
            }
        }
    }

    [Fact]
    public void Inverse_RandomElements_MatchesModInverse()
    {
        var random = new Random(2);
        for (int i = 0; i < Rounds / 4; i++)
        {
            BigInteger a = Below(random, P - 1) + 1;

            Fp inverse = ToFp(a).Inverse();

            Assert.Equal(BigInteger.ModPow(a, P - 2, P), ToBig(inverse));
            Assert.Equal(Fp.One, inverse * ToFp(a));
        }

        foreach (BigInteger edge in new[] { BigInteger.One, 2, P - 1, P - 2, (P - 1) / 2, BigInteger.One << 200 })
        {
            Assert.Equal(BigInteger.ModPow(edge, P - 2, P), ToBig(ToFp(edge).Inverse()));
            Assert.Equal(ToFp(edge).InverseByFermat(), ToFp(edge).Inverse());
        }

        Assert.Equal(Fp.Zero, Fp.Zero.Inverse());
    }

    [Fact]
    public void TrySqrt_RandomElements_FindsRootExactlyForSquares()
    {
        var random = new Random(3);
        int squares = 0;
        for (int i = 0; i < Rounds / 4; i++)
        {
            BigInteger a = Below(random, P);
            bool isSquare = BigInteger.ModPow(a, (P - 1) / 2, P) != P - 1;

            bool found = ToFp(a).TrySqrt(out Fp root);

            Assert.Equal(isSquare, found);
            if (found)
            {
                squares++;
                Assert.Equal(a, ToBig(root) * ToBig(root) % P);
            }
        }

        Assert.InRange(squares, 1, Rounds / 4 - 1);
    }

    [Fact]
    public void TryRead_ValuesAtAndAboveModulus_Rejected()
    {
        foreach (BigInteger tooLarge in new[] { P, P + 1, (BigInteger.One << 256) - 1, BigInteger.One << 255 })
        {
            Assert.False(Fp.TryRead(ToBytes32(tooLarge), out _));
        }

        Assert.True(Fp.TryRead(ToBytes32(P - 1), out Fp largest));
        Assert.Equal(P - 1, ToBig(largest));
    }

    [Fact]
    public void WriteAndRead_RandomElements_RoundTrip()
    {
        var random = new Random(4);
        for (int i = 0; i < Rounds; i++)
        {
            BigInteger a = Below(random, P);
            byte[] bytes = ToBytes32(a);
            Assert.True(Fp.TryRead(bytes, out Fp x));

            var written = new byte[32];
            x.Write(written);

            Assert.Equal(bytes, written);
        }
    }

    [Fact]
    public void Constants_OneAndSmallIntegers_AreCanonical()
    {
        Assert.Equal(BigInteger.One, ToBig(Fp.One));
        Assert.Equal(new BigInteger(9), ToBig(Fp.FromUInt64(9)));
        Assert.Equal(ToFp(P - 1), -Fp.One);
        Assert.Equal("0x" + new string('0', 63) + "3", Fp.FromUInt64(3).ToString());
    }
}
