using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Primitives;

/// <summary>
/// DIV and MOD (Yellow Paper appendix H.2; x ÷ 0 = x mod 0 = 0) and the multi-limb division the
/// modular operations reduce with: Knuth's algorithm D (TAOCP vol. 2, 4.3.1) over 64-bit limbs,
/// with quotient digits estimated by the 3-by-2 reciprocal step of Möller–Granlund
/// (<see cref="DivisionPrimitives"/>), which is never more than one too large.
/// </summary>
internal static class UInt256Division
{
    /// <summary>DIV.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Divide(in UInt256 a, in UInt256 b, out UInt256 quotient)
    {
        // PERF: UInt256Benchmarks.Div — most EVM divisions have 64-bit operands (scaling,
        // decimals); one hardware DIV, no normalization.
        if ((a.u1 | a.u2 | a.u3 | b.u1 | b.u2 | b.u3) == 0)
        {
            quotient = b.u0 == 0 ? default : new UInt256(a.u0 / b.u0);
            return;
        }

        DivRemLarge(a, b, out quotient, out _);
    }

    /// <summary>MOD.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Mod(in UInt256 a, in UInt256 b, out UInt256 remainder)
    {
        if ((a.u1 | a.u2 | a.u3 | b.u1 | b.u2 | b.u3) == 0)
        {
            remainder = b.u0 == 0 ? default : new UInt256(a.u0 % b.u0);
            return;
        }

        DivRemLarge(a, b, out _, out remainder);
    }

    /// <summary>Quotient and remainder; both 0 when b = 0.</summary>
    internal static void DivRem(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        if ((a.u1 | a.u2 | a.u3 | b.u1 | b.u2 | b.u3) == 0)
        {
            if (b.u0 == 0)
            {
                quotient = default;
                remainder = default;
                return;
            }

            ulong q = a.u0 / b.u0;
            remainder = new UInt256(a.u0 - (q * b.u0));
            quotient = new UInt256(q);
            return;
        }

        DivRemLarge(a, b, out quotient, out remainder);
    }

    /// <summary>The general case; operands are passed by value so the results may alias them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DivRemLarge(UInt256 a, UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        int n = LimbCount(b);
        if (n == 0)
        {
            quotient = default;
            remainder = default;
            return;
        }

        if (UInt256Arithmetic.LessThan(a, b))
        {
            quotient = default;
            remainder = a;
            return;
        }

        if (n == 1)
        {
            quotient = DivRemByUInt64(a, b.u0, out ulong r64);
            remainder = new UInt256(r64);
            return;
        }

