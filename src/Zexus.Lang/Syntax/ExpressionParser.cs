using System.Collections.Immutable;
using System.Numerics;

namespace Zexus.Lang.Syntax;

/// <summary>
/// Parses expressions (LANGUAGE.md 2.5, precedence of 2.7) by precedence climbing for the binary levels and
/// recursive descent elsewhere, applying the line-break rule of 2.4 (b) after each complete operand.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly ParseContext _c;

    public ExpressionParser(ParseContext context) => _c = context;

    /// <summary>Set once by <see cref="StatementParser"/>: function literals and match arms contain blocks.</summary>
    public StatementParser Statements { get; set; } = null!;

    public Expr ParseExpression()
    {
        _c.Enter();
        var e = ParseConditional();
        _c.Exit();
        return e;
    }

    private Expr ParseConditional()
    {
        var condition = ParseBinary(1);
        if (!_c.At(TokenKind.Question))
        {
            return condition;
        }
        var question = _c.Advance();
        var then = ParseExpression();
        _c.Expect(TokenKind.Colon, "':' of the conditional expression");
        var otherwise = ParseExpression();
        return new ConditionalExpr(question.Span, condition, then, otherwise);
    }

    private static int Precedence(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion => 1,
        TokenKind.PipePipe or TokenKind.Or => 2,
        TokenKind.AmpAmp or TokenKind.And => 3,
        TokenKind.EqualEqual or TokenKind.BangEqual => 4,
        TokenKind.Less or TokenKind.Greater or TokenKind.LessEqual or TokenKind.GreaterEqual => 5,
        TokenKind.Plus or TokenKind.Minus => 6,
        TokenKind.Star or TokenKind.Slash or TokenKind.Percent => 7,
        _ => 0,
    };

    private static BinaryOp BinaryOpOf(TokenKind kind) => kind switch
    {
        TokenKind.QuestionQuestion => BinaryOp.Nullish,
        TokenKind.PipePipe or TokenKind.Or => BinaryOp.Or,
        TokenKind.AmpAmp or TokenKind.And => BinaryOp.And,
        TokenKind.EqualEqual => BinaryOp.Eq,
        TokenKind.BangEqual => BinaryOp.NotEq,
        TokenKind.Less => BinaryOp.Lt,
        TokenKind.Greater => BinaryOp.Gt,
        TokenKind.LessEqual => BinaryOp.LtEq,
        TokenKind.GreaterEqual => BinaryOp.GtEq,
        TokenKind.Plus => BinaryOp.Add,
        TokenKind.Minus => BinaryOp.Sub,
        TokenKind.Star => BinaryOp.Mul,
        TokenKind.Slash => BinaryOp.Div,
        _ => BinaryOp.Mod,
    };

    private Expr ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        var links = 0;
        while (true)
        {
            var op = _c.Current;
            var precedence = Precedence(op.Kind);
            // A '-' on a new line begins the next statement (2.4 b); every other binary operator continues.
            if (precedence < minPrecedence || precedence == 0 || (op.Kind == TokenKind.Minus && _c.AtSignificantNewline))
            {
                _c.Exit(links);
                return left;
            }
            // Each link of a left-associative chain nests the tree one level deeper, and tree walkers recurse
            // on that depth: it counts against the nesting limit like a bracket.
            _c.Enter();
            links++;
            _c.Advance();
            var right = ParseBinary(precedence + 1);
            left = new BinaryExpr(op.Span, BinaryOpOf(op.Kind), left, right);
        }
    }

    private Expr ParseUnary()
    {
        var op = _c.Current;
        UnaryOp? kind = op.Kind switch
        {
            TokenKind.Minus => UnaryOp.Negate,
            TokenKind.Bang => UnaryOp.Not,
            TokenKind.Await => UnaryOp.Await,
            _ => null,
        };
        if (kind is null)
        {
            return ParsePower();
        }
        _c.Advance();
        _c.Enter();
        var operand = ParseUnary();
        _c.Exit();
        return new UnaryExpr(op.Span, kind.Value, operand);
    }

    // '**' binds tighter than a unary operator on its left and takes a unary right operand (2.7 level 10).
    private Expr ParsePower()
    {
        var left = ParsePostfix();
        if (!_c.At(TokenKind.StarStar))
        {
            return left;
        }
        var op = _c.Advance();
        _c.Enter();
        var right = ParseUnary();
        _c.Exit();
        return new BinaryExpr(op.Span, BinaryOp.Pow, left, right);
    }

    private Expr ParsePostfix()
    {
        var e = ParsePrimary();
        var links = 0;
        while (true)
        {
            var t = _c.Current;
            if (t.Kind is TokenKind.LParen or TokenKind.LBracket or TokenKind.Dot)
            {
                _c.Enter();
                links++;
            }
            switch (t.Kind)
            {
                case TokenKind.LParen when !_c.AtSignificantNewline:
                    _c.Advance();
                    e = new CallExpr(t.Span, e, ParseArguments());
                    break;
                case TokenKind.LBracket when !_c.AtSignificantNewline:
                    _c.Advance();
                    var saved = _c.NewlinesSignificant;
                    _c.NewlinesSignificant = false;
                    var index = ParseExpression();
                    _c.Expect(TokenKind.RBracket, "']'");
                    _c.NewlinesSignificant = saved;
                    e = new IndexExpr(t.Span, e, index);
                    break;
                case TokenKind.Dot:
                    _c.Advance();
                    e = new MemberExpr(t.Span, e, _c.ExpectWord("a member name after '.'"));
                    break;
                default:
                    _c.Exit(links);
                    return e;
            }
        }
    }

    /// <summary>The arguments after an opening <c>(</c>, through the closing <c>)</c> (no trailing comma, 2.5).</summary>
    public ImmutableArray<Expr> ParseArguments()
    {
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = false;
        var args = ImmutableArray.CreateBuilder<Expr>();
        if (!_c.At(TokenKind.RParen))
        {
            do
            {
                args.Add(ParseExpression());
            }
            while (_c.Match(TokenKind.Comma));
        }
        _c.Expect(TokenKind.RParen, "',' or ')'");
        _c.NewlinesSignificant = saved;
        return args.ToImmutable();
    }

    private Expr ParsePrimary()
    {
        var t = _c.Current;
        switch (t.Kind)
        {
            case TokenKind.Int:
                _c.Advance();
                return new IntLiteral(t.Span, (BigInteger)t.Value!);
            case TokenKind.Float:
                _c.Advance();
                return new FloatLiteral(t.Span, (double)t.Value!);
            case TokenKind.String:
                _c.Advance();
                return StringExpression(t);
            case TokenKind.True or TokenKind.False:
                _c.Advance();
                return new BoolLiteral(t.Span, t.Kind == TokenKind.True);
            case TokenKind.Null:
                _c.Advance();
                return new NullLiteral(t.Span);
            case TokenKind.This:
                if (!_c.InContractAction)
                {
                    _c.Report(t.Span, "'this' outside of a contract action");
                }
                _c.Advance();
                return new ThisExpr(t.Span);
            case TokenKind.Identifier when _c.Peek(1).Kind == TokenKind.FatArrow:
                return ParseArrowFunction([new Parameter(t.Span, _c.Advance().Text, null)], t.Span);
            case TokenKind.Identifier:
                _c.Advance();
                return new Identifier(t.Span, t.Text);
            case TokenKind.LParen:
                return IsArrowParameterList() ? ParseArrowFunction(ParseParameters(), t.Span) : ParseParenthesized();
            case TokenKind.LBracket:
                return ParseList();
            case TokenKind.LBrace:
                return ParseMap();
            case TokenKind.Function or TokenKind.Action:
                return ParseFunctionLiteral();
            case TokenKind.Lambda:
                return ParseLambda();
            case TokenKind.Match:
                return new MatchParser(_c, this).Parse();
            default:
                throw _c.Fail("an expression");
        }
    }

    private bool IsArrowParameterList()
    {
        var close = _c.Stream.PartnerOf(_c.Position);
        return close >= 0 && _c.Stream.Tokens[close + 1].Kind == TokenKind.FatArrow;
    }

    private Expr ParseParenthesized()
    {
        _c.Advance();
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = false;
        var inner = ParseExpression();
        _c.Expect(TokenKind.RParen, "')'");
        _c.NewlinesSignificant = saved;
        return inner;
    }

    private Expr ParseList()
    {
        var open = _c.Advance();
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = false;
        var items = ImmutableArray.CreateBuilder<Expr>();
        while (!_c.At(TokenKind.RBracket))
        {
            items.Add(ParseExpression());
            if (!_c.Match(TokenKind.Comma))
            {
                break;
            }
        }
        _c.Expect(TokenKind.RBracket, "',' or ']'");
        _c.NewlinesSignificant = saved;
        return new ListLiteral(open.Span, items.ToImmutable());
    }

    private Expr ParseMap()
    {
        var open = _c.Advance();
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = false;
        var entries = ImmutableArray.CreateBuilder<MapEntry>();
        while (!_c.At(TokenKind.RBrace))
        {
            var key = _c.Current;
            string name;
            if (key.IsWord)
            {
                name = key.Text;
            }
            else if (key.Kind == TokenKind.String && key.Value is string plain)
            {
                name = plain;
            }
            else
            {
                throw _c.Fail("a map key (a name or a plain string)");
            }
            _c.Advance();
            _c.Expect(TokenKind.Colon, "':' after the map key");
            entries.Add(new MapEntry(name, ParseExpression()));
            if (!_c.Match(TokenKind.Comma))
            {
                break;
            }
        }
        _c.Expect(TokenKind.RBrace, "',' or '}'");
        _c.NewlinesSignificant = saved;
        return new MapLiteral(open.Span, entries.ToImmutable());
    }

    private Expr StringExpression(Token token)
    {
        if (token.Value is string text)
        {
            return new StringLiteral(token.Span, text);
        }
        var parts = ImmutableArray.CreateBuilder<Expr>();
        foreach (var part in token.InterpolationParts)
        {
            parts.Add(part.Code is null ? new StringLiteral(part.Span, part.Text!) : ParseEmbedded(part.Code));
        }
        return new InterpolatedString(token.Span, parts.ToImmutable());
    }

    // The text of ${…} must be exactly one expression (2.2); its line breaks are like those in parentheses.
    private Expr ParseEmbedded(TokenStream code)
    {
        var outer = _c.EnterStream(code);
        var saved = _c.NewlinesSignificant;
        try
        {
            _c.NewlinesSignificant = false;
            var e = ParseExpression();
            if (!_c.At(TokenKind.InterpolationEnd))
            {
                throw _c.Fail("'}' to end the interpolated expression");
            }
            return e;
        }
        finally
        {
            _c.NewlinesSignificant = saved;
            _c.LeaveStream(outer);
        }
    }

    /// <summary><c>( [NAME [: WORD] {, NAME [: WORD]}] )</c>.</summary>
    public ImmutableArray<Parameter> ParseParameters()
    {
        _c.Expect(TokenKind.LParen, "'(' to begin the parameter list");
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = false;
        var parameters = ImmutableArray.CreateBuilder<Parameter>();
        if (!_c.At(TokenKind.RParen))
        {
            do
            {
                var span = _c.Current.Span;
                var name = _c.ExpectName("a parameter name");
                var type = _c.Match(TokenKind.Colon) ? _c.ExpectWord("a type name after ':'") : null;
                parameters.Add(new Parameter(span, name, type));
            }
            while (_c.Match(TokenKind.Comma));
        }
        _c.Expect(TokenKind.RParen, "',' or ')'");
        _c.NewlinesSignificant = saved;
        return parameters.ToImmutable();
    }

    public string? ParseReturnAnnotation() =>
        _c.Match(TokenKind.ThinArrow) ? _c.ExpectWord("a type name after '->'") : null;

    private FunctionLiteral ParseArrowFunction(ImmutableArray<Parameter> parameters, Span span)
    {
        _c.Expect(TokenKind.FatArrow, "'=>'");
        var (block, body) = ParseFunctionBody(allowExpression: true, contractAction: false);
        return new FunctionLiteral(span, FunctionKind.Lambda, null, parameters, block, body, false, null);
    }

    private FunctionLiteral ParseFunctionLiteral()
    {
        var keyword = _c.Advance();
        var parameters = ParseParameters();
        var annotation = ParseReturnAnnotation();
        var (block, _) = ParseFunctionBody(allowExpression: false, contractAction: false);
        return new FunctionLiteral(keyword.Span, FunctionKind.Action, null, parameters, block, null, false, annotation);
    }

    private FunctionLiteral ParseLambda()
    {
        var keyword = _c.Advance();
        var parameters = ImmutableArray.CreateBuilder<Parameter>();
        if (_c.At(TokenKind.LParen))
        {
            foreach (var p in ParseParameters())
            {
                parameters.Add(p);
            }
        }
        else if (_c.At(TokenKind.Identifier))
        {
            var name = _c.Advance();
            parameters.Add(new Parameter(name.Span, name.Text, null));
        }
        _c.Expect(TokenKind.Colon, "':' before the lambda body");
        var (_, body) = ParseFunctionBody(allowExpression: true, contractAction: false, forceExpression: true);
        return new FunctionLiteral(keyword.Span, FunctionKind.Lambda, null, parameters.ToImmutable(), null, body, false, null);
    }

    /// <summary>
    /// A function body: loops of the enclosing function do not reach into it, <c>return</c> is allowed, and
    /// <c>this</c> stays allowed if it was (or becomes allowed for a contract action).
    /// </summary>
    public (BlockStmt? Block, Expr? Expression) ParseFunctionBody(bool allowExpression, bool contractAction, bool forceExpression = false)
    {
        var saved = _c.Save();
        _c.LoopDepth = 0;
        _c.FunctionDepth++;
        _c.InContractAction |= contractAction;
        (BlockStmt?, Expr?) result = !forceExpression && (!allowExpression || _c.At(TokenKind.LBrace))
            ? (Statements.ParseBlock(), null)
            : (null, ParseExpression());
        _c.LoopDepth = saved.LoopDepth;
        _c.FunctionDepth = saved.FunctionDepth;
        _c.InContractAction = saved.InContractAction;
        return result;
    }
}
