using System.Runtime.CompilerServices;

namespace Zexus.Primitives;

/// <summary>
/// Addition, subtraction, multiplication and unsigned comparison of <see cref="UInt256"/>
/// (ADD, SUB, MUL, LT, GT; Yellow Paper appendix H.2), plus the limb-level carry and
/// multiply-accumulate steps the division and modular code build on.
/// </summary>
/// <remarks>
/// Every routine copies its inputs into locals before writing the <c>out</c> result, so the result
/// may alias an operand (the interpreter writes into the slot of the second operand).
/// </remarks>
internal static class UInt256Arithmetic
{
    /// <summary>x + y + carry (carry is 0 or 1); the carry out replaces <paramref name="carry"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong AddWithCarry(ulong x, ulong y, ref ulong carry)
    {
        ulong sum = x + y;
        ulong c1 = sum < x ? 1UL : 0UL;
        ulong result = sum + carry;
        ulong c2 = result < sum ? 1UL : 0UL;
        carry = c1 | c2;
        return result;
    }

    /// <summary>x - y - borrow (borrow is 0 or 1); the borrow out replaces <paramref name="borrow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong SubtractWithBorrow(ulong x, ulong y, ref ulong borrow)
    {
        ulong difference = x - y;
        ulong b1 = x < y ? 1UL : 0UL;
        ulong result = difference - borrow;
        ulong b2 = difference < borrow ? 1UL : 0UL;
        borrow = b1 | b2;
        return result;
    }

    /// <summary>
    /// x·y + addend as a 128-bit value: returns the high limb, <paramref name="low"/> the low one.
    /// Cannot overflow: (2^64 - 1)^2 + (2^64 - 1) &lt; 2^128.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MultiplyAdd(ulong x, ulong y, ulong addend, out ulong low)
    {
        ulong high = Math.BigMul(x, y, out ulong product);
        low = product + addend;
        return high + (low < product ? 1UL : 0UL);
    }

    /// <summary>x·y + a1 + a2 as a 128-bit value (cannot overflow: (2^64 - 1)^2 + 2(2^64 - 1) = 2^128 - 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MultiplyAdd(ulong x, ulong y, ulong a1, ulong a2, out ulong low)
    {
        ulong high = Math.BigMul(x, y, out ulong product);
        ulong sum = product + a1;
        high += sum < product ? 1UL : 0UL;
        low = sum + a2;
        return high + (low < sum ? 1UL : 0UL);
    }

    /// <summary>ADD; returns the carry out of bit 255 (0 or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Add(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong carry = 0;
        ulong r0 = AddWithCarry(a.u0, b.u0, ref carry);
        ulong r1 = AddWithCarry(a.u1, b.u1, ref carry);
        ulong r2 = AddWithCarry(a.u2, b.u2, ref carry);
        ulong r3 = AddWithCarry(a.u3, b.u3, ref carry);
        result = new UInt256(r0, r1, r2, r3);
        return carry;
    }

    /// <summary>SUB; returns the borrow out of bit 255 (1 when b &gt; a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Subtract(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong borrow = 0;
        ulong r0 = SubtractWithBorrow(a.u0, b.u0, ref borrow);
        ulong r1 = SubtractWithBorrow(a.u1, b.u1, ref borrow);
        ulong r2 = SubtractWithBorrow(a.u2, b.u2, ref borrow);
        ulong r3 = SubtractWithBorrow(a.u3, b.u3, ref borrow);
        result = new UInt256(r0, r1, r2, r3);
        return borrow;
    }

    /// <summary>
    /// MUL: the low 256 bits of a·b. Schoolbook over 64-bit limbs, skipping every partial product
    /// that lands at or above 2^256: 6 full 64×64→128 products and 4 low-half products.
    /// </summary>
    // PERF: UInt256Benchmarks.Mul — fully unrolled, no branches; Math.BigMul compiles to MULX
    // (BMI2) or MUL on x64 and UMULH on Arm64.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Multiply(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong a0 = a.u0, a1 = a.u1, a2 = a.u2, a3 = a.u3;
        ulong b0 = b.u0, b1 = b.u1, b2 = b.u2, b3 = b.u3;

        ulong carry = Math.BigMul(a0, b0, out ulong r0);
        carry = MultiplyAdd(a0, b1, carry, out ulong r1);
        carry = MultiplyAdd(a0, b2, carry, out ulong r2);
        ulong r3 = (a0 * b3) + carry;

        carry = MultiplyAdd(a1, b0, r1, out r1);
        carry = MultiplyAdd(a1, b1, r2, carry, out r2);
        r3 += (a1 * b2) + carry;

        carry = MultiplyAdd(a2, b0, r2, out r2);
        r3 += (a2 * b1) + carry;

        r3 += a3 * b0;
        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>The full 512-bit product a·b into <paramref name="product"/>[0..8], least significant limb first.</summary>
    internal static void MultiplyFull(in UInt256 a, in UInt256 b, Span<ulong> product)
    {
        ulong a0 = a.u0, a1 = a.u1, a2 = a.u2, a3 = a.u3;
        ulong b0 = b.u0, b1 = b.u1, b2 = b.u2, b3 = b.u3;
        _ = product[7];

        ulong carry = Math.BigMul(a0, b0, out ulong p0);
        carry = MultiplyAdd(a0, b1, carry, out ulong p1);
        carry = MultiplyAdd(a0, b2, carry, out ulong p2);
        ulong p4 = MultiplyAdd(a0, b3, carry, out ulong p3);

        carry = MultiplyAdd(a1, b0, p1, out p1);
        carry = MultiplyAdd(a1, b1, p2, carry, out p2);
        carry = MultiplyAdd(a1, b2, p3, carry, out p3);
        ulong p5 = MultiplyAdd(a1, b3, p4, carry, out p4);

        carry = MultiplyAdd(a2, b0, p2, out p2);
        carry = MultiplyAdd(a2, b1, p3, carry, out p3);
        carry = MultiplyAdd(a2, b2, p4, carry, out p4);
        ulong p6 = MultiplyAdd(a2, b3, p5, carry, out p5);

        carry = MultiplyAdd(a3, b0, p3, out p3);
        carry = MultiplyAdd(a3, b1, p4, carry, out p4);
        carry = MultiplyAdd(a3, b2, p5, carry, out p5);
        ulong p7 = MultiplyAdd(a3, b3, p6, carry, out p6);

        product[0] = p0;
        product[1] = p1;
        product[2] = p2;
        product[3] = p3;
        product[4] = p4;
        product[5] = p5;
        product[6] = p6;
        product[7] = p7;
    }

    /// <summary>LT: unsigned a &lt; b, the borrow out of a - b (branch-free).</summary>
    // PERF: UInt256Benchmarks — a borrow chain avoids the data-dependent branches of a
    // limb-by-limb compare, whose outcome is unpredictable on EVM workloads.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool LessThan(in UInt256 a, in UInt256 b)
    {
        ulong borrow = 0;
        _ = SubtractWithBorrow(a.u0, b.u0, ref borrow);
        _ = SubtractWithBorrow(a.u1, b.u1, ref borrow);
        _ = SubtractWithBorrow(a.u2, b.u2, ref borrow);
        _ = SubtractWithBorrow(a.u3, b.u3, ref borrow);
        return borrow != 0;
    }
}
