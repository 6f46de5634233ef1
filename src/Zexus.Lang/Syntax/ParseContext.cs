using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Zexus.Lang.Syntax;

/// <summary>
/// The state shared by <see cref="StatementParser"/> and <see cref="ExpressionParser"/>: the token cursor, the
/// line-break mode of LANGUAGE.md 2.4, the nesting guard and what the static checks of 2.6 need to know.
/// </summary>
internal sealed class ParseContext
{
    private TokenStream _stream;

    public ParseContext(TokenStream stream, DiagnosticBag diagnostics)
    {
        _stream = stream;
        Diagnostics = diagnostics;
    }

    public DiagnosticBag Diagnostics { get; }

    public TokenStream Stream => _stream;

    public int Position { get; set; }

    /// <summary>
    /// Whether a line break ends things here (2.4 a): true at top level and directly inside blocks and
    /// contract/entity/enum/match bodies, false inside parentheses, brackets, map literals and import lists.
    /// </summary>
    public bool NewlinesSignificant { get; set; } = true;

    public int Depth { get; private set; }

    /// <summary>Enclosing while/for-each bodies of the current function (2.6).</summary>
    public int LoopDepth { get; set; }

    /// <summary>Enclosing function bodies (2.6 'return').</summary>
    public int FunctionDepth { get; set; }

    /// <summary>Enclosing blocks and bodies of any kind: zero means top level (2.5 notes).</summary>
    public int BlockDepth { get; set; }

    /// <summary>Inside a contract action or a function nested in one, where <c>this</c> is allowed (2.6).</summary>
    public bool InContractAction { get; set; }

    public Token Current => _stream.Tokens[Position];

    public TokenKind Kind => Current.Kind;

    public bool AtEnd => Current.IsEnd;

    /// <summary>The current token is preceded by a line break that matters here (2.4).</summary>
    public bool AtSignificantNewline => NewlinesSignificant && Current.NewlineBefore;

    public Token Peek(int offset)
    {
        var tokens = _stream.Tokens;
        return tokens[Math.Min(Position + offset, tokens.Length - 1)];
    }

    public bool At(TokenKind kind) => Current.Kind == kind;

    public Token Advance()
    {
        var token = Current;
        if (!token.IsEnd)
        {
            Position++;
        }
        return token;
    }

    public bool Match(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    public Token Expect(TokenKind kind, string expected) => Current.Kind == kind ? Advance() : throw Fail(expected);

    public string ExpectName(string what)
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            throw Fail(what);
        }
        Advance();
        return token.Text;
    }

    /// <summary>A name or keyword: member names, map keys and type annotations (WORD of 2.5).</summary>
    public string ExpectWord(string what)
    {
        var token = Current;
        if (!token.IsWord)
        {
            throw Fail(what);
        }
        Advance();
        return token.Text;
    }

    /// <summary>Reports "expected X, found Y" at the current token and returns the exception to throw.</summary>
    public SyntaxErrorException Fail(string expected) =>
        FailAt(Current, $"expected {expected}, found {Current.Describe()}");

    public SyntaxErrorException FailAt(Token token, string message)
    {
        // An Error token was already reported by the lexer; anything the parser says about it is a cascade.
        if (token.Kind != TokenKind.Error)
        {
            var incomplete = token.Kind == TokenKind.EndOfInput && _stream.HasUnclosedBracket;
            Report(token.Span, message, incomplete);
        }
        return new SyntaxErrorException();
    }

    /// <summary>Records an error without interrupting the parse (the static checks of 2.6).</summary>
    public void Report(Span span, string message, bool atEndOfInput = false)
    {
        Diagnostics.Report(span, message, atEndOfInput);
        if (Diagnostics.IsFull)
        {
            throw new ParseAbortedException();
        }
    }

    /// <summary>Enters one level of nesting; hostile input gets a diagnostic instead of a stack overflow.</summary>
    public void Enter()
    {
        Depth++;
        if (Depth > ParseLimits.MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Diagnostics.Report(Current.Span, ParseLimits.NestingMessage);
            throw new ParseAbortedException();
        }
    }

    public void Exit(int levels = 1) => Depth -= levels;

    public Snapshot Save() => new(Depth, NewlinesSignificant, LoopDepth, FunctionDepth, BlockDepth, InContractAction);

    public void Restore(Snapshot s)
    {
        Depth = s.Depth;
        NewlinesSignificant = s.NewlinesSignificant;
        LoopDepth = s.LoopDepth;
        FunctionDepth = s.FunctionDepth;
        BlockDepth = s.BlockDepth;
        InContractAction = s.InContractAction;
    }

    /// <summary>Switches to the tokens of an interpolation; returns what <see cref="LeaveStream"/> needs.</summary>
    public (TokenStream Stream, int Position) EnterStream(TokenStream stream)
    {
        var saved = (_stream, Position);
        _stream = stream;
        Position = 0;
        return saved;
    }

    public void LeaveStream((TokenStream Stream, int Position) saved)
    {
        _stream = saved.Stream;
        Position = saved.Position;
    }

    /// <summary>
    /// After an error in the statement that began at <paramref name="start"/>: skips to the next statement
    /// boundary at that statement's bracket level — a significant line break, past a <c>;</c>, or before the
    /// <c>}</c> that closes the enclosing body.
    /// </summary>
    public void Synchronize(int start)
    {
        var errorAt = Math.Max(Position, start);
        var tokens = _stream.Tokens;
        var depth = 0;
        for (var i = start; ; i++)
        {
            var t = tokens[i];
            if (t.IsEnd)
            {
                Position = i;
                return;
            }
            if (i >= errorAt && depth == 0)
            {
                if (t.Kind == TokenKind.Semicolon)
                {
                    Position = i + 1;
                    return;
                }
                if (t.Kind == TokenKind.RBrace || (t.NewlineBefore && i > start))
                {
                    Position = i;
                    return;
                }
            }
            if (t.Kind is TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace)
            {
                depth++;
            }
            else if (t.Kind is TokenKind.RParen or TokenKind.RBracket or TokenKind.RBrace && depth > 0)
            {
                depth--;
            }
        }
    }

    /// <summary>
    /// A <c>{ item sep item … }</c> body of an entity, enum or match (2.5): items separated by commas and/or
    /// significant line breaks, trailing separator allowed.
    /// </summary>
    public void ParseSeparatedBody(string opening, string item, Action parseItem)
    {
        Expect(TokenKind.LBrace, opening);
        var saved = NewlinesSignificant;
        NewlinesSignificant = true;
        Enter();
        while (!At(TokenKind.RBrace))
        {
            if (AtEnd)
            {
                throw Fail("'}'");
            }
            parseItem();
            if (!Match(TokenKind.Comma) && !At(TokenKind.RBrace) && !AtSignificantNewline)
            {
                throw Fail($"',' or a line break between {item}s, or '}}'");
            }
        }
        Advance();
        Exit();
        NewlinesSignificant = saved;
    }

    internal readonly record struct Snapshot(int Depth, bool NewlinesSignificant, int LoopDepth, int FunctionDepth, int BlockDepth, bool InContractAction);
}
