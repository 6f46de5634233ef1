namespace Zexus.Lang.Syntax;

/// <summary>Bounds that keep the lexer and parser from exhausting the stack on hostile input.</summary>
internal static class ParseLimits
{
    /// <summary>Nested expressions, blocks, brackets and interpolations, counted together.</summary>
    public const int MaxNesting = 200;

    public const string NestingMessage = "nesting too deep (more than 200 levels)";
}
