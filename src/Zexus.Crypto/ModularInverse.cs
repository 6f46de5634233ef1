using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// Inversion modulo an odd 256-bit modulus by the binary extended Euclidean algorithm (Menezes,
/// van Oorschot, Vanstone, Handbook of Applied Cryptography, algorithm 14.61 in its
/// odd-modulus form): only shifts, additions and subtractions, so it is several times faster
/// than Fermat exponentiation. Variable-time.
/// </summary>
internal static class ModularInverse
{
    /// <summary>a⁻¹ mod m for odd m and 0 &lt; a &lt; m with gcd(a, m) = 1 (m prime in every caller).</summary>
    /// <exception cref="ArgumentException">a is 0, or m is even.</exception>
    public static UInt256 Invert(in UInt256 a, in UInt256 modulus)
    {
        if (a.IsZero || (modulus.u0 & 1) == 0)
        {
            throw new ArgumentException("Only a non-zero number has an inverse modulo an odd modulus.", nameof(a));
        }

        // Invariants: x1 · a ≡ u and x2 · a ≡ v (mod m).
        UInt256 u = a, v = modulus, x1 = UInt256.One, x2 = UInt256.Zero;
        while (u != UInt256.One && v != UInt256.One)
        {
            while ((u.u0 & 1) == 0)
            {
                u >>= 1;
                x1 = Halve(x1, modulus);
            }

            while ((v.u0 & 1) == 0)
            {
                v >>= 1;
                x2 = Halve(x2, modulus);
            }

            if (u >= v)
            {
                u -= v;
                x1 = SubtractMod(x1, x2, modulus);
            }
            else
            {
                v -= u;
                x2 = SubtractMod(x2, x1, modulus);
            }

            if (u.IsZero || v.IsZero)
            {
                throw new ArgumentException("The number shares a factor with the modulus.", nameof(a));
            }
        }

        return u == UInt256.One ? x1 : x2;
    }

    /// <summary>x / 2 mod m: x itself halved when even, else (x + m) / 2 with the 257th bit kept.</summary>
    private static UInt256 Halve(in UInt256 x, in UInt256 modulus)
    {
        if ((x.u0 & 1) == 0)
        {
            return x >> 1;
        }

        bool carry = UInt256.AddOverflow(x, modulus, out UInt256 sum);
        UInt256 half = sum >> 1;
        return carry ? half | new UInt256(0, 0, 0, 1UL << 63) : half;
    }

    private static UInt256 SubtractMod(in UInt256 x, in UInt256 y, in UInt256 modulus) =>
        UInt256.SubUnderflow(x, y, out UInt256 difference) ? difference + modulus : difference;
}
