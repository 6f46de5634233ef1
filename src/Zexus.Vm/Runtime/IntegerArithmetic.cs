using System.Numerics;

namespace Zexus.Vm.Runtime;

/// <summary>
/// Integer arithmetic of LANGUAGE.md 5.3 beyond the inline fast paths: 64-bit operations that overflow,
/// BigInteger operands, floor division and floored modulo, and exponentiation, all within the 4096-bit
/// limit of 3.2. Results that could be huge are bounded by bit lengths before they are computed.
/// </summary>
internal static class IntegerArithmetic
{
    public static Value Add(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            return Value.FromInt((BigInteger)a.SmallInt + b.SmallInt);
        }

        return Checked(a.AsBigInteger + b.AsBigInteger, "addition");
    }

    public static Value Sub(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            return Value.FromInt((BigInteger)a.SmallInt - b.SmallInt);
        }

        return Checked(a.AsBigInteger - b.AsBigInteger, "subtraction");
    }

    public static Value Mul(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            return Value.FromInt((BigInteger)a.SmallInt * b.SmallInt);
        }

        // |a*b| >= 2^(bits(a) + bits(b) - 2): anything with more than 4097 bits in total is an overflow.
        var bitsA = IntegerMath.MagnitudeBits(a);
        var bitsB = IntegerMath.MagnitudeBits(b);
        if (bitsA != 0 && bitsB != 0 && bitsA + bitsB - 2 >= IntegerMath.MaxBits)
        {
            OperatorErrors.Overflow("multiplication");
        }

        return Checked(a.AsBigInteger * b.AsBigInteger, "multiplication");
    }

    /// <summary>Floor division: the greatest integer &lt;= a/b.</summary>
    public static Value FloorDiv(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt;
            if (y == 0)
            {
                OperatorErrors.DivisionByZero();
            }

            if (y == -1)
            {
                return x == long.MinValue ? Value.FromInt(-(BigInteger)x) : Value.FromInt(-x);
            }

            var q = x / y;
            if ((x % y != 0) && ((x ^ y) < 0))
            {
                q--;
            }

            return Value.FromInt(q);
        }

        var bx = a.AsBigInteger;
        var by = b.AsBigInteger;
        if (by.IsZero)
        {
            OperatorErrors.DivisionByZero();
        }

        var quotient = BigInteger.DivRem(bx, by, out var rem);
        if (!rem.IsZero && (rem.Sign != by.Sign))
        {
            quotient -= 1;
        }

        return Checked(quotient, "division");
    }

    /// <summary>Floored modulo: a - b*(a/b), with the sign of b.</summary>
    public static Value FloorMod(Value a, Value b)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt;
            if (y == 0)
            {
                OperatorErrors.ModuloByZero();
            }

            if (y == -1)
            {
                return Value.FromInt(0);
            }

            var r = x % y;
            if (r != 0 && ((r ^ y) < 0))
            {
                r += y;
            }

            return Value.FromInt(r);
        }

        var bx = a.AsBigInteger;
        var by = b.AsBigInteger;
        if (by.IsZero)
        {
            OperatorErrors.ModuloByZero();
        }

        var rem = BigInteger.Remainder(bx, by);
        if (!rem.IsZero && (rem.Sign != by.Sign))
        {
            rem += by;
        }

        return Value.FromInt(rem);
    }

    /// <summary><c>a ** b</c> for integers: exact for b &gt;= 0, a float for b &lt; 0 (5.3).</summary>
    public static Value Pow(Value a, Value b)
    {
        var expSign = b.IsSmallInt ? Math.Sign(b.SmallInt) : b.AsBigInteger.Sign;
        if (expSign < 0)
        {
            if (a.IsSmallInt && a.SmallInt == 0)
            {
                OperatorErrors.DivisionByZero();
            }

            // Only the base must fit in a double (5.3). An exponent beyond the double range acts as -inf:
            // every double that large is an even integer, so pow gives the same result (0.0 or 1.0).
            var exponent = b.IsSmallInt || IntegerMath.MagnitudeBits(b) <= 1000
                ? IntegerMath.ToDouble(b)
                : double.NegativeInfinity;
            return Value.FromFloat(Math.Pow(IntegerMath.ToDouble(a), exponent));
        }

        if (expSign == 0)
        {
            return Value.FromInt(1);
        }

        if (a.IsSmallInt && a.SmallInt is >= -1 and <= 1)
        {
            var baseValue = a.SmallInt;
            if (baseValue == -1)
            {
                var even = b.IsSmallInt ? (b.SmallInt & 1) == 0 : b.AsBigInteger.IsEven;
                return Value.FromInt(even ? 1 : -1);
            }

            return a;
        }

        // |a| >= 2 from here on, so |a ** b| >= 2^((bits(a) - 1) * b): decide overflow before computing.
        if (!b.IsSmallInt || b.SmallInt > IntegerMath.MaxBits)
        {
            OperatorErrors.Overflow("exponentiation");
        }

        var n = (int)b.SmallInt;
        var bits = IntegerMath.MagnitudeBits(a);
        if ((bits - 1) * n >= IntegerMath.MaxBits)
        {
            OperatorErrors.Overflow("exponentiation");
        }

        if (a.IsSmallInt && TryPowLong(a.SmallInt, n, out var small))
        {
            return Value.FromInt(small);
        }

        return Checked(BigInteger.Pow(a.AsBigInteger, n), "exponentiation");
    }

    private static bool TryPowLong(long x, int n, out long result)
    {
        long acc = 1;
        while (true)
        {
            if ((n & 1) != 0 && !TryMul(acc, x, out acc))
            {
                result = 0;
                return false;
            }

            n >>= 1;
            if (n == 0)
            {
                result = acc;
                return true;
            }

            if (!TryMul(x, x, out x))
            {
                result = 0;
                return false;
            }
        }
    }

    public static bool TryMul(long x, long y, out long product)
    {
        var high = Math.BigMul(x, y, out product);
        return high == (product >> 63);
    }

    private static Value Checked(BigInteger result, string operation)
    {
        if (!IntegerMath.InRange(result))
        {
            OperatorErrors.Overflow(operation);
        }

        return Value.FromInt(result);
    }
}
