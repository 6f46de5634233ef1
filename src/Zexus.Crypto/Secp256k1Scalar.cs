using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// Arithmetic modulo the order n of secp256k1's base point (SEC 2, section 2.4.1), on
/// <see cref="UInt256"/> values below n, and the width-w non-adjacent form that scalar
/// multiplication walks. ECDSA needs only a handful of these per signature, so plain
/// <see cref="UInt256.MulMod"/> is fast enough.
/// </summary>
internal static class Secp256k1Scalar
{
    /// <summary>The group order n.</summary>
    public static UInt256 Order { get; } = new(0xBFD25E8CD0364141UL, 0xBAAEDCE6AF48A03BUL, 0xFFFFFFFFFFFFFFFEUL, 0xFFFFFFFFFFFFFFFFUL);

    /// <summary>⌊n / 2⌋: a signature is low-s when s ≤ this.</summary>
    public static UInt256 HalfOrder { get; } = Order >> 1;

    /// <summary>Whether 1 ≤ a &lt; n.</summary>
    public static bool IsValid(in UInt256 a) => !a.IsZero && a < Order;

    /// <summary>a mod n for any 256-bit a (one subtraction at most, since 2²⁵⁶ &lt; 2n).</summary>
    public static UInt256 Reduce(in UInt256 a) => a >= Order ? a - Order : a;

    public static UInt256 Multiply(in UInt256 a, in UInt256 b)
    {
        UInt256.MulMod(a, b, Order, out UInt256 product);
        return product;
    }

    public static UInt256 Add(in UInt256 a, in UInt256 b)
    {
        UInt256.AddMod(a, b, Order, out UInt256 sum);
        return sum;
    }

    public static UInt256 Negate(in UInt256 a) => a.IsZero ? a : Order - a;

    /// <summary>a⁻¹ mod n for 0 &lt; a &lt; n.</summary>
    public static UInt256 Invert(in UInt256 a) => ModularInverse.Invert(a, Order);

    /// <summary>
    /// Writes the width-<paramref name="window"/> NAF of k into <paramref name="digits"/> (least
    /// significant first): every non-zero digit is odd with |d| &lt; 2^(w−1), and any w
    /// consecutive digits hold at most one non-zero. Returns the number of digits used.
    /// </summary>
    /// <param name="k">The scalar, below 2²⁵⁶.</param>
    /// <param name="window">w, 2 to 8.</param>
    /// <param name="digits">At least 257 entries.</param>
    public static int ToWindowNaf(in UInt256 k, int window, Span<short> digits)
    {
        digits[..257].Clear();
        int length = 0;
        int carry = 0;
        int bit = 0;
        while (bit < 256 || carry != 0)
        {
            if (BitsAt(k, bit, 1) == (uint)carry)
            {
                bit++;
                continue;
            }

            // The window starting here, plus the carry of the previous negative digit.
            int value = (int)BitsAt(k, bit, window) + carry;
            carry = (value >> (window - 1)) & 1;
            value -= carry << window;
            digits[bit] = (short)value;
            length = bit + 1;
            bit += window;
        }

        return length;
    }

    /// <summary>Bits [bit, bit + count) of k, count ≤ 16 (bits past 255 read as 0).</summary>
    private static uint BitsAt(in UInt256 k, int bit, int count)
    {
        if (bit >= 256)
        {
            return 0;
        }

        int limb = bit >> 6;
        int shift = bit & 63;
        ulong bits = Limb(k, limb) >> shift;
        if (shift + count > 64 && limb < 3)
        {
            bits |= Limb(k, limb + 1) << (64 - shift);
        }

        return (uint)(bits & ((1UL << count) - 1));
    }

    private static ulong Limb(in UInt256 k, int index) => index switch
    {
        0 => k.u0,
        1 => k.u1,
        2 => k.u2,
        _ => k.u3,
    };
}
