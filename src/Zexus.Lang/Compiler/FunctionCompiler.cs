using System.Collections.Immutable;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Lang.Compiler;

/// <summary>
/// Compiles one function body (or a module's top level, a contract's state initializers, an entity
/// default) to ZVM code. Names resolve exactly as in the evaluator (<see cref="ScopeInfo"/> chains);
/// the operand stack depth is tracked so that abrupt exits from inside expressions leave it balanced.
/// </summary>
internal sealed class FunctionCompiler
{
    private readonly ZvmCompiler _program;
    private readonly int _module;
    private readonly string _file;
    private readonly FunctionBuilder _fb = new();
    private readonly List<Cleanup> _cleanups = [];
    private readonly List<LoopContext> _loops = [];
    private ScopeInfo _scope;
    private int _depth;

    public FunctionCompiler(ZvmCompiler program, int module, string file, ScopeInfo scope, bool isContractAction)
    {
        _program = program;
        _module = module;
        _file = file;
        _scope = scope;
        _ = isContractAction;
    }

    internal BytecodeBuilder B => _program.Builder;

    /// <summary>The scope declarations of this code go into.</summary>
    internal ScopeInfo Scope => _scope;

    public FunctionProto CompileTopLevel(ImmutableArray<Stmt> statements)
    {
        foreach (var s in statements)
        {
            Statement(s);
        }

        Emit(RETURN_NULL);
        return _fb.Build(null, FunctionFlags.RunsInScope, _module, [], _scope.Count);
    }

    /// <summary>Compiles a function literal into a new function entry and returns its index.</summary>
    internal int Function(FunctionLiteral f, bool isAction, ScopeInfo parent)
    {
        var info = ScopeInfo.ForFunction(f, parent, isAction, out var paramSlots);
        var index = B.ReserveFunction();
        var inner = new FunctionCompiler(_program, _module, _file, info, isAction);
        if (f.Body is not null)
        {
            foreach (var s in f.Body.Statements)
            {
                inner.Statement(s);
            }

            inner.Emit(RETURN_NULL);
        }
        else
        {
            inner.Expression(f.ExprBody!);
            inner.Emit(RETURN);
        }

        var flags = (f.Kind == FunctionKind.Lambda ? FunctionFlags.Lambda : FunctionFlags.None)
            | (f.IsAsync ? FunctionFlags.Async : FunctionFlags.None)
            | (isAction ? FunctionFlags.ContractAction : FunctionFlags.None);
        B.SetFunction(index, inner._fb.Build(f.Name, flags, _module, paramSlots, info.Count));
        return index;
    }

    /// <summary>Compiles code that runs directly in <paramref name="scope"/> (state initializers, entity defaults).</summary>
    internal int InScopeFunction(ScopeInfo scope, string? name, Action<FunctionCompiler> body)
    {
        var index = B.ReserveFunction();
        var inner = new FunctionCompiler(_program, _module, _file, scope, isContractAction: false);
        body(inner);
        B.SetFunction(index, inner._fb.Build(name, FunctionFlags.RunsInScope, _module, [], scope.Count));
        return index;
    }

    internal void Emit(ZvmOpcode op, params int[] operands)
    {
        var info = OpcodeTable.Get(op);
        _depth += info.PushCount(operands) - info.PopCount(operands);
        _fb.Emit(op, operands);
    }

    private void Emit(ZvmOpcode op, Label target, params int[] more)
    {
        var info = OpcodeTable.Get(op);
        var operands = new int[info.Operands.Length];
        var t = info.TargetOperand;
        operands[t] = target.Id;
        for (int i = 0, j = 0; i < operands.Length; i++)
        {
            if (i != t)
            {
                operands[i] = more[j++];
            }
        }

        _depth += info.PushCount(operands) - info.PopCount(operands);
        _fb.Emit(op, operands);
    }

    /// <summary>Binds a label at a point whose stack depth is known (after an unconditional jump the counter is stale).</summary>
    private void Mark(Label label, int depth)
    {
        _fb.Mark(label);
        _depth = depth;
    }

    internal void At(Span span) => _fb.SetPosition(span.Line, span.Column);

    private int Count(int n, Span span, string what) =>
        n <= byte.MaxValue ? n : throw new CompileException($"too many {what} ({n}; the bytecode allows at most 255)", _file, span);

    private int WideCount(int n, Span span, string what) =>
        n <= ushort.MaxValue ? n : throw new CompileException($"too many {what} ({n}; the bytecode allows at most 65535)", _file, span);

    private int Str(string s) => B.String(s);

