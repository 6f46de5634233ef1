using System.Collections.Immutable;
using System.Text;

namespace Zexus.Lang.Syntax;

/// <summary>Scans the three string forms of LANGUAGE.md 2.2, decoding escapes and lexing <c>${…}</c> parts.</summary>
internal static class StringLexer
{
    /// <summary>
    /// Scans the string starting at the cursor (on its opening quote). Returns the decoded text, the parts of an
    /// interpolated string, or null when the string is unterminated (already reported, cursor at the end).
    /// </summary>
    public static object? Lex(SourceCursor cursor, DiagnosticBag diagnostics, LexerShared shared, int depth)
    {
        var start = cursor.Span;
        var quote = cursor.Current;
        var triple = cursor.Peek(1) == quote && cursor.Peek(2) == quote;
        var interpolates = quote == '"' && !triple;
        cursor.Advance(triple ? 3 : 1);

        var text = new StringBuilder();
        ImmutableArray<StringPart>.Builder? parts = null;
        var textStart = cursor.Span;
        while (true)
        {
            if (shared.Aborted)
            {
                return null;
            }
            if (cursor.AtEnd)
            {
                diagnostics.Report(start, "unterminated string", atEndOfInput: true);
                return null;
            }
            var c = cursor.Current;
            if (c == quote && (!triple || (cursor.Peek(1) == quote && cursor.Peek(2) == quote)))
            {
                cursor.Advance(triple ? 3 : 1);
                break;
            }
            if (c == '\\')
            {
                cursor.Advance();
                if (cursor.AtEnd)
                {
                    continue;
                }
                switch (cursor.Current)
                {
                    case 'n':
                        text.Append('\n');
                        break;
                    case 't':
                        text.Append('\t');
                        break;
                    case 'r':
                        text.Append('\r');
                        break;
                    default:
                        // Any other escaped character stands for itself (2.2), including \\ \" \' \$.
                        text.Append(cursor.CurrentCodePoint());
                        break;
                }
                cursor.Advance();
                continue;
            }
            if (interpolates && c == '$' && cursor.Peek(1) == '{')
            {
                parts ??= ImmutableArray.CreateBuilder<StringPart>();
                if (text.Length > 0)
                {
                    parts.Add(new StringPart(textStart, text.ToString(), null));
                    text.Clear();
                }
                var dollar = cursor.Span;
                cursor.Advance(2);
                if (depth >= ParseLimits.MaxNesting)
                {
                    shared.Root.Report(dollar, ParseLimits.NestingMessage);
                    shared.Aborted = true;
                    return null;
                }
                var codeStart = cursor.Span;
                var code = Lexer.LexInterpolation(cursor, diagnostics, shared, depth + 1);
                if (code is null)
                {
                    if (!shared.Aborted)
                    {
                        diagnostics.Report(start, "unterminated string", atEndOfInput: true);
                    }
                    return null;
                }
                parts.Add(new StringPart(codeStart, null, code));
                textStart = cursor.Span;
                continue;
            }
            text.Append(cursor.CurrentCodePoint());
            cursor.Advance();
        }

        if (parts is null)
        {
            return text.ToString();
        }
        if (text.Length > 0)
        {
            parts.Add(new StringPart(textStart, text.ToString(), null));
        }
        return parts.ToImmutable();
    }
}
