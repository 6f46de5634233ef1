using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Zexus.Lang.Syntax;

/// <summary>The tokens of a source text and the lexical errors found in it.</summary>
public sealed record LexResult(TokenStream Tokens, ImmutableArray<Diagnostic> Errors);

/// <summary>State shared by a lexer and the lexers of the interpolations nested in it.</summary>
internal sealed class LexerShared(DiagnosticBag root)
{
    public DiagnosticBag Root { get; } = root;

    /// <summary>Set after a fatal error (nesting too deep): every level stops.</summary>
    public bool Aborted { get; set; }
}

/// <summary>
/// Turns source text into tokens (LANGUAGE.md 2.1-2.2). Errors are reported and replaced by an
/// <see cref="TokenKind.Error"/> token so the parser can carry on without reporting them twice.
/// </summary>
public sealed class Lexer
{
    private static readonly BigInteger IntegerLimit = BigInteger.One << 4096;

    // 2^4096 has 1234 decimal digits; a literal with more significant digits is too large without parsing it.
    private const int IntegerLimitDigits = 1234;

    private readonly SourceCursor _cursor;
    private readonly DiagnosticBag _diagnostics;
    private readonly LexerShared _shared;
    private readonly int _depth;
    private readonly bool _isInterpolation;
    private readonly ImmutableArray<Token>.Builder _tokens = ImmutableArray.CreateBuilder<Token>();
    private bool _newlineBefore;
    private int _braceDepth;
    private bool _closed;

    private Lexer(SourceCursor cursor, DiagnosticBag diagnostics, LexerShared shared, int depth, bool isInterpolation)
    {
        _cursor = cursor;
        _diagnostics = diagnostics;
        _shared = shared;
        _depth = depth;
        _isInterpolation = isInterpolation;
    }

    /// <summary>Tokenizes a whole file.</summary>
    public static LexResult Tokenize(string source, string file)
    {
        var bag = new DiagnosticBag(new SourceText(source), file);
        var tokens = Run(source, bag);
        return new LexResult(tokens, bag.ToSortedArray());
    }

    internal static TokenStream Run(string source, DiagnosticBag diagnostics)
    {
        var cursor = new SourceCursor(source, 0, 1, 1);
        cursor.SkipByteOrderMark();
        return new Lexer(cursor, diagnostics, new LexerShared(diagnostics), 0, isInterpolation: false).LexAll();
    }

    /// <summary>
    /// Lexes the expression of a <c>${…}</c> from the cursor up to its matching <c>}</c>, moving the cursor past
    /// it. Returns null, reporting nothing, when the input ends first (the caller reports the unterminated string).
    /// </summary>
    internal static TokenStream? LexInterpolation(SourceCursor cursor, DiagnosticBag diagnostics, LexerShared shared, int depth)
    {
        var own = new DiagnosticBag(diagnostics.Source, diagnostics.File);
        var inner = new SourceCursor(cursor.Text, cursor.Position, cursor.Line, cursor.Column);
        var lexer = new Lexer(inner, own, shared, depth, isInterpolation: true);
        var stream = lexer.LexAll();
        cursor.MoveTo(inner);
        if (!lexer._closed)
        {
            return null;
        }
        diagnostics.AddRange(own);
        return stream;
    }

    private TokenStream LexAll()
    {
        while (true)
        {
            SkipTrivia();
            if (_shared.Aborted || _cursor.AtEnd || _diagnostics.IsFull)
            {
                break;
            }
            var start = _cursor.Span;
            var c = _cursor.Current;
            if (_isInterpolation && c == '}' && _braceDepth == 0)
            {
                _cursor.Advance();
                Add(TokenKind.InterpolationEnd, start, "}");
                _closed = true;
                return new TokenStream(_tokens.ToImmutable());
            }
            LexToken(c, start);
        }
        Add(TokenKind.EndOfInput, _cursor.Span, "");
        return new TokenStream(_tokens.ToImmutable());
    }

    private void Add(TokenKind kind, Span span, string text, object? value = null)
    {
        _tokens.Add(new Token(kind, span, _newlineBefore, text, value));
        _newlineBefore = false;
    }

