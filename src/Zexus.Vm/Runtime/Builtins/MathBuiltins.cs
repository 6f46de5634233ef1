using System.Globalization;
using System.Numerics;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary><c>abs</c>, <c>sqrt</c>, <c>to_hex</c>, <c>from_hex</c> (LANGUAGE.md 9.2).</summary>
internal static class MathBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        new("abs", 1, 1, (_, a) => Abs(Args.Number("abs", a, 0))),
        new("sqrt", 1, 1, (_, a) => Sqrt(Args.Number("sqrt", a, 0))),
        new("to_hex", 1, 1, (_, a) => Value.FromString(ToHex(Args.Integer("to_hex", a, 0)))),
        new("from_hex", 1, 1, (_, a) => FromHex(Args.String("from_hex", a, 0))),
    ];

    /// <summary>Same kind as the argument; |long.MinValue| needs a big integer.</summary>
    private static Value Abs(Value n)
    {
        if (n.Kind == ValueKind.Float)
        {
            return Value.FromFloat(Math.Abs(n.AsFloat));
        }

        if (n.IsSmallInt)
        {
            var v = n.SmallInt;
            if (v >= 0)
            {
                return n;
            }

            return v == long.MinValue ? Value.FromInt(-(BigInteger)v) : Value.FromInt(-v);
        }

        return n.AsBigInteger.Sign >= 0 ? n : Value.FromInt(BigInteger.Negate(n.AsBigInteger));
    }

    /// <summary>The argument is converted to float first, so a huge integer fails the conversion.</summary>
    private static Value Sqrt(Value n)
    {
        var d = n.Kind == ValueKind.Float ? n.AsFloat : IntegerMath.ToDouble(n);
        if (d < 0)
        {
            throw new ZexusError("sqrt() of a negative number");
        }

        return Value.FromFloat(Math.Sqrt(d));
    }

    /// <summary><c>0x</c> + lowercase digits of |n| without leading zeros, <c>-</c> first when negative.</summary>
    public static string ToHex(Value n)
    {
        if (n.IsSmallInt)
        {
            var v = n.SmallInt;
            // unchecked: |long.MinValue| is exactly 2^63, representable as ulong.
            var magnitude = v < 0 ? unchecked((ulong)-v) : (ulong)v;
            var digits = magnitude.ToString("x", CultureInfo.InvariantCulture);
            return v < 0 ? "-0x" + digits : "0x" + digits;
        }

        var big = n.AsBigInteger;
        // BigInteger's "x" format adds a leading 0 digit to mark a positive two's-complement value.
        var hex = BigInteger.Abs(big).ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        if (hex.Length == 0)
        {
            hex = "0";
        }

        return big.Sign < 0 ? "-0x" + hex : "0x" + hex;
    }

    private static Value FromHex(string s)
    {
        if (!NumberParsing.TryParseHex(s, out var value))
        {
            throw new ZexusError($"Cannot convert '{s}' from hex");
        }

        return value;
    }
}
