using System.Globalization;
using System.Numerics;
using Zexus.Crypto.Bn254;

namespace Zexus.Crypto.Tests.Bn254;

/// <summary>BigInteger oracles and seeded random elements, scalars and points for the BN254 tests.</summary>
internal static class Bn254Random
{
    /// <summary>The field prime p (EIP-196).</summary>
    public static readonly BigInteger P = BigInteger.Parse(
        "21888242871839275222246405745257275088696311157297823662689037894645226208583", CultureInfo.InvariantCulture);

    /// <summary>The group order r (EIP-196).</summary>
    public static readonly BigInteger R = BigInteger.Parse(
        "21888242871839275222246405745257275088548364400416034343698204186575808495617", CultureInfo.InvariantCulture);

    /// <summary>The 32-byte big-endian encoding of 0 ≤ value &lt; 2²⁵⁶.</summary>
    public static byte[] ToBytes32(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }

    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    public static Fp ToFp(BigInteger value)
    {
        Assert.True(Fp.TryRead(ToBytes32(value), out Fp result));
        return result;
    }

    public static BigInteger ToBig(in Fp value)
    {
        var bytes = new byte[32];
        value.Write(bytes);
        return FromBytes(bytes);
    }

    /// <summary>A uniformly random integer below <paramref name="modulus"/>.</summary>
    public static BigInteger Below(Random random, BigInteger modulus)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return FromBytes(bytes) % modulus;
    }

    public static Fp NextFp(Random random) => ToFp(Below(random, P));

    public static Fp2 NextFp2(Random random) => new(NextFp(random), NextFp(random));

    public static Fp6 NextFp6(Random random) => new(NextFp2(random), NextFp2(random), NextFp2(random));

    public static Fp12 NextFp12(Random random) => new(NextFp6(random), NextFp6(random));

    /// <summary>A random scalar 0 &lt; k &lt; r.</summary>
    public static BigInteger NextScalar(Random random) => Below(random, R - 1) + 1;

    public static CurvePoint<Fp> NextG1(Random random) => G1.Generator.Multiply(ToBytes32(NextScalar(random)));

    public static CurvePoint<Fp2> NextG2(Random random) => G2.Generator.Multiply(ToBytes32(NextScalar(random)));

    /// <summary>A random point of the twist curve: almost surely outside the order-r subgroup.</summary>
    public static CurvePoint<Fp2> NextTwistPoint(Random random)
    {
        while (true)
        {
            Fp2 x = NextFp2(random);
            if ((x.Square() * x + G2.B).TrySqrt(out Fp2 y))
            {
                return CurvePoint<Fp2>.FromAffine(x, y);
            }
        }
    }
}