    /// <summary>The name entry for a name, resolved by <see cref="ScopeInfo.Resolve"/> exactly as in the evaluator.</summary>
    private int NameEntry(string name, out int localSlot)
    {
        var candidates = _scope.Resolve(name);

        // The fast path reads the first candidate's slot directly; an unbound slot falls back to full resolution.
        localSlot = candidates[0].Hops == 0 ? candidates[0].Slot : -1;
        return _fb.Name(new NameEntry(name, [.. candidates.Select(c => new NameCandidate(c.Hops, c.Slot))]));
    }

    private void LoadName(string name, Span span)
    {
        At(span);
        var n = NameEntry(name, out var slot);
        if (slot >= 0)
        {
            Emit(LOAD_LOCAL, n, slot);
        }
        else
        {
            Emit(LOAD_NAME, n);
        }
    }

    private void Block(BlockStmt block)
    {
        foreach (var s in block.Statements)
        {
            Statement(s);
        }
    }

    private void Statement(Stmt stmt)
    {
        At(stmt.Span);
        switch (stmt)
        {
            case BlockStmt b:
                Block(b);
                break;
            case EmptyStmt:
                break;
            case ExprStmt e:
                Expression(e.Expression);
                Emit(POP);
                break;
            case DeclarationStmt d:
                if (d.Init is null)
                {
                    Emit(LOAD_CONST, B.Constant(new NullConstant()));
                }
                else
                {
                    Expression(d.Init);
                }

                Emit(d.Kind == DeclarationKind.Const ? DECLARE_CONST : DECLARE, _scope.Intern(d.Name));
                break;
            case FunctionDeclStmt f:
                Emit(MAKE_CLOSURE, Function(f.Function, isAction: false, _scope));
                Emit(STORE_FUNC, _scope.Intern(f.Name));
                break;
            case AssignStmt a:
                Assign(a);
                break;
            case IfStmt i:
                If(i);
                break;
            case WhileStmt w:
                While(w);
                break;
            case ForEachStmt f:
                ForEach(f);
                break;
            case TryStmt t:
                Try(t);
                break;
            case ReturnStmt r:
                if (r.Value is null)
                {
                    Emit(LOAD_CONST, B.Constant(new NullConstant()));
                }
                else
                {
                    Expression(r.Value);
                }

                ExitTo(0);
                Emit(RETURN);
                break;
            case BreakStmt:
                Jump(stmt.Span, isBreak: true);
                break;
            case ContinueStmt:
                Jump(stmt.Span, isBreak: false);
                break;
            case ThrowStmt t:
                Expression(t.Value);
                At(t.Span);
                Emit(THROW);
                break;
            case PrintStmt p:
                Print(p);
                break;
            case EmitStmt e:
                foreach (var a in e.Arguments)
                {
                    Expression(a);
                }

                Emit(EMIT_EVENT, Str(e.EventName), Count(e.Arguments.Length, e.Span, "event arguments"));
                break;
            case ContractDeclStmt c:
                DeclarationCompiler.Contract(this, c);
                break;
            case EntityDeclStmt e:
                DeclarationCompiler.Entity(this, e);
                break;
            case EnumDeclStmt e:
                for (var i = 0; i < e.Members.Length; i++)
                {
                    Emit(LOAD_CONST, Str(e.Members[i]));
                    Emit(LOAD_CONST, B.Constant(new IntegerConstant(i)));
                }

                Emit(BUILD_MAP, WideCount(e.Members.Length, e.Span, "enum members"));
                Emit(DECLARE, _scope.Intern(e.Name));
                break;
            case UseStmt u:
                {
                    var module = _program.ModuleFor(u.Path, _file);
                    var form = u.Alias is not null ? UseForm.Alias : u.Names.Length > 0 ? UseForm.Names : UseForm.All;
                    foreach (var n in u.Names)
                    {
                        _scope.Intern(n);
                    }

                    if (u.Alias is not null)
                    {
                        _scope.Intern(u.Alias);
                    }

                    At(u.Span);
                    Emit(USE_MODULE, module, B.Constant(new UseConstant(u.Path, form, u.Alias, [.. u.Names])));
                    break;
                }

            case ExportStmt x:
                {
                    string[] names;
                    if (x.Declaration is not null)
                    {
                        Statement(x.Declaration);
                        names = x.Declaration switch
                        {
                            DeclarationStmt d => [d.Name],
                            FunctionDeclStmt f => [f.Name],
                            ContractDeclStmt c => [c.Name],
                            EntityDeclStmt en => [en.Name],
                            EnumDeclStmt en => [en.Name],
                            _ => [],
                        };
                    }
                    else
                    {
                        names = [.. x.Names];
                    }

                    At(x.Span);
                    foreach (var n in names)
                    {
                        _scope.Intern(n);
                        Emit(EXPORT_NAME, Str(n));
                    }

                    break;
                }

            default:
                throw new CompileException($"statement {stmt.GetType().Name} is not supported by the compiler", _file, stmt.Span);
        }
    }

