using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>
/// Parses the top-level-only statements: <c>contract</c> (LANGUAGE.md 10.1), <c>entity</c> (11), <c>enum</c> (12),
/// <c>use</c> and <c>export</c> (14), with their duplicate-name checks. The caller checks the top-level rule.
/// </summary>
internal sealed class DeclarationParser
{
    private readonly ParseContext _c;
    private readonly StatementParser _statements;
    private readonly ExpressionParser _expressions;

    public DeclarationParser(ParseContext context, StatementParser statements, ExpressionParser expressions)
    {
        _c = context;
        _statements = statements;
        _expressions = expressions;
    }

    public Stmt ParseTopLevel() => _c.Kind switch
    {
        TokenKind.Contract => ParseContract(),
        TokenKind.Entity => ParseEntity(),
        TokenKind.Enum => ParseEnum(),
        TokenKind.Use => _statements.EndSimple(ParseUse()),
        _ => ParseExport(),
    };

    private ContractDeclStmt ParseContract()
    {
        var keyword = _c.Advance();
        var name = _c.ExpectName("a contract name");
        _c.Expect(TokenKind.LBrace, "'{' to begin the contract body");
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = true;
        _c.Enter();
        _c.BlockDepth++;
        var state = ImmutableArray.CreateBuilder<StateMember>();
        var actions = ImmutableArray.CreateBuilder<FunctionLiteral>();
        var members = new HashSet<string>(StringComparer.Ordinal);
        while (!_c.At(TokenKind.RBrace) && !_c.AtEnd)
        {
            if (_c.Match(TokenKind.Semicolon))
            {
                continue;
            }
            var snapshot = _c.Save();
            var start = _c.Position;
            try
            {
                ParseContractMember(name, members, state, actions);
            }
            catch (SyntaxErrorException)
            {
                _c.Restore(snapshot);
                _statements.Recover(start);
            }
        }
        _c.Expect(TokenKind.RBrace, "'}' to end the contract body");
        _c.BlockDepth--;
        _c.Exit();
        _c.NewlinesSignificant = saved;
        return new ContractDeclStmt(keyword.Span, name, state.ToImmutable(), actions.ToImmutable());
    }

    private void ParseContractMember(
        string contract,
        HashSet<string> members,
        ImmutableArray<StateMember>.Builder state,
        ImmutableArray<FunctionLiteral>.Builder actions)
    {
        _statements.CheckReservedWord();
        var t = _c.Current;
        if (t.Kind is TokenKind.State or TokenKind.Ledger)
        {
            // State initializers run without 'this' (10.1 step 2); the flag is off here already.
            var declaration = (DeclarationStmt)_statements.EndSimple(_statements.ParseDeclaration());
            CheckMember(contract, members, declaration.Name, declaration.NameSpan);
            state.Add(new StateMember(declaration.Span, declaration.Name, declaration.Init));
        }
        else if (t.Kind is TokenKind.Action or TokenKind.Function or TokenKind.Async)
        {
            var nameSpan = _c.Peek(t.Kind == TokenKind.Async ? 2 : 1).Span;
            var declaration = _statements.ParseFunctionDeclaration(inContract: true);
            CheckMember(contract, members, declaration.Name, nameSpan);
            actions.Add(declaration.Function);
        }
        else
        {
            throw _c.Fail("'state', 'ledger', 'action' or 'function' in a contract body");
        }
    }

    private void CheckMember(string contract, HashSet<string> members, string name, Span span)
    {
        if (name == "address")
        {
            _c.Report(span, "'address' cannot be declared in a contract");
        }
        else if (!members.Add(name))
        {
            _c.Report(span, $"duplicate member '{name}' in contract {contract}");
        }
    }