        int m = LimbCount(a);
        Span<ulong> u = [a.u0, a.u1, a.u2, a.u3];
        Span<ulong> d = [b.u0, b.u1, b.u2, b.u3];
        Span<ulong> q = [0, 0, 0, 0];
        Span<ulong> r = [0, 0, 0, 0];
        DivRem(u[..m], d[..n], q, r);
        quotient = new UInt256(q[0], q[1], q[2], q[3]);
        remainder = new UInt256(r[0], r[1], r[2], r[3]);
    }

    /// <summary>
    /// a ÷ d for a non-zero 64-bit divisor, unrolled over the four limbs: normalize, then four
    /// 2-by-1 reciprocal steps.
    /// </summary>
    // PERF: UInt256Benchmarks.Div_ByOneLimb — the common EVM divisor (10^18, 2^96 scaled by a
    // shift, token decimals) fits a limb; no spans, no loops.
    private static UInt256 DivRemByUInt64(in UInt256 a, ulong divisor, out ulong remainder)
    {
        int shift = BitOperations.LeadingZeroCount(divisor);
        ulong d = divisor << shift;
        ulong reciprocal = DivisionPrimitives.Reciprocal2By1(d);
        ulong a0 = a.u0, a1 = a.u1, a2 = a.u2, a3 = a.u3;

        // (v >> 1) >> (63 - shift) is v >> (64 - shift), and 0 for shift = 0. The top piece is
        // below 2^shift ≤ d, as the first step requires.
        ulong n4 = (a3 >> 1) >> (63 - shift);
        ulong n3 = (a3 << shift) | ((a2 >> 1) >> (63 - shift));
        ulong n2 = (a2 << shift) | ((a1 >> 1) >> (63 - shift));
        ulong n1 = (a1 << shift) | ((a0 >> 1) >> (63 - shift));
        ulong n0 = a0 << shift;

        ulong q3 = DivisionPrimitives.DivRem2By1(n4, n3, d, reciprocal, out ulong r);
        ulong q2 = DivisionPrimitives.DivRem2By1(r, n2, d, reciprocal, out r);
        ulong q1 = DivisionPrimitives.DivRem2By1(r, n1, d, reciprocal, out r);
        ulong q0 = DivisionPrimitives.DivRem2By1(r, n0, d, reciprocal, out r);
        remainder = r >> shift;
        return new UInt256(q0, q1, q2, q3);
    }

    /// <summary>The number of limbs up to the most significant non-zero one (0 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LimbCount(in UInt256 x) =>
        x.u3 != 0 ? 4 : x.u2 != 0 ? 3 : x.u1 != 0 ? 2 : x.u0 != 0 ? 1 : 0;

    /// <summary>
    /// Divides the m-limb <paramref name="u"/> by the n-limb <paramref name="d"/> (1 ≤ n ≤ 4,
    /// n ≤ m ≤ 8, d[n - 1] ≠ 0). Writes the quotient to <paramref name="quotient"/>[0..m - n]
    /// and the remainder to <paramref name="remainder"/>[0..n); other elements are left as they are.
    /// </summary>
    internal static void DivRem(ReadOnlySpan<ulong> u, ReadOnlySpan<ulong> d, Span<ulong> quotient, Span<ulong> remainder)
    {
        int m = u.Length;
        int n = d.Length;
        int shift = BitOperations.LeadingZeroCount(d[n - 1]);

        if (n == 1)
        {
            DivRemByOneLimb(u, d[0], shift, quotient, remainder);
            return;
        }

        // D1: normalize so the top divisor limb has its top bit set; the numerator gains a limb.
        Span<ulong> dn = stackalloc ulong[4];
        ShiftLeft(d, shift, dn);
        Span<ulong> un = stackalloc ulong[9];
        un[m] = ShiftLeft(u, shift, un);

        ulong d1 = dn[n - 1];
        ulong d0 = dn[n - 2];
        ulong reciprocal = DivisionPrimitives.Reciprocal3By2(d1, d0);

        for (int j = m - n; j >= 0; j--)
        {
            ulong u2 = un[j + n];
            ulong u1 = un[j + n - 1];
            ulong qhat;
            if (u2 == d1 && u1 == d0)
            {
                qhat = QuotientDigitOverflow(un.Slice(j, n + 1), dn[..n]);
            }
            else
            {
                // D3-D6 with the 3-by-2 step: its remainder already accounts for the top two
                // divisor limbs, so only the lower n - 2 are multiplied and subtracted.
                qhat = DivisionPrimitives.DivRem3By2(u2, u1, un[j + n - 2], d1, d0, reciprocal, out ulong r1, out ulong r0);
                ulong borrow = SubtractMultiple(un.Slice(j, n - 2), dn[..(n - 2)], qhat);
                ulong b = 0;
                un[j + n - 2] = UInt256Arithmetic.SubtractWithBorrow(r0, borrow, ref b);
                un[j + n - 1] = UInt256Arithmetic.SubtractWithBorrow(r1, 0, ref b);
                if (b != 0)
                {
                    qhat--;
                    ulong carry = AddInPlace(un.Slice(j, n - 1), dn[..(n - 1)]);
                    un[j + n - 1] += d1 + carry;
                }
            }

            if (j < quotient.Length)
            {
                quotient[j] = qhat;
            }
        }

        // D8: unnormalize the remainder (it is below the normalized divisor, so n limbs hold it).
        for (int i = 0; i < n - 1; i++)
        {
            remainder[i] = (un[i] >> shift) | ((un[i + 1] << 1) << (63 - shift));
        }

        remainder[n - 1] = un[n - 1] >> shift;
    }

    /// <summary>
    /// The digit step when the top two limbs of the window equal the divisor's: the 3-by-2 estimate
    /// would not fit a limb, and the true digit is β - 1 (the window is at least
    /// (d1·β + d0)·β^(n-1) and the divisor below (d1·β + d0 + 1)·β^(n-2)). Subtracts it from the
    /// window generically and adds back if that ever proves one too many.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong QuotientDigitOverflow(Span<ulong> window, ReadOnlySpan<ulong> dn)
    {
        int n = dn.Length;
        ulong qhat = ulong.MaxValue;
        ulong borrow = SubtractMultiple(window[..n], dn, qhat);
        ulong top = window[n];
        window[n] = top - borrow;
        if (top < borrow)
        {
            qhat--;
            window[n] += AddInPlace(window[..n], dn);
        }

        return qhat;
    }

    private static void DivRemByOneLimb(ReadOnlySpan<ulong> u, ulong divisor, int shift, Span<ulong> quotient, Span<ulong> remainder)
    {
        ulong d = divisor << shift;
        ulong reciprocal = DivisionPrimitives.Reciprocal2By1(d);
        int m = u.Length;

        // The bits shifted out of the top limb start the running remainder (below 2^shift ≤ d).
        ulong r = (u[m - 1] >> 1) >> (63 - shift);
        for (int i = m - 1; i >= 0; i--)
        {
            ulong limb = u[i] << shift;
            if (i > 0)
            {
                limb |= (u[i - 1] >> 1) >> (63 - shift);
            }

            ulong q = DivisionPrimitives.DivRem2By1(r, limb, d, reciprocal, out r);
            if (i < quotient.Length)
            {
                quotient[i] = q;
            }
        }

        remainder[0] = r >> shift;
    }

    /// <summary>
    /// destination[0..x.Length) = x shifted left by <paramref name="shift"/> (0..63) bits; returns
    /// the bits shifted out of the top. <c>(v &gt;&gt; 1) &gt;&gt; (63 - shift)</c> is
    /// <c>v &gt;&gt; (64 - shift)</c> without C#'s count masking turning a shift of 64 into 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShiftLeft(ReadOnlySpan<ulong> x, int shift, Span<ulong> destination)
    {
        ulong top = (x[^1] >> 1) >> (63 - shift);
        for (int i = x.Length - 1; i > 0; i--)
        {
            destination[i] = (x[i] << shift) | ((x[i - 1] >> 1) >> (63 - shift));
        }

        destination[0] = x[0] << shift;
        return top;
    }

    /// <summary>x -= y·multiplier over x's length; returns the limb borrowed out of the top.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong SubtractMultiple(Span<ulong> x, ReadOnlySpan<ulong> y, ulong multiplier)
    {
        ulong borrow = 0;
        for (int i = 0; i < x.Length; i++)
        {
            ulong high = UInt256Arithmetic.MultiplyAdd(y[i], multiplier, borrow, out ulong low);
            ulong xi = x[i];
            x[i] = xi - low;
            borrow = high + (xi < low ? 1UL : 0UL);
        }

        return borrow;
    }

    /// <summary>x += y over x's length; returns the carry out (0 or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong AddInPlace(Span<ulong> x, ReadOnlySpan<ulong> y)
    {
        ulong carry = 0;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = UInt256Arithmetic.AddWithCarry(x[i], y[i], ref carry);
        }

        return carry;
    }
}
