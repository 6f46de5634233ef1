using System.Numerics;

namespace Zexus.Crypto;

/// <summary>
/// The secp256k1 domain parameters (SEC 2, section 2.4.1) and arithmetic in its prime field F_p
/// and scalar field Z_n, on non-negative <see cref="BigInteger"/> values.
/// </summary>
/// <remarks>
/// The curve is y² = x³ + 7 over F_p. Every field helper takes reduced operands (0 ≤ a &lt; p) and
/// returns reduced results. None of this is constant-time.
/// </remarks>
internal static class Secp256k1Curve
{
    /// <summary>The field prime p = 2²⁵⁶ − 2³² − 977.</summary>
    public static readonly BigInteger P = Parse("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F");

    /// <summary>The order n of the base point G (LANGUAGE.md section 9.7).</summary>
    public static readonly BigInteger N = Parse("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");

    /// <summary>⌊n / 2⌋: a signature is low-s when s ≤ this.</summary>
    public static readonly BigInteger HalfN = N >> 1;

    /// <summary>The x coordinate of the base point G.</summary>
    public static readonly BigInteger Gx = Parse("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798");

    /// <summary>The y coordinate of the base point G.</summary>
    public static readonly BigInteger Gy = Parse("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8");

    /// <summary>The curve constant b.</summary>
    public static readonly BigInteger B = 7;

    /// <summary>(p + 1) / 4: since p ≡ 3 (mod 4), a^((p+1)/4) is a square root of a square a.</summary>
    private static readonly BigInteger SqrtExponent = (P + 1) >> 2;

    private static readonly BigInteger PMinus2 = P - 2;

    private static readonly BigInteger NMinus2 = N - 2;

    /// <summary>The big-endian unsigned integer of <paramref name="bytes"/>.</summary>
    public static BigInteger FromBigEndian(ReadOnlySpan<byte> bytes) =>
        new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>Writes 0 ≤ <paramref name="value"/> &lt; 2²⁵⁶ as 32 big-endian bytes.</summary>
    public static void WriteBigEndian32(BigInteger value, Span<byte> destination)
    {
        Span<byte> slot = destination[..32];
        slot.Clear();
        int length = value.GetByteCount(isUnsigned: true);
        if (!value.TryWriteBytes(slot[(32 - length)..], out _, isUnsigned: true, isBigEndian: true))
        {
            throw new InvalidOperationException("The value does not fit in 32 bytes.");
        }
    }

    /// <summary>a · b mod p.</summary>
    public static BigInteger MulMod(BigInteger a, BigInteger b) => a * b % P;

    /// <summary>a² mod p.</summary>
    public static BigInteger SquareMod(BigInteger a) => a * a % P;

    /// <summary>a + b mod p.</summary>
    public static BigInteger AddMod(BigInteger a, BigInteger b)
    {
        BigInteger sum = a + b;
        return sum >= P ? sum - P : sum;
    }

    /// <summary>a − b mod p.</summary>
    public static BigInteger SubMod(BigInteger a, BigInteger b)
    {
        BigInteger difference = a - b;
        return difference.Sign < 0 ? difference + P : difference;
    }

    /// <summary>a⁻¹ mod p by Fermat's little theorem (a ≠ 0).</summary>
    public static BigInteger Invert(BigInteger a) => BigInteger.ModPow(a, PMinus2, P);

    /// <summary>a⁻¹ mod n by Fermat's little theorem (0 &lt; a &lt; n).</summary>
    public static BigInteger InvertScalar(BigInteger a) => BigInteger.ModPow(a, NMinus2, N);

    /// <summary>x³ + 7 mod p, the right-hand side of the curve equation.</summary>
    public static BigInteger CurveRightHandSide(BigInteger x) => AddMod(MulMod(SquareMod(x), x), B);

    /// <summary>Whether the affine point (x, y), both below p, satisfies y² = x³ + 7.</summary>
    public static bool IsOnCurve(BigInteger x, BigInteger y) => SquareMod(y) == CurveRightHandSide(x);

    /// <summary>
    /// The y with the given parity such that (x, y) is on the curve (SEC 1, section 2.3.4, step
    /// 2.4.1): y = (x³ + 7)^((p+1)/4), checked, since x³ + 7 need not be a square.
    /// </summary>
    public static bool TryLiftX(BigInteger x, bool oddY, out BigInteger y)
    {
        y = BigInteger.Zero;
        if (x.Sign < 0 || x >= P)
        {
            return false;
        }

        BigInteger rightHandSide = CurveRightHandSide(x);
        BigInteger root = BigInteger.ModPow(rightHandSide, SqrtExponent, P);
        if (SquareMod(root) != rightHandSide)
        {
            return false;
        }

        if (!root.IsEven != oddY)
        {
            root = root.IsZero ? root : P - root;
        }

        y = root;
        return true;
    }

    private static BigInteger Parse(string hex) => FromBigEndian(Convert.FromHexString(hex));
}
