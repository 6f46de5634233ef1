using System.Numerics;
using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// The GLV endomorphism of secp256k1 (Gallant, Lambert, Vanstone, "Faster point multiplication on
/// elliptic curves with efficient endomorphisms", 2001): φ(x, y) = (β·x, y) equals λ·(x, y), where
/// β is a cube root of unity mod p and λ one mod n. A scalar k splits into k₁ + k₂·λ with k₁, k₂ of
/// about 128 bits, so k·P = k₁·P + k₂·φ(P) needs half the doublings.
/// </summary>
internal static class Secp256k1Endomorphism
{
    /// <summary>β, a non-trivial cube root of 1 modulo p.</summary>
    public static Secp256k1FieldElement Beta { get; } =
        new(0xC1396C28719501EEUL, 0x9CF0497512F58995UL, 0x6E64479EAC3434E9UL, 0x7AE96A2B657C0710UL);

    /// <summary>λ, the cube root of 1 modulo n with φ(P) = λ·P.</summary>
    public static UInt256 Lambda { get; } =
        new(0xDF02967C1B23BD72UL, 0x122E22EA20816678UL, 0xA5261C028812645AUL, 0x5363AD4CC05C30E0UL);

    /// <summary>
    /// A short basis (a₁, b₁), (a₂, b₂) of the lattice {(x, y) : x + y·λ ≡ 0 mod n}, from the
    /// extended Euclidean algorithm on (n, λ) as in GLV section 4.
    /// </summary>
    private static readonly BigInteger A1 = Parse("3086D221A7D46BCDE86C90E49284EB15");
    private static readonly BigInteger B1 = -Parse("E4437ED6010E88286F547FA90ABFE4C3");
    private static readonly BigInteger A2 = Parse("0114CA50F7A8E2F3F657C1108D9D44CFD8");
    private static readonly BigInteger B2 = A1;
    private static readonly BigInteger N = Secp256k1Scalar.Order.ToBigInteger();

    /// <summary>
    /// k = k₁ + k₂·λ (mod n) with |k₁|, |k₂| &lt; 2¹²⁹: the closest lattice vector to (k, 0) is
    /// subtracted, c₁ = round(b₂·k / n), c₂ = round(−b₁·k / n).
    /// </summary>
    /// <returns>The magnitudes of k₁ and k₂ with their signs.</returns>
    public static (UInt256 K1, bool K1Negative, UInt256 K2, bool K2Negative) Split(in UInt256 k)
    {
        BigInteger value = k.ToBigInteger();
        BigInteger c1 = RoundedDivide(B2 * value, N);
        BigInteger c2 = RoundedDivide(-B1 * value, N);
        BigInteger k1 = value - (c1 * A1) - (c2 * A2);
        BigInteger k2 = -(c1 * B1) - (c2 * B2);
        return (UInt256.FromBigInteger(BigInteger.Abs(k1)), k1.Sign < 0, UInt256.FromBigInteger(BigInteger.Abs(k2)), k2.Sign < 0);
    }

    /// <summary>φ(P) = (β·x, y).</summary>
    public static Secp256k1AffinePoint Apply(in Secp256k1AffinePoint point) =>
        new(Secp256k1FieldElement.Multiply(point.X, Beta), point.Y);

    /// <summary>round(a / b) for b &gt; 0 and a ≥ 0.</summary>
    private static BigInteger RoundedDivide(BigInteger a, BigInteger b) => ((2 * a) + b) / (2 * b);

    private static BigInteger Parse(string hex) => new(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true);
}
