using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>The 4096-bit integer limit (LANGUAGE.md 3.2) and integer/float conversion.</summary>
public static class IntegerMath
{
    public const int MaxBits = 4096;

    /// <summary>2^4096: the smallest magnitude that is an overflow (3.2).</summary>
    public static readonly BigInteger Limit = BigInteger.One << MaxBits;

    /// <summary>True when |v| &lt; 2^4096.</summary>
    public static bool InRange(BigInteger v) => v < Limit && v > -Limit;

    /// <summary>Nearest double of an integer value; throws "Integer too large to convert to float" when it does not fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(Value integer) =>
        integer.IsSmallInt ? integer.SmallInt : ToDouble(integer.AsBigInteger);

    /// <summary>
    /// Nearest double (round half to even) of <paramref name="v"/>. Done by hand rather than with the
    /// BigInteger cast so that correct rounding does not depend on the framework version: the top 64 bits
    /// plus a sticky bit carry enough information for the ulong-to-double conversion to round exactly.
    /// </summary>
    public static double ToDouble(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
        {
            return (long)v;
        }

        var negative = v.Sign < 0;
        var magnitude = BigInteger.Abs(v);
        var bits = (long)magnitude.GetBitLength();
        if (bits > 1024)
        {
            throw TooLargeForFloat();
        }

        var shift = (int)(bits - 64);
        var top = (ulong)(magnitude >> shift);
        if ((long)BigInteger.TrailingZeroCount(magnitude) < shift)
        {
            top |= 1;
        }

        var result = Math.ScaleB((double)top, shift);
        if (double.IsInfinity(result))
        {
            throw TooLargeForFloat();
        }

        return negative ? -result : result;
    }

    /// <summary>The exact integer value of a finite whole-number double (may exceed 64 bits).</summary>
    public static Value FromWholeDouble(double d)
    {
        if (d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
        {
            return Value.FromInt((long)d);
        }

        return Value.FromInt(new BigInteger(d));
    }

    /// <summary>Number of bits of |v| (0 for 0).</summary>
    public static long MagnitudeBits(Value integer)
    {
        if (integer.IsSmallInt)
        {
            var x = integer.SmallInt;
            var m = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            return 64 - BitOperations.LeadingZeroCount(m);
        }

        var b = integer.AsBigInteger;
        return (long)(b.Sign < 0 ? BigInteger.Abs(b) : b).GetBitLength();
    }

    private static ZexusError TooLargeForFloat() => new("Integer too large to convert to float");
}
