using System.Text;
using Zexus.Vm.Runtime;

namespace Zexus.Lang;

/// <summary>Formats an uncaught run-time error for standard error: the message line (1.4), then where it happened.</summary>
public static class ErrorFormatter
{
    public static string Format(ZexusError error, IReadOnlyDictionary<string, string> sources)
    {
        var sb = new StringBuilder();
        sb.Append("Error: ").Append(error.Message).Append('\n');
        if (error.Location is { } loc)
        {
            sb.Append("  --> ").Append(loc.File).Append(':').Append(loc.Line).Append(':').Append(loc.Column).Append('\n');
            if (sources.TryGetValue(loc.File, out var source) && SourceLine(source, loc.Line) is { } line)
            {
                var number = loc.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var gutter = new string(' ', number.Length);
                sb.Append(' ').Append(gutter).Append(" |\n");
                sb.Append(' ').Append(number).Append(" | ").Append(line).Append('\n');
                sb.Append(' ').Append(gutter).Append(" | ").Append(Caret(line, loc.Column)).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The 1-based line of a source text, without its line break, or null.</summary>
    public static string? SourceLine(string source, int line)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var nl = source.IndexOf('\n', start);
            if (nl < 0)
            {
                return null;
            }

            start = nl + 1;
        }

        var end = source.IndexOf('\n', start);
        var text = end < 0 ? source[start..] : source[start..end];
        return text.TrimEnd('\r');
    }

    /// <summary>Spaces up to the column (counting code points, keeping tabs so the caret lines up) and a caret.</summary>
    public static string Caret(string line, int column)
    {
        var sb = new StringBuilder();
        var col = 1;
        for (var i = 0; i < line.Length && col < column; i++)
        {
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length)
            {
                i++;
            }

            sb.Append(line[i] == '\t' ? '\t' : ' ');
            col++;
        }

        return sb.Append('^').ToString();
    }
}
