using System.Collections.Immutable;
using Zexus.Lang.Evaluator.Nodes;
using Zexus.Lang.Syntax;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator;

/// <summary>
/// Prepares evaluator nodes from the AST once (the Jint way): resolves every name to its candidate
/// slots, picks specialised nodes for hot operations, and lays out each function's call scope.
/// </summary>
public sealed class NodeBuilder(Interpreter interpreter, ModuleContext module)
{
    private readonly string _file = module.File;
    private ScopeInfo _current = module.GlobalInfo;

    /// <summary>Counts match expressions with block arms, to know which loops and functions must catch their signals.</summary>
    private int _matchBlocks;

    public static bool HasExports(ProgramNode program) => program.Statements.Any(s => s is ExportStmt);

    public BlockNode BuildProgram(ProgramNode program) =>
        new(Loc(new Span(1, 1)), [.. program.Statements.Select(Stmt)], interpreter);

    /// <summary>Builds top-level statements one by one (the REPL prints expression statements' values).</summary>
    public StmtNode BuildStatement(Stmt statement) => Stmt(statement);

    public ExprNode BuildExpression(Expr expression) => Expr(expression);

    private SourceLocation Loc(Span span) => new(_file, span.Line, span.Column);

    private BlockNode Block(BlockStmt block) => new(Loc(block.Span), [.. block.Statements.Select(Stmt)], interpreter);

    private StmtNode Stmt(Stmt stmt)
    {
        var loc = Loc(stmt.Span);
        switch (stmt)
        {
            case BlockStmt b:
                return Block(b);
            case EmptyStmt:
                return new EmptyNode(loc);
            case ExprStmt e:
                return new ExprStmtNode(loc, Expr(e.Expression));
            case DeclarationStmt d:
                {
                    var init = d.Init is null ? null : Expr(d.Init);
                    return new DeclareNode(loc, _current.Intern(d.Name), init, d.Kind == DeclarationKind.Const);
                }

            case FunctionDeclStmt f:
                return new DeclareNode(loc, _current.Intern(f.Name), new FunctionNode(loc, Function(f.Function, isAction: false)), false);
            case AssignStmt a:
                return Assign(a, loc);
            case IfStmt i:
                return new IfNode(loc, [.. i.Branches.Select(b => Expr(b.Condition))], [.. i.Branches.Select(b => Block(b.Body))], i.Else is null ? null : Block(i.Else));
            case WhileStmt w:
                {
                    var cond = Expr(w.Condition);
                    var before = _matchBlocks;
                    var body = Block(w.Body);
                    return new WhileNode(loc, cond, body, _matchBlocks != before, interpreter);
                }

            case ForEachStmt f:
                {
                    var iterable = Expr(f.Iterable);
                    var first = _current.Intern(f.First);
                    var second = f.Second is null ? -1 : _current.Intern(f.Second);
                    var before = _matchBlocks;
                    var body = Block(f.Body);
                    return new ForEachNode(loc, first, second, iterable, body, _matchBlocks != before, interpreter);
                }

            case TryStmt t:
                {
                    var body = Block(t.Body);
                    var slot = t.CatchName is null ? -1 : _current.Intern(t.CatchName);
                    return new TryNode(loc, body, slot, t.CatchBody is null ? null : Block(t.CatchBody), t.Finally is null ? null : Block(t.Finally));
                }

            case ReturnStmt r:
                return new ReturnNode(loc, r.Value is null ? null : Expr(r.Value));
            case BreakStmt:
                return new JumpNode(loc, Completion.Break);
            case ContinueStmt:
                return new JumpNode(loc, Completion.Continue);
            case ThrowStmt t:
                return new ThrowNode(loc, Expr(t.Value));
            case PrintStmt p:
                return new PrintNode(loc, Exprs(p.Arguments), interpreter);
            case EmitStmt e:
                return new EmitNode(loc, e.EventName, Exprs(e.Arguments), interpreter);
            case ContractDeclStmt c:
                return Contract(c, loc);
            case EntityDeclStmt e:
                return new EntityDeclNode(
                    loc,
                    _current.Intern(e.Name),
                    e.Name,
                    [.. e.Fields.Select(f => new EntityField(f.Name, f.TypeAnnotation, f.Default is not null))],
                    [.. e.Fields.Select(f => f.Default is null ? null : Expr(f.Default))]);
            case EnumDeclStmt e:
                return new EnumDeclNode(loc, _current.Intern(e.Name), [.. e.Members]);
            case UseStmt u:
                return new UseNode(loc, u.Path, u.Alias, [.. u.Names], module, interpreter);
            case ExportStmt x:
                {
                    var decl = x.Declaration is null ? null : Stmt(x.Declaration);
                    var names = x.Declaration is null ? [.. x.Names] : DeclaredName(x.Declaration);
                    return new ExportNode(loc, decl, names, module);
                }

            default:
                throw new NotSupportedException($"Statement {stmt.GetType().Name} is not supported by the evaluator");
        }
    }

