namespace Zexus.Lang.Syntax;

/// <summary>A position in source text that tracks the 1-based line and code-point column (LANGUAGE.md 2.6).</summary>
internal sealed class SourceCursor
{
    public SourceCursor(string text, int position, int line, int column)
    {
        Text = text;
        Position = position;
        Line = line;
        Column = column;
    }

    public string Text { get; }

    public int Position { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    public bool AtEnd => Position >= Text.Length;

    public char Current => Position < Text.Length ? Text[Position] : '\0';

    public Span Span => new(Line, Column);

    public char Peek(int offset) => Position + offset < Text.Length ? Text[Position + offset] : '\0';

    /// <summary>Steps over one code point (a surrogate pair counts as one column).</summary>
    public void Advance()
    {
        if (Position >= Text.Length)
        {
            return;
        }
        var c = Text[Position];
        if (c == '\n')
        {
            Position++;
            Line++;
            Column = 1;
            return;
        }
        Position += char.IsHighSurrogate(c) && Position + 1 < Text.Length && char.IsLowSurrogate(Text[Position + 1]) ? 2 : 1;
        Column++;
    }

    public void Advance(int codePoints)
    {
        for (var i = 0; i < codePoints; i++)
        {
            Advance();
        }
    }

    /// <summary>The current code point as a string (two UTF-16 units for a surrogate pair).</summary>
    public string CurrentCodePoint()
    {
        if (AtEnd)
        {
            return "";
        }
        var c = Text[Position];
        var pair = char.IsHighSurrogate(c) && Position + 1 < Text.Length && char.IsLowSurrogate(Text[Position + 1]);
        return Text.Substring(Position, pair ? 2 : 1);
    }

    /// <summary>Skips an initial byte order mark without counting it as a column (1.1).</summary>
    public void SkipByteOrderMark()
    {
        if (Position == 0 && Text.Length > 0 && Text[0] == '\uFEFF')
        {
            Position = 1;
        }
    }

    public void MoveTo(SourceCursor other)
    {
        Position = other.Position;
        Line = other.Line;
        Column = other.Column;
    }
}
