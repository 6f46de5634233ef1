using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>
/// The outcome of <see cref="Parser.Parse"/>. When <see cref="Errors"/> is not empty the program must not run
/// (LANGUAGE.md 1.2) and <see cref="Program"/> holds whatever could be parsed.
/// </summary>
public sealed record ParseResult(ProgramNode Program, ImmutableArray<Diagnostic> Errors)
{
    public bool Success => Errors.IsEmpty;

    /// <summary>
    /// True when the only errors are that the input ended inside an open bracket, brace, string or block
    /// comment: a REPL should read another line rather than report them.
    /// </summary>
    public bool IsIncomplete { get; init; }
}