    private void SkipTrivia()
    {
        while (!_cursor.AtEnd)
        {
            var c = _cursor.Current;
            if (c is ' ' or '\t' or '\r')
            {
                _cursor.Advance();
            }
            else if (c == '\n')
            {
                _newlineBefore = true;
                _cursor.Advance();
            }
            else if (c == '#' || (c == '/' && _cursor.Peek(1) == '/'))
            {
                while (!_cursor.AtEnd && _cursor.Current != '\n')
                {
                    _cursor.Advance();
                }
            }
            else if (c == '/' && _cursor.Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        var start = _cursor.Span;
        _cursor.Advance(2);
        var depth = 1;
        while (depth > 0)
        {
            if (_cursor.AtEnd)
            {
                _diagnostics.Report(start, "unterminated block comment", atEndOfInput: true);
                // Lets the parser see that the rest of the input is already accounted for.
                Add(TokenKind.Error, start, "/*");
                return;
            }
            if (_cursor.Current == '/' && _cursor.Peek(1) == '*')
            {
                depth++;
                _cursor.Advance(2);
            }
            else if (_cursor.Current == '*' && _cursor.Peek(1) == '/')
            {
                depth--;
                _cursor.Advance(2);
            }
            else
            {
                // A block comment spanning lines separates statements like a line break (2.1).
                _newlineBefore |= _cursor.Current == '\n';
                _cursor.Advance();
            }
        }
    }

    private void LexToken(char c, Span start)
    {
        if (IsDigit(c))
        {
            LexNumber(start);
        }
        else if (IsNameStart(c))
        {
            var from = _cursor.Position;
            while (IsNamePart(_cursor.Current))
            {
                _cursor.Advance();
            }
            var word = _cursor.Text[from.._cursor.Position];
            Add(Keywords.TryGetKeyword(word, out var kind) ? kind : TokenKind.Identifier, start, word);
        }
        else if (c is '"' or '\'')
        {
            var from = _cursor.Position;
            var value = StringLexer.Lex(_cursor, _diagnostics, _shared, _depth);
            Add(value is null ? TokenKind.Error : TokenKind.String, start, _cursor.Text[from.._cursor.Position], value);
        }
        else
        {
            LexOperator(c, start);
        }
    }

    private void LexNumber(Span start)
    {
        var from = _cursor.Position;
        while (IsDigit(_cursor.Current))
        {
            _cursor.Advance();
        }
        var isFloat = false;
        if (_cursor.Current == '.' && IsDigit(_cursor.Peek(1)))
        {
            isFloat = true;
            _cursor.Advance();
            while (IsDigit(_cursor.Current))
            {
                _cursor.Advance();
            }
        }
        if (IsNameStart(_cursor.Current))
        {
            while (IsNamePart(_cursor.Current))
            {
                _cursor.Advance();
            }
            Fail(start, "invalid number literal", _cursor.Text[from.._cursor.Position]);
            return;
        }
        var text = _cursor.Text[from.._cursor.Position];
        if (isFloat)
        {
            Add(TokenKind.Float, start, text, double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            return;
        }
        var digits = text.TrimStart('0');
        if (digits.Length > IntegerLimitDigits)
        {
            Fail(start, "integer literal too large", text);
            return;
        }
        var value = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value >= IntegerLimit)
        {
            Fail(start, "integer literal too large", text);
            return;
        }
        Add(TokenKind.Int, start, text, value);
    }

    private void LexOperator(char c, Span start)
    {
        var next = _cursor.Peek(1);
        var (kind, length) = c switch
        {
            '*' when next == '*' && _cursor.Peek(2) == '=' => (TokenKind.StarStarAssign, 3),
            '*' when next == '*' => (TokenKind.StarStar, 2),
            '*' when next == '=' => (TokenKind.StarAssign, 2),
            '*' => (TokenKind.Star, 1),
            '=' when next == '=' => (TokenKind.EqualEqual, 2),
            '=' when next == '>' => (TokenKind.FatArrow, 2),
            '=' => (TokenKind.Assign, 1),
            '!' when next == '=' => (TokenKind.BangEqual, 2),
            '!' => (TokenKind.Bang, 1),
            '<' when next == '=' => (TokenKind.LessEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when next == '=' => (TokenKind.GreaterEqual, 2),
            '>' => (TokenKind.Greater, 1),
            '&' when next == '&' => (TokenKind.AmpAmp, 2),
            '|' when next == '|' => (TokenKind.PipePipe, 2),
            '?' when next == '?' => (TokenKind.QuestionQuestion, 2),
            '?' => (TokenKind.Question, 1),
            '-' when next == '>' => (TokenKind.ThinArrow, 2),
            '-' when next == '=' => (TokenKind.MinusAssign, 2),
            '-' => (TokenKind.Minus, 1),
            '+' when next == '=' => (TokenKind.PlusAssign, 2),
            '+' => (TokenKind.Plus, 1),
            '/' when next == '=' => (TokenKind.SlashAssign, 2),
            '/' => (TokenKind.Slash, 1),
            '%' when next == '=' => (TokenKind.PercentAssign, 2),
            '%' => (TokenKind.Percent, 1),
            ':' => (TokenKind.Colon, 1),
            '.' => (TokenKind.Dot, 1),
            ',' => (TokenKind.Comma, 1),
            ';' => (TokenKind.Semicolon, 1),
            '(' => (TokenKind.LParen, 1),
            ')' => (TokenKind.RParen, 1),
            '{' => (TokenKind.LBrace, 1),
            '}' => (TokenKind.RBrace, 1),
            '[' => (TokenKind.LBracket, 1),
            ']' => (TokenKind.RBracket, 1),
            _ => (TokenKind.Error, 0),
        };
        if (kind == TokenKind.Error)
        {
            var character = _cursor.CurrentCodePoint();
            _cursor.Advance();
            Fail(start, $"unexpected character '{Display(character)}'", character);
            return;
        }
        if (_isInterpolation)
        {
            _braceDepth += kind == TokenKind.LBrace ? 1 : kind == TokenKind.RBrace ? -1 : 0;
        }
        var from = _cursor.Position;
        _cursor.Advance(length);
        Add(kind, start, _cursor.Text[from.._cursor.Position]);
    }

    private void Fail(Span start, string message, string text)
    {
        _diagnostics.Report(start, message);
        Add(TokenKind.Error, start, text);
    }

    private static string Display(string character) =>
        character.Length == 1 && (char.IsControl(character[0]) || char.IsSurrogate(character[0]))
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)character[0]:X4}")
            : character;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNamePart(char c) => IsNameStart(c) || IsDigit(c);
}
