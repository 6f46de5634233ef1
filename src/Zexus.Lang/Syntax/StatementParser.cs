using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>
/// Parses statements and blocks (LANGUAGE.md 2.3-2.5, section 6), applies the termination rules of 2.4 and the
/// static checks of 2.6, and recovers from errors at statement boundaries so one run reports several of them.
/// </summary>
internal sealed class StatementParser
{
    private readonly ParseContext _c;
    private readonly ExpressionParser _expressions;
    private readonly DeclarationParser _declarations;

    public StatementParser(ParseContext context)
    {
        _c = context;
        _expressions = new ExpressionParser(context) { Statements = this };
        _declarations = new DeclarationParser(context, this, _expressions);
    }

    /// <summary>Parses top-level statements into <paramref name="statements"/> until the end of input.</summary>
    public void ParseProgram(List<Stmt> statements) => ParseStatements(statements, inBlock: false);

    public BlockStmt ParseBlock()
    {
        var open = _c.Expect(TokenKind.LBrace, "'{'");
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = true;
        _c.Enter();
        _c.BlockDepth++;
        var statements = new List<Stmt>();
        ParseStatements(statements, inBlock: true);
        _c.Expect(TokenKind.RBrace, "'}'");
        _c.BlockDepth--;
        _c.Exit();
        _c.NewlinesSignificant = saved;
        return new BlockStmt(open.Span, [.. statements]);
    }

    private void ParseStatements(List<Stmt> statements, bool inBlock)
    {
        while (!_c.AtEnd)
        {
            if (_c.At(TokenKind.RBrace))
            {
                if (inBlock)
                {
                    return;
                }
                _c.FailAt(_c.Current, "unexpected '}' (no block to close)");
                _c.Advance();
                continue;
            }
            var snapshot = _c.Save();
            var start = _c.Position;
            try
            {
                statements.Add(ParseStatement());
            }
            catch (SyntaxErrorException)
            {
                _c.Restore(snapshot);
                Recover(start);
            }
        }
    }

    /// <summary>Skips the rest of a failed statement; always makes progress unless at a closing brace.</summary>
    public void Recover(int start)
    {
        _c.Synchronize(start);
        if (_c.Position == start && !_c.AtEnd && !_c.At(TokenKind.RBrace))
        {
            _c.Advance();
        }
    }

    public Stmt ParseStatement()
    {
        var t = _c.Current;
        CheckReservedWord();
        switch (t.Kind)
        {
            case TokenKind.Semicolon:
                _c.Advance();
                return new EmptyStmt(t.Span);
            case TokenKind.Let or TokenKind.Const or TokenKind.State or TokenKind.Ledger:
                return EndSimple(ParseDeclaration());
            case TokenKind.Action or TokenKind.Function when _c.Peek(1).Kind == TokenKind.Identifier:
            case TokenKind.Async:
                return ParseFunctionDeclaration(inContract: false);
            case TokenKind.If:
                return ParseIf();
            case TokenKind.While:
                return ParseWhile();
            case TokenKind.For:
                return ParseForEach();
            case TokenKind.Try:
                return ParseTry();
            case TokenKind.Return:
                return ParseReturn();
            case TokenKind.Break or TokenKind.Continue:
                if (_c.LoopDepth == 0)
                {
                    _c.Report(t.Span, $"'{t.Text}' outside of a loop");
                }
                _c.Advance();
                return EndSimple(t.Kind == TokenKind.Break ? new BreakStmt(t.Span) : new ContinueStmt(t.Span));
            case TokenKind.Throw:
                _c.Advance();
                return EndSimple(new ThrowStmt(t.Span, _expressions.ParseExpression()));
            case TokenKind.Print:
                return ParsePrint();
            case TokenKind.Emit:
                return ParseEmit();
            case TokenKind.Contract or TokenKind.Entity or TokenKind.Enum or TokenKind.Use or TokenKind.Export:
                if (_c.BlockDepth > 0 || _c.FunctionDepth > 0)
                {
                    _c.Report(t.Span, $"'{t.Text}' is only allowed at the top level");
                }
                return _declarations.ParseTopLevel();
            case TokenKind.LBrace:
                // 2.4 (h): blocks only follow if/while/…; a map literal cannot start a statement either.
                throw _c.FailAt(t, "a statement cannot begin with '{'");
            default:
                return ParseExpressionStatement();
        }
    }