    private static ZvmOpcode ArithmeticOpcode(AssignOp op) => op switch
    {
        AssignOp.Add => ADD,
        AssignOp.Sub => SUB,
        AssignOp.Mul => MUL,
        AssignOp.Div => DIV,
        AssignOp.Mod => MOD,
        _ => POW,
    };

    private void Assign(AssignStmt a)
    {
        switch (a.Target)
        {
            case Identifier id:
                {
                    var n = NameEntry(id.Name, out var slot);
                    if (a.Op == AssignOp.Assign)
                    {
                        Expression(a.Value);
                    }
                    else
                    {
                        At(a.Span);
                        Emit(LOAD_BINDING, n);
                        Expression(a.Value);
                        At(a.Span);
                        Emit(ArithmeticOpcode(a.Op));
                    }

                    At(a.Span);
                    if (slot >= 0)
                    {
                        Emit(STORE_LOCAL, n, slot);
                    }
                    else
                    {
                        Emit(STORE_NAME, n);
                    }

                    break;
                }

            case MemberExpr m:
                Expression(m.Target);
                if (a.Op == AssignOp.Assign)
                {
                    Expression(a.Value);
                }
                else
                {
                    Emit(DUP);
                    At(a.Span);
                    Emit(GET_ATTR, Str(m.Name));
                    Expression(a.Value);
                    At(a.Span);
                    Emit(ArithmeticOpcode(a.Op));
                }

                At(a.Span);
                Emit(STORE_ATTR, Str(m.Name));
                break;
            case IndexExpr ix:
                Expression(ix.Target);
                Expression(ix.Index);
                if (a.Op == AssignOp.Assign)
                {
                    Expression(a.Value);
                }
                else
                {
                    Emit(DUP2);
                    At(a.Span);
                    Emit(INDEX);
                    Expression(a.Value);
                    At(a.Span);
                    Emit(ArithmeticOpcode(a.Op));
                }

                At(a.Span);
                Emit(STORE_INDEX);
                break;
            default:
                throw new CompileException("invalid assignment target", _file, a.Span);
        }
    }

    private void If(IfStmt i)
    {
        var end = _fb.NewLabel();
        var depth = _depth;
        foreach (var branch in i.Branches)
        {
            var next = _fb.NewLabel();
            Expression(branch.Condition);
            Emit(JUMP_IF_FALSE, next);
            Block(branch.Body);
            Emit(JUMP, end);
            Mark(next, depth);
        }

        if (i.Else is not null)
        {
            Block(i.Else);
        }

        Mark(end, depth);
    }

    private void While(WhileStmt w)
    {
        var depth = _depth;
        var top = _fb.NewLabel();
        var end = _fb.NewLabel();
        Mark(top, depth);
        Expression(w.Condition);
        Emit(JUMP_IF_FALSE, end);
        _loops.Add(new LoopContext(end, top, _cleanups.Count, depth));
        Block(w.Body);
        _loops.RemoveAt(_loops.Count - 1);
        Emit(JUMP, top);
        Mark(end, depth);
    }

    private void ForEach(ForEachStmt f)
    {
        var depth = _depth;
        Expression(f.Iterable);
        At(f.Span);
        Emit(GET_ITER);
        var next = _fb.NewLabel();
        var broken = _fb.NewLabel();
        var done = _fb.NewLabel();
        Mark(next, depth + 1);
        Emit(FOR_ITER, done, f.Second is null ? 1 : 2);
        if (f.Second is not null)
        {
            Emit(DECLARE, _scope.Intern(f.Second));
        }

        // The evaluator declares the first variable, then the second: with one name for both, the element wins.
        if (f.First == f.Second)
        {
            Emit(POP);
        }
        else
        {
            Emit(DECLARE, _scope.Intern(f.First));
        }

        _loops.Add(new LoopContext(broken, next, _cleanups.Count, depth + 1));
        Block(f.Body);
        _loops.RemoveAt(_loops.Count - 1);
        Emit(JUMP, next);
        Mark(broken, depth + 1);
        Emit(POP);
        Mark(done, depth);
    }

