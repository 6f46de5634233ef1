using System.Runtime.CompilerServices;

namespace Zexus.Primitives;

/// <summary>
/// The opcodes that read a word as a two's-complement signed number in [-2^255, 2^255): SDIV,
/// SMOD, SLT, SGT, SIGNEXTEND (Yellow Paper appendix H.2) and SAR (EIP-145).
/// </summary>
internal static class UInt256Signed
{
    private const ulong SignBit = 1UL << 63;

    /// <summary>
    /// SDIV: the quotient truncated toward zero; 0 when b = 0. |−2^255| wraps to 2^255, whose
    /// quotient by 1 negates back to −2^255, which is what the Yellow Paper requires for
    /// SDIV(−2^255, −1).
    /// </summary>
    internal static void SDiv(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        bool negativeA = a.IsNegative;
        bool negativeB = b.IsNegative;
        UInt256 absA = Abs(a, negativeA);
        UInt256 absB = Abs(b, negativeB);
        UInt256Division.Divide(absA, absB, out UInt256 q);
        result = negativeA != negativeB ? -q : q;
    }

    /// <summary>SMOD: sign(a)·(|a| mod |b|); 0 when b = 0.</summary>
    internal static void SMod(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        bool negativeA = a.IsNegative;
        UInt256 absA = Abs(a, negativeA);
        UInt256 absB = Abs(b, b.IsNegative);
        UInt256Division.Mod(absA, absB, out UInt256 r);
        result = negativeA ? -r : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UInt256 Abs(in UInt256 x, bool negative) => negative ? -x : x;

    /// <summary>
    /// SLT: signed a &lt; b. Flipping both sign bits maps [−2^255, 2^255) monotonically onto
    /// [0, 2^256), so the unsigned borrow chain decides it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool LessThan(in UInt256 a, in UInt256 b)
    {
        ulong borrow = 0;
        _ = UInt256Arithmetic.SubtractWithBorrow(a.u0, b.u0, ref borrow);
        _ = UInt256Arithmetic.SubtractWithBorrow(a.u1, b.u1, ref borrow);
        _ = UInt256Arithmetic.SubtractWithBorrow(a.u2, b.u2, ref borrow);
        _ = UInt256Arithmetic.SubtractWithBorrow(a.u3 ^ SignBit, b.u3 ^ SignBit, ref borrow);
        return borrow != 0;
    }

    /// <summary>
    /// SAR (EIP-145): ⌊value ÷ 2^shift⌋ rounded toward −∞. For a negative value this is
    /// NOT(SHR(shift, NOT value)); a shift ≥ 256 gives 0 or −1 by the sign.
    /// </summary>
    internal static void Sar(in UInt256 shift, in UInt256 value, out UInt256 result)
    {
        bool negative = value.IsNegative;
        UInt256 x = negative ? ~value : value;
        UInt256Bits.ShiftRight(shift, x, out UInt256 shifted);
        result = negative ? ~shifted : shifted;
    }

    /// <summary>
    /// SIGNEXTEND: with t = 8(b + 1) - 1 the sign bit of the low b + 1 bytes, bits above t
    /// become copies of bit t (Yellow Paper appendix H.2); x unchanged when b ≥ 31.
    /// </summary>
    internal static void SignExtend(in UInt256 b, in UInt256 x, out UInt256 result)
    {
        if ((b.u1 | b.u2 | b.u3) != 0 || b.u0 >= 31)
        {
            result = x;
            return;
        }

        int signBit = ((int)b.u0 * 8) + 7;
        int limbIndex = signBit >> 6;
        int bit = signBit & 63;
        ulong limb = UInt256Bits.Limb(x, limbIndex);

        // 2 << 63 wraps to 0, so lowMask is all ones when the sign bit is a limb's top bit.
        ulong lowMask = (2UL << bit) - 1;
        bool negative = ((limb >> bit) & 1) != 0;
        ulong fill = negative ? ulong.MaxValue : 0;
        ulong extended = negative ? limb | ~lowMask : limb & lowMask;

        result = limbIndex switch
        {
            0 => new UInt256(extended, fill, fill, fill),
            1 => new UInt256(x.u0, extended, fill, fill),
            2 => new UInt256(x.u0, x.u1, extended, fill),
            _ => new UInt256(x.u0, x.u1, x.u2, extended),
        };
    }
}