    /// <summary>Appendix A: a reserved word beginning a statement or contract member, followed on the same line
    /// by something that cannot continue an expression, is an unsupported feature.</summary>
    public void CheckReservedWord()
    {
        var t = _c.Current;
        if (t.Kind != TokenKind.Identifier || !Keywords.IsReserved(t.Text))
        {
            return;
        }
        var next = _c.Peek(1);
        if (!next.NewlineBefore && (next.IsWord || next.Kind is TokenKind.Int or TokenKind.Float or TokenKind.String
                or TokenKind.LBrace or TokenKind.Less or TokenKind.Greater))
        {
            throw _c.FailAt(t, $"'{t.Text}' is not supported");
        }
    }

    /// <summary>2.4 (c): a simple statement ends at ';', a significant line break, a closing '}' or the end.</summary>
    public Stmt EndSimple(Stmt statement)
    {
        if (!_c.Match(TokenKind.Semicolon) && !AtStatementEnd())
        {
            throw _c.Fail("';' or a line break after the statement");
        }
        return statement;
    }

    private bool AtStatementEnd() =>
        _c.AtEnd || _c.At(TokenKind.Semicolon) || _c.At(TokenKind.RBrace) || _c.AtSignificantNewline;

    public DeclarationStmt ParseDeclaration()
    {
        var keyword = _c.Advance();
        var nameSpan = _c.Current.Span;
        var name = _c.ExpectName("a variable name");
        var kind = keyword.Kind switch
        {
            TokenKind.Let => DeclarationKind.Let,
            TokenKind.Const => DeclarationKind.Const,
            TokenKind.State => DeclarationKind.State,
            _ => DeclarationKind.Ledger,
        };
        Expr? init = null;
        if (kind is DeclarationKind.Let or DeclarationKind.Const)
        {
            _c.Expect(TokenKind.Assign, $"'=' after '{keyword.Text} {name}'");
            init = _expressions.ParseExpression();
        }
        else if (_c.Match(TokenKind.Assign))
        {
            init = _expressions.ParseExpression();
        }
        return new DeclarationStmt(keyword.Span, kind, name, nameSpan, init);
    }

    /// <summary><c>[async] action|function NAME(params) [-&gt; WORD] { … }</c> (6.9); in a contract, an action (10.1).</summary>
    public FunctionDeclStmt ParseFunctionDeclaration(bool inContract)
    {
        var first = _c.Current;
        var isAsync = _c.Match(TokenKind.Async);
        if (!_c.At(TokenKind.Action) && !_c.At(TokenKind.Function))
        {
            throw _c.Fail("'action' or 'function' after 'async'");
        }
        var keyword = _c.Advance();
        var name = _c.ExpectName($"a function name after '{keyword.Text}'");
        var parameters = _expressions.ParseParameters();
        var annotation = _expressions.ParseReturnAnnotation();
        var (body, _) = _expressions.ParseFunctionBody(allowExpression: false, contractAction: inContract);
        var function = new FunctionLiteral(keyword.Span, FunctionKind.Action, name, parameters, body, null, isAsync, annotation);
        return new FunctionDeclStmt(first.Span, function);
    }

    private IfStmt ParseIf()
    {
        var keyword = _c.Advance();
        var branches = ImmutableArray.CreateBuilder<IfBranch>();
        branches.Add(new IfBranch(_expressions.ParseExpression(), ParseBlock()));
        BlockStmt? otherwise = null;
        while (true)
        {
            if (_c.Match(TokenKind.Elif))
            {
                branches.Add(new IfBranch(_expressions.ParseExpression(), ParseBlock()));
            }
            else if (_c.At(TokenKind.Else) && _c.Peek(1).Kind == TokenKind.If)
            {
                _c.Advance();
                _c.Advance();
                branches.Add(new IfBranch(_expressions.ParseExpression(), ParseBlock()));
            }
            else if (_c.Match(TokenKind.Else))
            {
                otherwise = ParseBlock();
                break;
            }
            else
            {
                break;
            }
        }
        return new IfStmt(keyword.Span, branches.ToImmutable(), otherwise);
    }

    private WhileStmt ParseWhile()
    {
        var keyword = _c.Advance();
        var condition = _expressions.ParseExpression();
        return new WhileStmt(keyword.Span, condition, ParseLoopBody());
    }

