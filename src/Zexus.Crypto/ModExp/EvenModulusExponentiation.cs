using System.Numerics;

namespace Zexus.Crypto.ModExp;

/// <summary>
/// b^e mod m for even m = 2^t · q (q odd) by the Chinese remainder theorem: x₁ = b^e mod q by
/// Montgomery, x₂ = b^e mod 2^t by truncated multiplication, then x = x₁ + q · ((x₂ − x₁) · q⁻¹
/// mod 2^t) (Garner's formula), which lies in [0, m).
/// </summary>
internal static class EvenModulusExponentiation
{
    /// <summary>b^e mod m for even m &gt; 0 (limbs, top limb non-zero) and non-zero e without leading zero bytes; the result has m's limb count.</summary>
    public static ulong[] Pow(ReadOnlySpan<byte> @base, ReadOnlySpan<byte> exponent, ulong[] modulus)
    {
        int t = TrailingZeroBits(modulus);
        int lowLimbs = (t + 63) >> 6;
        ulong[] odd = ShiftRight(modulus, t);

        var baseLow = new ulong[lowLimbs];
        Limbs.FromBigEndian(@base[Math.Max(0, @base.Length - (lowLimbs * 8))..], baseLow);
        Mask(baseLow, t);
        ulong[] x2 = PowPowerOfTwo(baseLow, exponent, t);

        var result = new ulong[modulus.Length];
        if (odd.Length == 1 && odd[0] == 1)
        {
            x2.CopyTo(result, 0);
            return result;
        }

        ulong[] x1 = ModularExponentiation.PowOdd(@base, exponent, odd);

        // h = (x₂ − x₁) · q⁻¹ mod 2^t.
        var difference = new ulong[lowLimbs];
        var x1Low = new ulong[lowLimbs];
        Array.Copy(x1, x1Low, Math.Min(x1.Length, lowLimbs));
        x2.CopyTo(difference, 0);
        Limbs.SubtractInPlace(difference, x1Low);
        Mask(difference, t);
        ulong[] h = MultiplyLow(difference, InversePowerOfTwo(odd, t, lowLimbs), t);

        // x = x₁ + q · h < m, so the limbs above m's length are zero.
        var wide = new ulong[odd.Length + lowLimbs + 1];
        for (int i = 0; i < odd.Length; i++)
        {
            ulong carry = 0;
            for (int j = 0; j < lowLimbs; j++)
            {
                wide[i + j] = Limbs.MulAdd(odd[i], h[j], wide[i + j], ref carry);
            }

            for (int j = i + lowLimbs; carry != 0; j++)
            {
                wide[j] = Limbs.AddCarry(wide[j], 0, ref carry);
            }
        }

        ulong addCarry = 0;
        for (int i = 0; i < wide.Length; i++)
        {
            wide[i] = Limbs.AddCarry(wide[i], i < x1.Length ? x1[i] : 0, ref addCarry);
        }

        Array.Copy(wide, result, result.Length);
        return result;
    }

    /// <summary>b^e mod 2^t by left-to-right binary powering on truncated products.</summary>
    private static ulong[] PowPowerOfTwo(ulong[] @base, ReadOnlySpan<byte> exponent, int t)
    {
        var accumulator = new ulong[@base.Length];
        accumulator[0] = 1;
        Mask(accumulator, t);
        for (int bit = (exponent.Length * 8) - 1; bit >= 0; bit--)
        {
            accumulator = MultiplyLow(accumulator, accumulator, t);
            if (((exponent[exponent.Length - 1 - (bit >> 3)] >> (bit & 7)) & 1) != 0)
            {
                accumulator = MultiplyLow(accumulator, @base, t);
            }
        }

        return accumulator;
    }

    /// <summary>q⁻¹ mod 2^t for odd q by Newton's iteration y ← y · (2 − q · y), doubling the correct bits each step.</summary>
    private static ulong[] InversePowerOfTwo(ulong[] odd, int t, int lowLimbs)
    {
        var q = new ulong[lowLimbs];
        Array.Copy(odd, q, Math.Min(odd.Length, lowLimbs));
        Mask(q, t);
        var y = new ulong[lowLimbs];
        y[0] = 1;
        var two = new ulong[lowLimbs];
        two[0] = 2;
        for (int correctBits = 1; correctBits < t; correctBits *= 2)
        {
            ulong[] qy = MultiplyLow(q, y, t);
            var factor = (ulong[])two.Clone();
            Limbs.SubtractInPlace(factor, qy);
            Mask(factor, t);
            y = MultiplyLow(y, factor, t);
        }

        Mask(y, t);
        return y;
    }

    /// <summary>a · b mod 2^t for operands of ⌈t / 64⌉ limbs.</summary>
    private static ulong[] MultiplyLow(ulong[] a, ulong[] b, int t)
    {
        int length = a.Length;
        var product = new ulong[length];
        for (int i = 0; i < length; i++)
        {
            ulong carry = 0;
            for (int j = 0; i + j < length; j++)
            {
                product[i + j] = Limbs.MulAdd(a[i], b[j], product[i + j], ref carry);
            }
        }

        Mask(product, t);
        return product;
    }

    /// <summary>Clears the bits at and above t.</summary>
    private static void Mask(ulong[] value, int t)
    {
        int limb = t >> 6;
        if (limb < value.Length)
        {
            value[limb] &= (1UL << (t & 63)) - 1;
            Array.Clear(value, limb + 1, value.Length - limb - 1);
        }
    }

    private static int TrailingZeroBits(ulong[] value)
    {
        int limb = 0;
        while (value[limb] == 0)
        {
            limb++;
        }

        return (limb * 64) + BitOperations.TrailingZeroCount(value[limb]);
    }

    /// <summary>value >> shift, trimmed so that the top limb is non-zero.</summary>
    private static ulong[] ShiftRight(ulong[] value, int shift)
    {
        int limbShift = shift >> 6;
        int bitShift = shift & 63;
        var shifted = new ulong[value.Length - limbShift];
        for (int i = 0; i < shifted.Length; i++)
        {
            ulong low = value[i + limbShift] >> bitShift;
            ulong high = bitShift != 0 && i + limbShift + 1 < value.Length ? value[i + limbShift + 1] << (64 - bitShift) : 0;
            shifted[i] = low | high;
        }

        int length = shifted.Length;
        while (length > 1 && shifted[length - 1] == 0)
        {
            length--;
        }

        return shifted[..length];
    }
}
