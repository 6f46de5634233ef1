using System.Globalization;

namespace Zexus.Vm.Runtime;

/// <summary>The text form of floats (LANGUAGE.md 4.1): shortest round-trip digits, positional for -4 &lt;= e &lt; 16.</summary>
public static class FloatFormat
{
    /// <summary>Formats <paramref name="value"/> exactly as LANGUAGE.md 4.1 prescribes.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET Core 3.0+ produces the shortest round-trip digits (closest, ties to even) for "R"; only
        // the layout differs from 4.1, so the digits and exponent are taken from it and laid out again.
        Span<char> raw = stackalloc char[40];
        value.TryFormat(raw, out var written, "R", CultureInfo.InvariantCulture);
        raw = raw[..written];

        Span<char> digits = stackalloc char[24];
        var n = 0;
        var pointAt = -1;
        var exp10 = 0;
        var negative = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '-')
            {
                negative = true;
            }
            else if (c == '.')
            {
                pointAt = n;
            }
            else if (c is 'E' or 'e')
            {
                exp10 = int.Parse(raw[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[n++] = c;
            }
        }

        if (pointAt < 0)
        {
            pointAt = n;
        }

        var lead = 0;
        while (digits[lead] == '0')
        {
            lead++;
        }

        var end = n;
        while (digits[end - 1] == '0')
        {
            end--;
        }

        // Scientific exponent of the first significant digit: d1.d2...dn x 10^e.
        var e = pointAt - lead - 1 + exp10;
        return Layout(negative, digits[lead..end], e);
    }

    private static string Layout(bool negative, ReadOnlySpan<char> digits, int e)
    {
        Span<char> buf = stackalloc char[48];
        var pos = 0;
        if (negative)
        {
            buf[pos++] = '-';
        }

        var n = digits.Length;
        if (e is >= -4 and < 16)
        {
            if (e < 0)
            {
                buf[pos++] = '0';
                buf[pos++] = '.';
                for (var i = 0; i < -e - 1; i++)
                {
                    buf[pos++] = '0';
                }

                digits.CopyTo(buf[pos..]);
                pos += n;
            }
            else if (n <= e + 1)
            {
                digits.CopyTo(buf[pos..]);
                pos += n;
                for (var i = n; i < e + 1; i++)
                {
                    buf[pos++] = '0';
                }

                buf[pos++] = '.';
                buf[pos++] = '0';
            }
            else
            {
                digits[..(e + 1)].CopyTo(buf[pos..]);
                pos += e + 1;
                buf[pos++] = '.';
                digits[(e + 1)..].CopyTo(buf[pos..]);
                pos += n - e - 1;
            }
        }
        else
        {
            buf[pos++] = digits[0];
            if (n > 1)
            {
                buf[pos++] = '.';
                digits[1..].CopyTo(buf[pos..]);
                pos += n - 1;
            }

            buf[pos++] = 'e';
            buf[pos++] = e < 0 ? '-' : '+';
            var magnitude = Math.Abs(e);
            if (magnitude < 10)
            {
                buf[pos++] = '0';
            }

            magnitude.TryFormat(buf[pos..], out var w, default, CultureInfo.InvariantCulture);
            pos += w;
        }

        return new string(buf[..pos]);
    }
}
