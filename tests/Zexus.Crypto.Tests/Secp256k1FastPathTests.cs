using System.Numerics;
using Zexus.Primitives;
using F = Zexus.Crypto.Secp256k1FieldElement;

namespace Zexus.Crypto.Tests;

/// <summary>The limb arithmetic, the GLV split and the multiplication behind <see cref="Secp256k1Managed"/>, against <see cref="BigInteger"/>.</summary>
public class Secp256k1FastPathTests
{
    private static readonly BigInteger P = F.Prime.ToBigInteger();
    private static readonly BigInteger N = Secp256k1Scalar.Order.ToBigInteger();

    private static BigInteger Big(in F value) => value.ToUInt256().ToBigInteger();

    private static F Element(BigInteger value)
    {
        Assert.True(F.TryCreate(UInt256.FromBigInteger(value), out F element));
        return element;
    }

    private static BigInteger RandomBelow(Random random, BigInteger bound)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) % bound;
    }

    private static readonly string[] EdgeValues =
    [
        "00", "01", "02",
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e", // p − 1
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2d", // p − 2
        "00000000000000000000000000000000000000000000000000000001000003d1", // 2^256 − p
        "fffffffffffffffffffffffffffffffffffffffffffffffffffffffe00000000",
        "0000000000000000000000000000000100000000000000000000000000000000",
    ];

    [Fact]
    public void FieldArithmetic_RandomAndEdgeOperands_MatchBigInteger()
    {
        var random = new Random(5);
        var values = EdgeValues.Select(hex => new BigInteger(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true)).ToList();
        for (int i = 0; i < 200; i++)
        {
            values.Add(RandomBelow(random, P));
        }

        foreach (BigInteger a in values)
        {
            foreach (BigInteger b in values.Take(12))
            {
                F x = Element(a), y = Element(b);
                Assert.Equal((a * b) % P, Big(F.Multiply(x, y)));
                Assert.Equal((a + b) % P, Big(F.Add(x, y)));
                Assert.Equal(((a - b) % P + P) % P, Big(F.Subtract(x, y)));
            }

            Assert.Equal((a * a) % P, Big(F.Square(Element(a))));
            if (!a.IsZero)
            {
                Assert.Equal(BigInteger.ModPow(a, P - 2, P), Big(F.Invert(Element(a))));
            }

            bool isSquare = BigInteger.ModPow(a, (P - 1) / 2, P) <= 1;
            Assert.Equal(isSquare, F.TrySqrt(Element(a), out F root));
            if (isSquare)
            {
                Assert.Equal(a, (Big(root) * Big(root)) % P);
            }
        }
    }

    [Fact]
    public void FieldElement_ValueAtOrAbovePrime_IsRejected()
    {
        Assert.False(F.TryCreate(F.Prime, out _));
        Assert.False(F.TryCreate(UInt256.MaxValue, out _));
    }

    [Fact]
    public void Endomorphism_Constants_AreCubeRootsAndMapGeneratorToLambdaTimesGenerator()
    {
        BigInteger beta = Big(Secp256k1Endomorphism.Beta);
        BigInteger lambda = Secp256k1Endomorphism.Lambda.ToBigInteger();
        Assert.Equal(BigInteger.One, BigInteger.ModPow(beta, 3, P));
        Assert.Equal(BigInteger.One, BigInteger.ModPow(lambda, 3, N));

        Secp256k1AffinePoint phi = Secp256k1Endomorphism.Apply(Secp256k1AffinePoint.Generator);
        Assert.True(Secp256k1Multiplication.MultiplyGenerator(Secp256k1Endomorphism.Lambda).TryToAffine(out Secp256k1AffinePoint lambdaG));
        Assert.Equal(phi.X, lambdaG.X);
        Assert.Equal(phi.Y, lambdaG.Y);
    }

    [Fact]
    public void Split_RandomAndEdgeScalars_RecombineAndAreShort()
    {
        BigInteger lambda = Secp256k1Endomorphism.Lambda.ToBigInteger();
        var random = new Random(8);
        var scalars = new List<BigInteger> { 0, 1, N - 1, N / 2, lambda, N - lambda };
        for (int i = 0; i < 300; i++)
        {
            scalars.Add(RandomBelow(random, N));
        }

        foreach (BigInteger k in scalars)
        {
            (UInt256 k1, bool k1Negative, UInt256 k2, bool k2Negative) = Secp256k1Endomorphism.Split(UInt256.FromBigInteger(k));
            BigInteger first = k1Negative ? -k1.ToBigInteger() : k1.ToBigInteger();
            BigInteger second = k2Negative ? -k2.ToBigInteger() : k2.ToBigInteger();
            Assert.Equal(k, (((first + (second * lambda)) % N) + N) % N);
            Assert.True(UInt256.BitLength(k1) <= 129 && UInt256.BitLength(k2) <= 129, $"split of {k} too long");
        }
    }

    [Fact]
    public void WindowNaf_RandomScalars_RecombineWithValidDigits()
    {
        var random = new Random(9);
        var digits = new short[257];
        foreach (int window in new[] { 2, 5, 12 })
        {
            for (int i = 0; i < 100; i++)
            {
                var bytes = new byte[32];
                random.NextBytes(bytes);
                var k = new UInt256(bytes);
                int length = Secp256k1Scalar.ToWindowNaf(k, window, digits);
                BigInteger sum = BigInteger.Zero;
                for (int j = length - 1; j >= 0; j--)
                {
                    sum = (sum << 1) + digits[j];
                    Assert.True(digits[j] == 0 || (Math.Abs((int)digits[j]) % 2 == 1 && Math.Abs((int)digits[j]) < 1 << (window - 1)));
                }

                Assert.Equal(k.ToBigInteger(), sum);
            }
        }
    }

    [Fact]
    public void ScalarInverse_RandomScalars_MatchesFermat()
    {
        var random = new Random(10);
        for (int i = 0; i < 100; i++)
        {
            BigInteger a = RandomBelow(random, N - 1) + 1;
            Assert.Equal(BigInteger.ModPow(a, N - 2, N), Secp256k1Scalar.Invert(UInt256.FromBigInteger(a)).ToBigInteger());
        }

        Assert.Throws<ArgumentException>(() => Secp256k1Scalar.Invert(UInt256.Zero));
    }
}
