namespace Zexus.Lang.Syntax;

/// <summary>The start of a syntax element in its file: 1-based line and column (columns count code points).</summary>
public readonly record struct Span(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