    private static string[] DeclaredName(Stmt declaration) => declaration switch
    {
        DeclarationStmt d => [d.Name],
        FunctionDeclStmt f => [f.Name],
        ContractDeclStmt c => [c.Name],
        EntityDeclStmt e => [e.Name],
        EnumDeclStmt e => [e.Name],
        _ => [],
    };

    private StmtNode Assign(AssignStmt a, SourceLocation loc)
    {
        BinaryOperator? op = a.Op switch
        {
            AssignOp.Assign => null,
            AssignOp.Add => Operators.Add,
            AssignOp.Sub => Operators.Sub,
            AssignOp.Mul => Operators.Mul,
            AssignOp.Div => Operators.Div,
            AssignOp.Mod => Operators.Mod,
            _ => Operators.Pow,
        };
        return a.Target switch
        {
            Identifier id => new AssignNameNode(loc, Resolve(id.Name), Expr(a.Value), op),
            MemberExpr m => new AssignMemberNode(loc, Expr(m.Target), m.Name, Expr(a.Value), op, interpreter),
            IndexExpr ix => new AssignIndexNode(loc, Expr(ix.Target), Expr(ix.Index), Expr(a.Value), op),
            _ => throw new NotSupportedException("invalid assignment target"),
        };
    }

    private StmtNode Contract(ContractDeclStmt c, SourceLocation loc)
    {
        var nameSlot = _current.Intern(c.Name);
        var outer = _current;
        var stateInfo = new ScopeInfo(ScopeKind.State, outer);
        foreach (var s in c.State)
        {
            stateInfo.Intern(s.Name);
        }

        foreach (var s in c.State)
        {
            if (s.Init is not null)
            {
                DeclarationCollector.Collect(s.Init, n => stateInfo.Intern(n));
            }
        }

        _current = stateInfo;
        var inits = c.State.Select(s => s.Init is null ? null : Expr(s.Init)).ToArray();
        var actions = new Dictionary<string, ZFunction>(StringComparer.Ordinal);
        foreach (var a in c.Actions)
        {
            actions[a.Name!] = new ActionFunction(Function(a, isAction: true));
        }

        _current = outer;
        return new ContractDeclNode(loc, nameSlot, c.Name, [.. c.State.Select(s => s.Name)], inits, stateInfo.Count, actions, interpreter);
    }

    private FunctionCode Function(FunctionLiteral f, bool isAction)
    {
        var info = ScopeInfo.ForFunction(f, _current, isAction, out var paramSlots);
        var code = new FunctionCode
        {
            Name = f.Name,
            Kind = f.Kind,
            IsContractAction = isAction,
            ParamSlots = paramSlots,
            Location = Loc(f.Span),
        };
        var outer = _current;
        var outerMatches = _matchBlocks;
        _current = info;
        _matchBlocks = 0;
        if (f.Body is not null)
        {
            code.Body = Block(f.Body);
        }
        else
        {
            code.ExprBody = Expr(f.ExprBody!);
        }

        code.CatchesMatchSignals = _matchBlocks > 0;
        code.SlotCount = info.Count;
        _current = outer;
        _matchBlocks = outerMatches;
        return code;
    }

    /// <summary>The candidate (hops, slot) pairs for a name, innermost first, ending at the global scope.</summary>
    private NameResolution Resolve(string name)
    {
        var candidates = _current.Resolve(name);
        return new NameResolution(name, [.. candidates.Select(c => c.Hops)], [.. candidates.Select(c => c.Slot)]);
    }

    private ExprNode[] Exprs(ImmutableArray<Expr> exprs) => [.. exprs.Select(Expr)];