    private EntityDeclStmt ParseEntity()
    {
        var keyword = _c.Advance();
        var name = _c.ExpectName("an entity name");
        var fields = ImmutableArray.CreateBuilder<EntityFieldDecl>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _c.BlockDepth++;
        _c.ParseSeparatedBody("'{' to begin the entity body", "field", () =>
        {
            var span = _c.Current.Span;
            var field = _c.ExpectName("a field name");
            var type = _c.Match(TokenKind.Colon) ? _c.ExpectWord("a type name after ':'") : null;
            var initial = _c.Match(TokenKind.Assign) ? _expressions.ParseExpression() : null;
            if (!seen.Add(field))
            {
                _c.Report(span, $"duplicate field '{field}' in entity {name}");
            }
            fields.Add(new EntityFieldDecl(span, field, type, initial));
        });
        _c.BlockDepth--;
        return new EntityDeclStmt(keyword.Span, name, fields.ToImmutable());
    }

    private EnumDeclStmt ParseEnum()
    {
        var keyword = _c.Advance();
        var name = _c.ExpectName("an enum name");
        var members = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _c.ParseSeparatedBody("'{' to begin the enum body", "member", () =>
        {
            var span = _c.Current.Span;
            var member = _c.ExpectName("an enum member name");
            if (!seen.Add(member))
            {
                _c.Report(span, $"duplicate member '{member}' in enum {name}");
            }
            members.Add(member);
        });
        return new EnumDeclStmt(keyword.Span, name, members.ToImmutable());
    }

    private UseStmt ParseUse()
    {
        var keyword = _c.Advance();
        if (_c.At(TokenKind.LBrace))
        {
            var names = ParseNameList();
            if (!(_c.At(TokenKind.Identifier) && _c.Current.Text == "from"))
            {
                throw _c.Fail("'from' after the import list");
            }
            _c.Advance();
            return new UseStmt(keyword.Span, ExpectPath(), null, names);
        }
        var path = ExpectPath();
        string? alias = null;
        if (_c.At(TokenKind.Identifier) && _c.Current.Text == "as" && !_c.AtSignificantNewline)
        {
            _c.Advance();
            alias = _c.ExpectName("a module alias after 'as'");
        }
        return new UseStmt(keyword.Span, path, alias, []);
    }

    private string ExpectPath()
    {
        var t = _c.Current;
        if (t.Kind != TokenKind.String || t.Value is not string path)
        {
            throw _c.Fail("a module path (a plain string)");
        }
        _c.Advance();
        return path;
    }

    /// <summary><c>{ NAME {, NAME} [,] }</c>; line breaks inside are ignored (2.4 a).</summary>
    private ImmutableArray<string> ParseNameList()
    {
        _c.Advance();
        var saved = _c.NewlinesSignificant;
        _c.NewlinesSignificant = false;
        var names = ImmutableArray.CreateBuilder<string>();
        do
        {
            if (_c.At(TokenKind.RBrace) && names.Count > 0)
            {
                break;
            }
            names.Add(_c.ExpectName("a name"));
        }
        while (_c.Match(TokenKind.Comma));
        _c.Expect(TokenKind.RBrace, "',' or '}'");
        _c.NewlinesSignificant = saved;
        return names.ToImmutable();
    }

    private Stmt ParseExport()
    {
        var keyword = _c.Advance();
        switch (_c.Kind)
        {
            case TokenKind.Let or TokenKind.Const or TokenKind.State or TokenKind.Ledger:
                return _statements.EndSimple(new ExportStmt(keyword.Span, _statements.ParseDeclaration(), []));
            case TokenKind.Async or TokenKind.Action or TokenKind.Function:
                return new ExportStmt(keyword.Span, _statements.ParseFunctionDeclaration(inContract: false), []);
            case TokenKind.Contract or TokenKind.Entity or TokenKind.Enum:
                return new ExportStmt(keyword.Span, ParseTopLevel(), []);
            case TokenKind.LBrace:
                return _statements.EndSimple(new ExportStmt(keyword.Span, null, ParseNameList()));
            case TokenKind.Identifier:
                var names = ImmutableArray.CreateBuilder<string>();
                do
                {
                    names.Add(_c.ExpectName("a name"));
                }
                while (_c.Match(TokenKind.Comma));
                return _statements.EndSimple(new ExportStmt(keyword.Span, null, names.ToImmutable()));
            default:
                throw _c.Fail("a declaration or names after 'export'");
        }
    }
}
