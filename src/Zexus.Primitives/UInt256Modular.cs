using System.Runtime.CompilerServices;

namespace Zexus.Primitives;

/// <summary>
/// ADDMOD, MULMOD and EXP (Yellow Paper appendix H.2). ADDMOD and MULMOD are exact: the sum is
/// kept to 257 bits and the product to 512 bits before the reduction, which is Knuth's algorithm D
/// (<see cref="UInt256Division.DivRem(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, Span{ulong}, Span{ulong})"/>),
/// never <see cref="System.Numerics.BigInteger"/>.
/// </summary>
internal static class UInt256Modular
{
    /// <summary>ADDMOD: (a + b) mod m, 0 when m = 0.</summary>
    internal static void AddMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        UInt256 modulus = m;
        if (modulus.IsZero)
        {
            result = default;
            return;
        }

        // PERF: UInt256Benchmarks.AddMod — reduced operands (the usual case in field arithmetic)
        // sum to below 2m, so one conditional subtraction reduces them.
        if (UInt256Arithmetic.LessThan(a, modulus) && UInt256Arithmetic.LessThan(b, modulus))
        {
            ulong carry = UInt256Arithmetic.Add(a, b, out UInt256 sum);
            if (carry != 0 || !UInt256Arithmetic.LessThan(sum, modulus))
            {
                UInt256Arithmetic.Subtract(sum, modulus, out sum);
            }

            result = sum;
            return;
        }

        AddModSlow(a, b, modulus, out result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddModSlow(UInt256 a, UInt256 b, UInt256 m, out UInt256 result)
    {
        ulong carry = UInt256Arithmetic.Add(a, b, out UInt256 sum);
        Span<ulong> u = [sum.u0, sum.u1, sum.u2, sum.u3, carry];
        result = Reduce(u, m);
    }

    /// <summary>MULMOD: (a · b) mod m over the full 512-bit product, 0 when m = 0.</summary>
    internal static void MulMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        UInt256 modulus = m;
        if (modulus.IsZero)
        {
            result = default;
            return;
        }

        Span<ulong> product = stackalloc ulong[8];
        UInt256Arithmetic.MultiplyFull(a, b, product);
        result = Reduce(product, modulus);
    }

    /// <summary>u mod m for a numerator of up to 8 limbs and a non-zero m.</summary>
    private static UInt256 Reduce(ReadOnlySpan<ulong> u, in UInt256 m)
    {
        int length = u.Length;
        while (length > 0 && u[length - 1] == 0)
        {
            length--;
        }

        int n = UInt256Division.LimbCount(m);
        if (length <= 4)
        {
            var small = new UInt256(
                length > 0 ? u[0] : 0,
                length > 1 ? u[1] : 0,
                length > 2 ? u[2] : 0,
                length > 3 ? u[3] : 0);
            if (UInt256Arithmetic.LessThan(small, m))
            {
                return small;
            }

            UInt256Division.Mod(small, m, out UInt256 remainder);
            return remainder;
        }

        Span<ulong> d = [m.u0, m.u1, m.u2, m.u3];
        Span<ulong> r = [0, 0, 0, 0];
        UInt256Division.DivRem(u[..length], d[..n], [], r);
        return new UInt256(r[0], r[1], r[2], r[3]);
    }

    /// <summary>
    /// EXP: base^exponent mod 2^256 by right-to-left binary exponentiation, at most 255 squarings
    /// and 256 multiplications (0^0 = 1, as the Yellow Paper defines it).
    /// </summary>
    internal static void Exp(in UInt256 @base, in UInt256 exponent, out UInt256 result)
    {
        UInt256 power = @base;
        UInt256 e = exponent;
        if (e.IsZero)
        {
            result = UInt256.One;
            return;
        }

        if ((power.u1 | power.u2 | power.u3) == 0 && power.u0 <= 2)
        {
            // 0^e = 0 and 1^e = 1 for e > 0; 2^e is a shift (common in compiled Solidity).
            if (power.u0 == 2)
            {
                UInt256Bits.ShiftLeft(shift: e, value: UInt256.One, out result);
            }
            else
            {
                result = power;
            }

            return;
        }

        var acc = UInt256.One;
        int bits = 256 - UInt256Bits.CountLeadingZeros(e);
        for (int i = 0; i < bits; i++)
        {
            if (((UInt256Bits.Limb(e, i >> 6) >> (i & 63)) & 1) != 0)
            {
                UInt256Arithmetic.Multiply(acc, power, out acc);
            }

            if (i + 1 < bits)
            {
                UInt256Arithmetic.Multiply(power, power, out power);
            }
        }

        result = acc;
    }
}
