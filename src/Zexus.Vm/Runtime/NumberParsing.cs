using System.Globalization;
using System.Numerics;

namespace Zexus.Vm.Runtime;

/// <summary>Parsing numbers from strings for int(), float() and from_hex() (LANGUAGE.md 9.2).</summary>
/// <remarks>The grammars are checked here character by character; the framework parsers are only handed
/// text already known to be valid, because their own grammars accept more (culture signs, thousands
/// separators, Unicode digits, other whitespace).</remarks>
public static class NumberParsing
{
    /// <summary>Decimal digits of 2^4096 (a 1234-digit number): more significant digits always overflow.</summary>
    private const int MaxDecimalDigits = 1234;

    /// <summary>int(s): returns false when the text is not an integer; throws "Integer overflow in conversion" above 4096 bits.</summary>
    public static bool TryParseInt(string s, out Value value)
    {
        value = default;
        var span = Trim(s);
        var negative = TakeSign(ref span);
        if (span.IsEmpty || span.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        span = span.TrimStart('0');
        if (span.Length <= 18)
        {
            long v = 0;
            foreach (var c in span)
            {
                v = (v * 10) + (c - '0');
            }

            value = Value.FromInt(negative ? -v : v);
            return true;
        }

        if (span.Length > MaxDecimalDigits)
        {
            throw ConversionOverflow();
        }

        var big = BigInteger.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative)
        {
            big = -big;
        }

        if (!IntegerMath.InRange(big))
        {
            throw ConversionOverflow();
        }

        value = Value.FromInt(big);
        return true;
    }

    /// <summary>float(s) rules (inf/infinity/nan in any case, exponents, ".5", "12.").</summary>
    public static bool TryParseFloat(string s, out double value)
    {
        value = 0;
        var text = Trim(s);
        var body = text;
        var negative = TakeSign(ref body);
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        if (!IsDecimalFloat(body))
        {
            return false;
        }

        // .NET Core 3.0+ parses to the correctly rounded double and gives +-infinity on overflow.
        value = double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>from_hex(s): optional sign and 0x prefix; throws "Integer overflow in conversion" above 4096 bits.</summary>
    public static bool TryParseHex(string s, out Value value)
    {
        value = default;
        var span = Trim(s);
        var negative = TakeSign(ref span);
        if (span.Length >= 2 && span[0] == '0' && (span[1] is 'x' or 'X'))
        {
            span = span[2..];
        }

        if (span.IsEmpty || !IsAllHex(span))
        {
            return false;
        }

        span = span.TrimStart('0');
        if (span.Length <= 15)
        {
            long v = 0;
            foreach (var c in span)
            {
                v = (v << 4) | (long)HexValue(c);
            }

            value = Value.FromInt(negative ? -v : v);
            return true;
        }

        // 1024 hex digits hold 4096 bits, so |v| < 16^1024 = 2^4096 exactly when there are no more.
        if (span.Length > IntegerMath.MaxBits / 4)
        {
            throw ConversionOverflow();
        }

        var bytes = new byte[(span.Length + 1) / 2];
        var pos = bytes.Length * 2 - span.Length;
        foreach (var c in span)
        {
            bytes[pos / 2] |= (byte)(HexValue(c) << (pos % 2 == 0 ? 4 : 0));
            pos++;
        }

        var big = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        value = Value.FromInt(negative ? -big : big);
        return true;
    }

    /// <summary>Strips the whitespace 9.2 allows: space, tab, CR and LF only.</summary>
    private static ReadOnlySpan<char> Trim(string s) => s.AsSpan().Trim(" \t\r\n");

    private static bool TakeSign(ref ReadOnlySpan<char> span)
    {
        if (!span.IsEmpty && span[0] is '+' or '-')
        {
            var negative = span[0] == '-';
            span = span[1..];
            return negative;
        }

        return false;
    }

    /// <summary>digits [. digits] | . digits, then an optional exponent: e|E [sign] digits.</summary>
    private static bool IsDecimalFloat(ReadOnlySpan<char> s)
    {
        var i = 0;
        var intDigits = CountDigits(s, ref i);
        var fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fracDigits = CountDigits(s, ref i);
        }

        if (intDigits == 0 && fracDigits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }

    private static bool IsAllHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static ZexusError ConversionOverflow() => new("Integer overflow in conversion");
}