    private ForEachStmt ParseForEach()
    {
        var keyword = _c.Advance();
        _c.Expect(TokenKind.Each, "'each' after 'for'");
        var first = _c.ExpectName("a loop variable name");
        var second = _c.Match(TokenKind.Comma) ? _c.ExpectName("a second loop variable name") : null;
        _c.Expect(TokenKind.In, "'in'");
        var iterable = _expressions.ParseExpression();
        return new ForEachStmt(keyword.Span, first, second, iterable, ParseLoopBody());
    }

    private BlockStmt ParseLoopBody()
    {
        _c.LoopDepth++;
        var body = ParseBlock();
        _c.LoopDepth--;
        return body;
    }

    private TryStmt ParseTry()
    {
        var keyword = _c.Advance();
        var body = ParseBlock();
        string? catchName = null;
        BlockStmt? catchBody = null;
        BlockStmt? finallyBody = null;
        if (_c.Match(TokenKind.Catch))
        {
            if (_c.Match(TokenKind.LParen))
            {
                catchName = _c.ExpectName("a name for the caught error");
                _c.Expect(TokenKind.RParen, "')'");
            }
            else if (_c.At(TokenKind.Identifier))
            {
                catchName = _c.Advance().Text;
            }
            catchBody = ParseBlock();
        }
        if (_c.Match(TokenKind.Finally))
        {
            finallyBody = ParseBlock();
        }
        if (catchBody is null && finallyBody is null)
        {
            throw _c.Fail("'catch' or 'finally' after the try block");
        }
        return new TryStmt(keyword.Span, body, catchName, catchBody, finallyBody);
    }

    private Stmt ParseReturn()
    {
        var keyword = _c.Advance();
        if (_c.FunctionDepth == 0)
        {
            _c.Report(keyword.Span, "'return' outside of a function");
        }
        // 2.4 (f): the returned expression must start on the line of 'return'.
        var value = AtStatementEnd() ? null : _expressions.ParseExpression();
        return EndSimple(new ReturnStmt(keyword.Span, value));
    }

    private Stmt ParsePrint()
    {
        var keyword = _c.Advance();
        ImmutableArray<Expr> args;
        if (_c.At(TokenKind.LParen) && !_c.Current.NewlineBefore)
        {
            // 'print (a + b) * 2' is an error (2.5 notes): the parenthesised list is the whole argument list.
            _c.Advance();
            args = _expressions.ParseArguments();
        }
        else if (AtStatementEnd())
        {
            args = [];
        }
        else
        {
            var list = ImmutableArray.CreateBuilder<Expr>();
            do
            {
                list.Add(_expressions.ParseExpression());
            }
            while (_c.Match(TokenKind.Comma));
            args = list.ToImmutable();
        }
        return EndSimple(new PrintStmt(keyword.Span, args));
    }

    private Stmt ParseEmit()
    {
        var keyword = _c.Advance();
        var name = _c.ExpectName("an event name after 'emit'");
        var args = ImmutableArray<Expr>.Empty;
        if (_c.At(TokenKind.LParen) && !_c.AtSignificantNewline)
        {
            _c.Advance();
            args = _expressions.ParseArguments();
        }
        return EndSimple(new EmitStmt(keyword.Span, name, args));
    }

    private Stmt ParseExpressionStatement()
    {
        var first = _c.Current;
        var target = _expressions.ParseExpression();
        var op = _c.Current;
        AssignOp? assign = op.Kind switch
        {
            TokenKind.Assign => AssignOp.Assign,
            TokenKind.PlusAssign => AssignOp.Add,
            TokenKind.MinusAssign => AssignOp.Sub,
            TokenKind.StarAssign => AssignOp.Mul,
            TokenKind.SlashAssign => AssignOp.Div,
            TokenKind.PercentAssign => AssignOp.Mod,
            TokenKind.StarStarAssign => AssignOp.Pow,
            _ => null,
        };
        if (assign is null)
        {
            return EndSimple(new ExprStmt(first.Span, target));
        }
        if (target is not (Identifier or MemberExpr or IndexExpr))
        {
            throw _c.FailAt(op, "invalid assignment target (only a name, a member or an index can be assigned)");
        }
        _c.Advance();
        var value = _expressions.ParseExpression();
        return EndSimple(new AssignStmt(op.Span, target, assign.Value, value));
    }
}
