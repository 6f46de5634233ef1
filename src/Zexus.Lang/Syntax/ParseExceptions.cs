namespace Zexus.Lang.Syntax;

// Parse errors unwind by exception to the nearest statement list, which resynchronizes (Parser.cs). These
// never leave Parser.Parse.

/// <summary>A reported (or lexer-reported) syntax error: recover at the next statement boundary.</summary>
internal sealed class SyntaxErrorException : Exception
{
}

/// <summary>Stop parsing altogether: too many diagnostics, or nesting too deep to continue safely.</summary>
internal sealed class ParseAbortedException : Exception
{
}