    private ExprNode Expr(Expr expr)
    {
        var loc = Loc(expr.Span);
        switch (expr)
        {
            case IntLiteral i:
                return new ConstantNode(loc, Value.FromInt(i.Value));
            case FloatLiteral f:
                return new ConstantNode(loc, Value.FromFloat(f.Value));
            case StringLiteral s:
                return new ConstantNode(loc, Value.FromString(s.Value));
            case BoolLiteral b:
                return new ConstantNode(loc, Value.FromBool(b.Value));
            case NullLiteral:
                return new ConstantNode(loc, Value.Null);
            case InterpolatedString s:
                return new InterpolationNode(loc, Exprs(s.Parts));
            case ThisExpr:
                return Name("this", loc);
            case Identifier id:
                return Name(id.Name, loc);
            case ListLiteral l:
                return new ListNode(loc, Exprs(l.Items));
            case MapLiteral m:
                return new MapNode(loc, [.. m.Entries.Select(e => e.Key)], [.. m.Entries.Select(e => Expr(e.Value))]);
            case FunctionLiteral f:
                return new FunctionNode(loc, Function(f, isAction: false));
            case UnaryExpr u:
                {
                    var operand = Expr(u.Operand);
                    return u.Op switch
                    {
                        UnaryOp.Negate => new NegateNode(loc, operand),
                        UnaryOp.Not => new NotNode(loc, operand),
                        _ => new AwaitNode(loc, operand),
                    };
                }

            case BinaryExpr b:
                return Binary(b, loc);
            case ConditionalExpr c:
                return new ConditionalNode(loc, Expr(c.Condition), Expr(c.Then), Expr(c.Else));
            case CallExpr { Callee: MemberExpr m } call:
                return new MethodCallNode(loc, Expr(m.Target), m.Name, Exprs(call.Arguments), interpreter);
            case CallExpr call:
                return new CallNode(loc, Expr(call.Callee), Exprs(call.Arguments), interpreter);
            case IndexExpr ix:
                return new IndexNode(loc, Expr(ix.Target), Expr(ix.Index));
            case MemberExpr m:
                return new MemberNode(loc, Expr(m.Target), m.Name, interpreter);
            case MatchExpr m:
                return Match(m, loc);
            default:
                throw new NotSupportedException($"Expression {expr.GetType().Name} is not supported by the evaluator");
        }
    }

    private ExprNode Name(string name, SourceLocation loc)
    {
        var r = Resolve(name);
        return r.Hops[0] == 0 ? new LocalNameNode(loc, r, interpreter) : new NameNode(loc, r, interpreter);
    }

    private ExprNode Binary(BinaryExpr b, SourceLocation loc)
    {
        var l = Expr(b.Left);
        var r = Expr(b.Right);
        return b.Op switch
        {
            BinaryOp.Add => new AddNode(loc, l, r),
            BinaryOp.Sub => new SubNode(loc, l, r),
            BinaryOp.Mul => new BinaryNode(loc, l, r, Operators.Mul),
            BinaryOp.Div => new BinaryNode(loc, l, r, Operators.Div),
            BinaryOp.Mod => new BinaryNode(loc, l, r, Operators.Mod),
            BinaryOp.Pow => new BinaryNode(loc, l, r, Operators.Pow),
            BinaryOp.Eq => new EqualityNode(loc, l, r, negate: false),
            BinaryOp.NotEq => new EqualityNode(loc, l, r, negate: true),
            BinaryOp.Lt => new CompareNode(loc, l, r, CompareOp.Lt),
            BinaryOp.Gt => new CompareNode(loc, l, r, CompareOp.Gt),
            BinaryOp.LtEq => new CompareNode(loc, l, r, CompareOp.LtEq),
            BinaryOp.GtEq => new CompareNode(loc, l, r, CompareOp.GtEq),
            BinaryOp.And => new LogicalNode(loc, l, r, isAnd: true),
            BinaryOp.Or => new LogicalNode(loc, l, r, isAnd: false),
            _ => new NullishNode(loc, l, r),
        };
    }

    private ExprNode Match(MatchExpr m, SourceLocation loc)
    {
        var subject = Expr(m.Subject);
        var arms = new MatchArmNode[m.Arms.Length];
        for (var i = 0; i < arms.Length; i++)
        {
            var arm = m.Arms[i];
            var p = arm.Pattern;
            Value? literal = p.Kind == PatternKind.Literal ? ((ConstantNode)Expr(p.Literal!)).Value : null;
            var bind = p.Kind == PatternKind.Binding ? _current.Intern(p.Name!) : -1;
            if (arm.Block is not null)
            {
                _matchBlocks++;
            }

            arms[i] = new MatchArmNode(literal, bind, arm.Result is null ? null : Expr(arm.Result), arm.Block is null ? null : Block(arm.Block));
        }

        return new MatchNode(loc, subject, arms);
    }
}
