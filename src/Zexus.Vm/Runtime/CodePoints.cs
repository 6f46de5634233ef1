using System.Text;

namespace Zexus.Vm.Runtime;

/// <summary>Strings are sequences of Unicode code points (LANGUAGE.md 3.4), not UTF-16 code units.</summary>
/// <remarks>Every operation first checks for surrogates (a vectorised scan): strings without them have one
/// code unit per code point and take the plain UTF-16 path. A lone surrogate counts as one code point.</remarks>
public static class CodePoints
{
    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    /// <summary>Number of code points (len(), 9.2).</summary>
    public static int Length(string s) => Length(s.AsSpan());

    /// <summary>Number of code points of <paramref name="span"/> (len(), 9.2).</summary>
    public static int Length(ReadOnlySpan<char> span)
    {
        var first = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return span.Length;
        }

        var count = first;
        for (var i = first; i < span.Length; i++)
        {
            count++;
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>The one-code-point string at code point index <paramref name="index"/>, or null when out of range.</summary>
    public static string? At(string s, long index)
    {
        if (index < 0)
        {
            return null;
        }

        var first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || index < first)
        {
            return index < s.Length ? OneChar(s[(int)index]) : null;
        }

        var offset = OffsetOf(s, first, first, index);
        if (offset >= s.Length)
        {
            return null;
        }

        return s.Substring(offset, UnitsAt(s, offset));
    }

    /// <summary>Substring by code point indexes [start, end), both already clamped to 0..Length.</summary>
    public static string Substring(string s, int start, int end)
    {
        if (start >= end)
        {
            return string.Empty;
        }

        var first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || end <= first)
        {
            return s.Substring(start, end - start);
        }

        var from = start <= first ? start : OffsetOf(s, first, first, start);
        var to = OffsetOf(s, from, start, end);
        return s[from..to];
    }

    /// <summary>Lexicographic comparison by code point value (5.6): negative, zero or positive.</summary>
    public static int Compare(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);

        // Step back into a surrogate pair that the mismatch may have split, then compare whole code points.
        var i = common > 0 && char.IsHighSurrogate(a[common - 1]) ? common - 1 : common;
        while (i < a.Length && i < b.Length)
        {
            var ca = CodePointAt(a, i, out var unitsA);
            var cb = CodePointAt(b, i, out _);
            if (ca != cb)
            {
                return ca < cb ? -1 : 1;
            }

            i += unitsA;
        }

        return (a.Length - i).CompareTo(b.Length - i);
    }

    /// <summary>Unicode simple (one-to-one) uppercase mapping of every code point (9.2 uppercase).</summary>
    public static string ToUpperSimple(string s) => MapCase(s, upper: true);

    /// <summary>Unicode simple (one-to-one) lowercase mapping of every code point (9.2 lowercase).</summary>
    public static string ToLowerSimple(string s) => MapCase(s, upper: false);

    private static string MapCase(string s, bool upper)
    {
        if (Ascii.IsValid(s))
        {
            var needed = upper ? s.AsSpan().IndexOfAnyInRange('a', 'z') : s.AsSpan().IndexOfAnyInRange('A', 'Z');
            if (needed < 0)
            {
                return s;
            }

            return string.Create(s.Length, (s, upper), static (span, st) =>
            {
                if (st.upper)
                {
                    Ascii.ToUpper(st.s, span, out _);
                }
                else
                {
                    Ascii.ToLower(st.s, span, out _);
                }
            });
        }

        var sb = new StringBuilder(s.Length);
        Span<char> pair = stackalloc char[2];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                // Invariant mappings: culture-independent (no Turkish dotless i), and always one-to-one.
                var rune = new Rune(c, s[i + 1]);
                var mapped = upper ? Rune.ToUpperInvariant(rune) : Rune.ToLowerInvariant(rune);
                var n = mapped.EncodeToUtf16(pair);
                sb.Append(pair[..n]);
                i++;
            }
            else
            {
                sb.Append(upper ? UpperBmp(c) : LowerBmp(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>.NET's invariant casing is UnicodeData's simple mapping except that it leaves the Turkish
    /// dotless i (U+0131) and dotted capital I (U+0130) unmapped; 9.2 requires their simple mappings too.</summary>
    private static char UpperBmp(char c) => c == '\u0131' ? 'I' : char.ToUpperInvariant(c);

    private static char LowerBmp(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);

    /// <summary>Code point at UTF-16 offset <paramref name="i"/>; a lone surrogate is its own code point.</summary>
    private static int CodePointAt(string s, int i, out int units)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            units = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }

        units = 1;
        return c;
    }

    private static int UnitsAt(string s, int offset) =>
        char.IsHighSurrogate(s[offset]) && offset + 1 < s.Length && char.IsLowSurrogate(s[offset + 1]) ? 2 : 1;

    /// <summary>UTF-16 offset of code point <paramref name="target"/>, scanning from a known position
    /// (<paramref name="offset"/>, <paramref name="index"/>); the string length when target is past the end.</summary>
    private static int OffsetOf(string s, int offset, long index, long target)
    {
        while (index < target && offset < s.Length)
        {
            offset += UnitsAt(s, offset);
            index++;
        }

        return offset;
    }

    private static string OneChar(char c) => c < 128 ? AsciiStrings[c] : c.ToString();

    private static string[] CreateAsciiStrings()
    {
        var table = new string[128];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = ((char)i).ToString();
        }

        return table;
    }
}
