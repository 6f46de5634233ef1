using System.Numerics;
using Zexus.Crypto.ModExp;
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
    /// extended Euclidean algorithm on (n, λ) as in GLV section 4; here b₁ is negative and b₂ = a₁
    /// (a₂ is not needed: k₁ follows from k − k₂·λ).
    /// </summary>
    private static readonly BigInteger A1 = Parse("3086D221A7D46BCDE86C90E49284EB15");
    private static readonly BigInteger MinusB1Big = Parse("E4437ED6010E88286F547FA90ABFE4C3");

    private static readonly UInt256 MinusB1 = UInt256.FromBigInteger(MinusB1Big);
    private static readonly UInt256 B2 = UInt256.FromBigInteger(A1);

    /// <summary>round(2³⁸⁴ · b₂ / n) and round(2³⁸⁴ · (−b₁) / n), so that c = round(k · g / 2³⁸⁴) ≈ round(k · b / n).</summary>
    private static readonly UInt256 G1 = Rounded384(A1);
    private static readonly UInt256 G2 = Rounded384(MinusB1Big);

    /// <summary>
    /// k = k₁ + k₂·λ (mod n) with |k₁|, |k₂| of about 128 bits: c₁ = round(b₂·k / n) and
    /// c₂ = round(−b₁·k / n) give k₂ = −c₁·b₁ − c₂·b₂ and k₁ = k − k₂·λ. The rounding uses
    /// precomputed 2³⁸⁴-scaled quotients, so nothing is divided or allocated per call; the
    /// recombination is exact whatever the rounding.
    /// </summary>
    /// <returns>The magnitudes of k₁ and k₂ with their signs.</returns>
    public static (UInt256 K1, bool K1Negative, UInt256 K2, bool K2Negative) Split(in UInt256 k)
    {
        UInt256 c1 = MultiplyShift384(k, G1);
        UInt256 c2 = MultiplyShift384(k, G2);
        UInt256 k2 = Secp256k1Scalar.Add(
            Secp256k1Scalar.Multiply(c1, MinusB1),
            Secp256k1Scalar.Negate(Secp256k1Scalar.Multiply(c2, B2)));
        UInt256 k1 = Secp256k1Scalar.Add(k, Secp256k1Scalar.Negate(Secp256k1Scalar.Multiply(k2, Lambda)));
        bool k1Negative = k1 > Secp256k1Scalar.HalfOrder;
        bool k2Negative = k2 > Secp256k1Scalar.HalfOrder;
        return (k1Negative ? Secp256k1Scalar.Negate(k1) : k1, k1Negative, k2Negative ? Secp256k1Scalar.Negate(k2) : k2, k2Negative);
    }

    /// <summary>φ(P) = (β·x, y).</summary>
    public static Secp256k1AffinePoint Apply(in Secp256k1AffinePoint point) =>
        new(Secp256k1FieldElement.Multiply(point.X, Beta), point.Y);

    /// <summary>round(a · b / 2³⁸⁴) from the full 512-bit product.</summary>
    private static UInt256 MultiplyShift384(in UInt256 a, in UInt256 b)
    {
        Span<ulong> product = stackalloc ulong[8];
        product.Clear();
        ReadOnlySpan<ulong> x = [a.u0, a.u1, a.u2, a.u3];
        ReadOnlySpan<ulong> y = [b.u0, b.u1, b.u2, b.u3];
        for (int i = 0; i < 4; i++)
        {
            ulong carry = 0;
            for (int j = 0; j < 4; j++)
            {
                product[i + j] = Limbs.MulAdd(x[i], y[j], product[i + j], ref carry);
            }

            product[i + 4] = carry;
        }

        return new UInt256(product[6], product[7], 0, 0) + new UInt256(product[5] >> 63);
    }

    private static UInt256 Rounded384(BigInteger b)
    {
        BigInteger n = Secp256k1Scalar.Order.ToBigInteger();
        return UInt256.FromBigInteger(((b << 384) + (n >> 1)) / n);
    }

    private static BigInteger Parse(string hex) => new(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true);
}
