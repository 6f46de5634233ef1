namespace Zexus.Lang.Syntax;

/// <summary>The text of a file, with lines found on demand for diagnostics (lines end at U+000A, 2.1).</summary>
internal sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text) => Text = text;

    public string Text { get; }

    /// <summary>Line <paramref name="line"/> (1-based) without its line feed, carriage return or byte order mark.</summary>
    public string GetLine(int line)
    {
        _lineStarts ??= ComputeLineStarts(Text);
        if (line < 1 || line > _lineStarts.Length)
        {
            return "";
        }
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        if (line == 1 && start < end && Text[start] == '\uFEFF')
        {
            start++;
        }
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }
        return Text[start..end];
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
