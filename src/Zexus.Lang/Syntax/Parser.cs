using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>
/// The Zexus parser: source text to <see cref="ProgramNode"/> plus syntax errors (LANGUAGE.md 2, 2.6). It never
/// throws; errors are collected (at most 20), each followed by recovery at the next statement boundary.
/// </summary>
public static class Parser
{
    internal const string InternalErrorPrefix = "internal parser error: ";

    public static ParseResult Parse(string source, string file)
    {
        var diagnostics = new DiagnosticBag(new SourceText(source), file);
        var statements = new List<Stmt>();
        TokenStream? tokens = null;
        try
        {
            tokens = Lexer.Run(source, diagnostics);
            var context = new ParseContext(tokens, diagnostics);
            new StatementParser(context).ParseProgram(statements);
        }
        catch (ParseAbortedException)
        {
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Report(new Span(1, 1), ParseLimits.NestingMessage);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence for the "never throws" contract; the fuzz tests check it is never reached.
            diagnostics.Report(new Span(1, 1), InternalErrorPrefix + ex.Message);
        }
        var errors = diagnostics.ToSortedArray();
        return new ParseResult(new ProgramNode(file, [.. statements]), errors)
        {
            IsIncomplete = !errors.IsEmpty && errors.All(e => e.AtEndOfInput),
        };
    }
}
