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
        var sb = new StringBuilder();
        sb.Append(File).Append(':').Append(line).Append(':').Append(Column.ToString(CultureInfo.InvariantCulture))
            .Append(": ").Append(Summary).Append('\n');
        sb.Append("   ").Append(line).Append(" | ").Append(SourceLine).Append('\n');
        sb.Append(' ', 3 + line.Length).Append(" | ");
        AppendCaretPadding(sb);
        sb.Append('^');
        return sb.ToString();
    }

    // Tabs in the source are copied so the caret stays aligned however the terminal expands them.
    private void AppendCaretPadding(StringBuilder sb)
    {
        var column = 1;
        for (var i = 0; i < SourceLine.Length && column < Column; i++)
        {
            var c = SourceLine[i];
            if (char.IsHighSurrogate(c) && i + 1 < SourceLine.Length && char.IsLowSurrogate(SourceLine[i + 1]))
            {
                i++;
            }
            sb.Append(c == '\t' ? '\t' : ' ');
            column++;
        }
        if (column < Column)
        {
            sb.Append(' ', Column - column);
        }
    }

    public override string ToString() => Format();
}