    /// <summary>Runs the cleanups of abrupt exits down to <paramref name="cleanupDepth"/> (innermost first).</summary>
    private void ExitTo(int cleanupDepth)
    {
        var saved = _cleanups.ToArray();
        for (var i = saved.Length - 1; i >= cleanupDepth; i--)
        {
            // The finally body runs outside its own protection, as at its normal end.
            _cleanups.RemoveRange(i, _cleanups.Count - i);
            switch (saved[i])
            {
                case HandlerCleanup:
                    Emit(POP_TRY);
                    break;
                case PendingErrorCleanup:
                    Emit(DROP_PENDING);
                    break;
                case FinallyCleanup f:
                    Block(f.Body);
                    break;
            }
        }

        _cleanups.Clear();
        _cleanups.AddRange(saved);
    }

    private void Jump(Span span, bool isBreak)
    {
        var loop = _loops.Count > 0 ? _loops[^1] : throw new CompileException($"'{(isBreak ? "break" : "continue")}' outside of a loop", _file, span);
        var depth = _depth;
        ExitTo(loop.CleanupDepth);
        for (var d = _depth; d > loop.StackDepth; d--)
        {
            Emit(POP);
        }

        Emit(JUMP, isBreak ? loop.Break : loop.Continue);
        _depth = depth;
    }

    private void Try(TryStmt t)
    {
        var depth = _depth;
        var end = _fb.NewLabel();
        var finallyOnError = _fb.NewLabel();
        if (t.Finally is not null)
        {
            Emit(SETUP_FINALLY, finallyOnError);
            // Innermost last: an abrupt exit first pops the handler, then runs the finally body unprotected.
            _cleanups.Add(new FinallyCleanup(t.Finally));
            _cleanups.Add(new HandlerCleanup());
        }

        if (t.CatchBody is not null)
        {
            var handler = _fb.NewLabel();
            var afterCatch = _fb.NewLabel();
            Emit(SETUP_TRY, handler);
            _cleanups.Add(new HandlerCleanup());
            Block(t.Body);
            _cleanups.RemoveAt(_cleanups.Count - 1);
            Emit(POP_TRY);
            Emit(JUMP, afterCatch);
            Mark(handler, depth + 1);
            if (t.CatchName is not null)
            {
                Emit(DECLARE, _scope.Intern(t.CatchName));
            }
            else
            {
                Emit(POP);
            }

            Block(t.CatchBody);
            Mark(afterCatch, depth);
        }
        else
        {
            Block(t.Body);
        }

        if (t.Finally is not null)
        {
            _cleanups.RemoveRange(_cleanups.Count - 2, 2);
            Emit(POP_TRY);
            Block(t.Finally);
            Emit(JUMP, end);
            Mark(finallyOnError, depth);
            _cleanups.Add(new PendingErrorCleanup());
            Block(t.Finally);
            _cleanups.RemoveAt(_cleanups.Count - 1);
            Emit(RERAISE);
        }

        Mark(end, depth);
    }

    private void Print(PrintStmt p)
    {
        if (p.Arguments.Length == 2)
        {
            var skip = _fb.NewLabel();
            var depth = _depth;
            Expression(p.Arguments[0]);
            Emit(PRINT_IF, skip);
            Expression(p.Arguments[1]);
            At(p.Span);
            Emit(PRINT, 1);
            Mark(skip, depth);
            return;
        }

        foreach (var a in p.Arguments)
        {
            Expression(a);
        }

        At(p.Span);
        Emit(PRINT, WideCount(p.Arguments.Length, p.Span, "print arguments"));
    }

