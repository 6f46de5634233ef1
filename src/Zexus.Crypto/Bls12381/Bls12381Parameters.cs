using System.Globalization;
using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>The parameters of the BLS12-381 curve family member (EIP-2537, "Curve parameters").</summary>
public static class Bls12381Parameters
{
    /// <summary>The order r of G1, G2 and GT (the "main subgroup order q" of EIP-2537, BLS_MODULUS of EIP-4844).</summary>
    public static readonly BigInteger R = Hex("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001");

    /// <summary>|x| for the curve parameter x = −0xd201000000010000 (the Miller loop scalar; x is negative).</summary>
    public const ulong AbsX = 0xd201000000010000;

    /// <summary>The big-endian 32-byte encoding of <see cref="R"/>.</summary>
    public static ReadOnlySpan<byte> RBigEndian => RBytes;

    private static readonly byte[] RBytes = R.ToByteArray(isUnsigned: true, isBigEndian: true);

    /// <summary>Parses a hexadecimal constant as a non-negative integer.</summary>
    internal static BigInteger Hex(string digits) =>
        BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
