using System.Numerics;

namespace Zexus.Vm.Runtime;

/// <summary>
/// Exact comparison of numbers (LANGUAGE.md 5.5, 5.6): integers and floats are compared by their
/// mathematical values, never by rounding the integer to a double (2**53 + 1 != 9007199254740992.0).
/// </summary>
internal static class NumericComparison
{
    /// <summary>Returned when a NaN takes part: every ordering and equality is false.</summary>
    public const int Unordered = 2;

    private const double TwoPow63 = 9.2233720368547758E18;

    /// <summary>-1, 0 or 1 as a is less than, equal to or greater than b; <see cref="Unordered"/> for NaN.
    /// Both operands must be numbers.</summary>
    public static int Compare(Value a, Value b)
    {
        if (a.Kind == ValueKind.Integer)
        {
            if (b.Kind == ValueKind.Integer)
            {
                return a.IsSmallInt && b.IsSmallInt
                    ? a.SmallInt.CompareTo(b.SmallInt)
                    : a.AsBigInteger.CompareTo(b.AsBigInteger);
            }

            return CompareIntFloat(a, b.AsFloat);
        }

        if (b.Kind == ValueKind.Integer)
        {
            var c = CompareIntFloat(b, a.AsFloat);
            return c == Unordered ? c : -c;
        }

        return CompareFloats(a.AsFloat, b.AsFloat);
    }

    public static int CompareFloats(double x, double y)
    {
        if (x < y)
        {
            return -1;
        }

        if (x > y)
        {
            return 1;
        }

        return x == y ? 0 : Unordered;
    }

    /// <summary>Compares integer <paramref name="i"/> with float <paramref name="d"/> exactly: against
    /// floor(d), which is an exact integer, a non-integral d sits strictly between floor(d) and floor(d) + 1.</summary>
    public static int CompareIntFloat(Value i, double d)
    {
        if (double.IsNaN(d))
        {
            return Unordered;
        }

        var floor = Math.Floor(d);
        var integral = floor == d;
        if (i.IsSmallInt)
        {
            if (d >= TwoPow63)
            {
                return -1;
            }

            if (d < -TwoPow63)
            {
                return 1;
            }

            var x = i.SmallInt;
            var f = (long)floor;
            if (x > f)
            {
                return 1;
            }

            return x == f && integral ? 0 : -1;
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? -1 : 1;
        }

        var bx = i.AsBigInteger;
        var bf = new BigInteger(floor);
        var cmp = bx.CompareTo(bf);
        if (cmp > 0)
        {
            return 1;
        }

        return cmp == 0 && integral ? 0 : -1;
    }
}