    internal void Expression(Expr expr)
    {
        switch (expr)
        {
            case IntLiteral i:
                Emit(LOAD_CONST, B.Constant(new IntegerConstant(i.Value)));
                break;
            case FloatLiteral f:
                Emit(LOAD_CONST, B.Constant(new FloatConstant(f.Value)));
                break;
            case StringLiteral s:
                Emit(LOAD_CONST, Str(s.Value));
                break;
            case BoolLiteral b:
                Emit(LOAD_CONST, B.Constant(new BooleanConstant(b.Value)));
                break;
            case NullLiteral:
                Emit(LOAD_CONST, B.Constant(new NullConstant()));
                break;
            case InterpolatedString s:
                foreach (var part in s.Parts)
                {
                    Expression(part);
                }

                At(s.Span);
                Emit(INTERPOLATE, WideCount(s.Parts.Length, s.Span, "interpolation parts"));
                break;
            case ThisExpr t:
                LoadName("this", t.Span);
                break;
            case Identifier id:
                LoadName(id.Name, id.Span);
                break;
            case ListLiteral l:
                foreach (var item in l.Items)
                {
                    Expression(item);
                }

                Emit(BUILD_LIST, WideCount(l.Items.Length, l.Span, "list elements"));
                break;
            case MapLiteral m:
                foreach (var e in m.Entries)
                {
                    Emit(LOAD_CONST, Str(e.Key));
                    Expression(e.Value);
                }

                Emit(BUILD_MAP, WideCount(m.Entries.Length, m.Span, "map entries"));
                break;
            case FunctionLiteral f:
                Emit(MAKE_CLOSURE, Function(f, isAction: false, _scope));
                break;
            case UnaryExpr u:
                Expression(u.Operand);
                At(u.Span);
                Emit(u.Op switch { UnaryOp.Negate => NEG, UnaryOp.Not => NOT, _ => AWAIT });
                break;
            case BinaryExpr b:
                Binary(b);
                break;
            case ConditionalExpr c:
                {
                    var depth = _depth;
                    var otherwise = _fb.NewLabel();
                    var end = _fb.NewLabel();
                    Expression(c.Condition);
                    Emit(JUMP_IF_FALSE, otherwise);
                    Expression(c.Then);
                    Emit(JUMP, end);
                    Mark(otherwise, depth);
                    Expression(c.Else);
                    Mark(end, depth + 1);
                    break;
                }

            case CallExpr { Callee: MemberExpr m } call:
                Expression(m.Target);
                foreach (var a in call.Arguments)
                {
                    Expression(a);
                }

                At(call.Span);
                Emit(CALL_METHOD, Str(m.Name), Count(call.Arguments.Length, call.Span, "arguments"));
                break;
            case CallExpr call:
                Expression(call.Callee);
                foreach (var a in call.Arguments)
                {
                    Expression(a);
                }

                At(call.Span);
                Emit(CALL_TOP, Count(call.Arguments.Length, call.Span, "arguments"));
                break;
            case IndexExpr ix:
                Expression(ix.Target);
                Expression(ix.Index);
                At(ix.Span);
                Emit(INDEX);
                break;
            case MemberExpr m:
                Expression(m.Target);
                At(m.Span);
                Emit(GET_ATTR, Str(m.Name));
                break;
            case MatchExpr m:
                Match(m);
                break;
            default:
                throw new CompileException($"expression {expr.GetType().Name} is not supported by the compiler", _file, expr.Span);
        }
    }

    private void Binary(BinaryExpr b)
    {
        if (b.Op == BinaryOp.Nullish)
        {
            var end = _fb.NewLabel();
            var depth = _depth;
            Expression(b.Left);
            Emit(JUMP_IF_NOT_NULL, end);
            Expression(b.Right);
            Mark(end, depth + 1);
            return;
        }

        Expression(b.Left);
        Expression(b.Right);
        At(b.Span);
        Emit(b.Op switch
        {
            BinaryOp.Add => ADD,
            BinaryOp.Sub => SUB,
            BinaryOp.Mul => MUL,
            BinaryOp.Div => DIV,
            BinaryOp.Mod => MOD,
            BinaryOp.Pow => POW,
            BinaryOp.Eq => EQ,
            BinaryOp.NotEq => NEQ,
            BinaryOp.Lt => LT,
            BinaryOp.Gt => GT,
            BinaryOp.LtEq => LTE,
            BinaryOp.GtEq => GTE,
            BinaryOp.And => AND,
            _ => OR,
        });
    }

    private void Match(MatchExpr m)
    {
        var depth = _depth;
        var end = _fb.NewLabel();
        Expression(m.Subject);
        foreach (var arm in m.Arms)
        {
            var next = _fb.NewLabel();
            var p = arm.Pattern;
            if (p.Kind == PatternKind.Literal)
            {
                Emit(MATCH_LITERAL, next, B.Constant(LiteralConstant(p.Literal!)));
            }
            else if (p.Kind == PatternKind.Binding)
            {
                Emit(DUP);
                Emit(DECLARE, _scope.Intern(p.Name!));
            }

            Emit(POP);
            if (arm.Result is not null)
            {
                Expression(arm.Result);
            }
            else
            {
                Block(arm.Block!);
                Emit(LOAD_CONST, B.Constant(new NullConstant()));
            }

            Emit(JUMP, end);
            Mark(next, depth + 1);
        }

        At(m.Span);
        Emit(MATCH_FAIL);
        Mark(end, depth + 1);
    }

    private static Constant LiteralConstant(Expr literal) => literal switch
    {
        IntLiteral i => new IntegerConstant(i.Value),
        FloatLiteral f => new FloatConstant(f.Value),
        StringLiteral s => new StringConstant(s.Value),
        BoolLiteral b => new BooleanConstant(b.Value),
        _ => new NullConstant(),
    };
}
