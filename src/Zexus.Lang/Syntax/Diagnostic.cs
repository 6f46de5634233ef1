using System.Globalization;
using System.Text;

namespace Zexus.Lang.Syntax;

/// <summary>
/// A syntax error (LANGUAGE.md 2.6): <see cref="Line"/> is the N of <c>Syntax error at line N: DETAIL</c> and
/// <see cref="Message"/> the DETAIL; <see cref="Column"/> (1-based, in code points) and <see cref="SourceLine"/>
/// only serve the caret display of <see cref="Format"/>.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message, string SourceLine)
{
    /// <summary>Set when the error is only that the input ended inside an open construct (see <see cref="ParseResult.IsIncomplete"/>).</summary>
    public bool AtEndOfInput { get; init; }

    /// <summary>The normative text of 2.6: <c>Syntax error at line N: DETAIL</c>.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"Syntax error at line {Line}: {Message}");

    /// <summary>
    /// <c>FILE:LINE:COL: Syntax error at line LINE: DETAIL</c>, then the source line and a caret under the column
    /// (three lines, no final line feed).
    /// </summary>
    public string Format()
    {
        var line = Line.ToString(CultureInfo.InvariantCulture);
        var (shown, caretColumn) = Excerpt();
        var sb = new StringBuilder();
        sb.Append(File).Append(':').Append(line).Append(':').Append(Column.ToString(CultureInfo.InvariantCulture))
            .Append(": ").Append(Summary).Append('\n');
        sb.Append("   ").Append(line).Append(" | ").Append(shown).Append('\n');
        sb.Append(' ', 3 + line.Length).Append(" | ");
        var column = 1;
        foreach (var codePoint in CodePoints(shown))
        {
            if (column >= caretColumn)
            {
                break;
            }
            // Tabs are copied so the caret stays aligned however the terminal expands them.
            sb.Append(codePoint == "\t" ? '\t' : ' ');
            column++;
        }
        sb.Append(' ', Math.Max(0, caretColumn - column)).Append('^');
        return sb.ToString();
    }

    // Very long lines (minified or generated text) are cut to a window around the column.
    private (string Text, int CaretColumn) Excerpt()
    {
        const int Width = 120;
        var points = CodePoints(SourceLine).ToList();
        if (points.Count <= Width)
        {
            return (SourceLine, Column);
        }
        var first = Math.Clamp(Column - 1 - (Width / 2), 0, points.Count - Width);
        var prefix = first > 0 ? "..." : "";
        var suffix = first + Width < points.Count ? "..." : "";
        return (prefix + string.Concat(points.Skip(first).Take(Width)) + suffix, Column - first + prefix.Length);
    }

    private static IEnumerable<string> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            yield return text.Substring(i, pair ? 2 : 1);
            if (pair)
            {
                i++;
            }
        }
    }

    public override string ToString() => Format();
}
