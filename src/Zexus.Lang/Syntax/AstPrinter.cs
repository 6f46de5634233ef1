using System.Globalization;
using System.Text;

namespace Zexus.Lang.Syntax;

/// <summary>
/// A stable S-expression dump of the AST for golden tests and debugging: one line per top-level statement,
/// e.g. <c>(let x (+ 1 (* 2 3)))</c>. With spans, each node's head is suffixed with <c>@line:col</c>.
/// </summary>
public sealed class AstPrinter
{
    private readonly StringBuilder _sb = new();
    private readonly bool _spans;

    private AstPrinter(bool spans) => _spans = spans;

    public static string Print(ProgramNode program, bool includeSpans = false)
    {
        var printer = new AstPrinter(includeSpans);
        for (var i = 0; i < program.Statements.Length; i++)
        {
            if (i > 0)
            {
                printer._sb.Append('\n');
            }
            printer.Stmt(program.Statements[i]);
        }
        return printer._sb.ToString();
    }

    public static string Print(Stmt statement, bool includeSpans = false)
    {
        var printer = new AstPrinter(includeSpans);
        printer.Stmt(statement);
        return printer._sb.ToString();
    }

    public static string Print(Expr expression, bool includeSpans = false)
    {
        var printer = new AstPrinter(includeSpans);
        printer.Expr(expression);
        return printer._sb.ToString();
    }

    private void Open(string head, Span span)
    {
        _sb.Append('(').Append(head);
        At(span);
    }

    private void At(Span span)
    {
        if (_spans)
        {
            _sb.Append('@').Append(span.Line.ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(span.Column.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Close() => _sb.Append(')');

    private void Space() => _sb.Append(' ');

    private void Word(string text) => _sb.Append(' ').Append(text);

    private void Stmt(Stmt s)
    {
        switch (s)
        {
            case BlockStmt b:
                Open("block", b.Span);
                foreach (var inner in b.Statements)
                {
                    Space();
                    Stmt(inner);
                }
                Close();
                break;
            case EmptyStmt e:
                Open("empty", e.Span);
                Close();
                break;
            case ExprStmt e:
                Open("expr", e.Span);
                Space();
                Expr(e.Expression);
                Close();
                break;
            case DeclarationStmt d:
                Open(d.Kind.ToString().ToLowerInvariant(), d.Span);
                Word(d.Name);
                OptionalExpr(d.Init);
                Close();
                break;
            case AssignStmt a:
                Open(AssignSymbol(a.Op), a.Span);
                Space();
                Expr(a.Target);
                Space();
                Expr(a.Value);
                Close();
                break;
            case IfStmt i:
                Open("if", i.Span);
                foreach (var branch in i.Branches)
                {
                    _sb.Append(" (");
                    Expr(branch.Condition);
                    Space();
                    Stmt(branch.Body);
                    Close();
                }
                if (i.Else is not null)
                {
                    _sb.Append(" (else ");
                    Stmt(i.Else);
                    Close();
                }
                Close();
                break;
            case WhileStmt w:
                Open("while", w.Span);
                Space();
                Expr(w.Condition);
                Space();
                Stmt(w.Body);
                Close();
                break;
            case ForEachStmt f:
                Open("for-each", f.Span);
                _sb.Append(" (").Append(f.First);
                if (f.Second is not null)
                {
                    Word(f.Second);
                }
                Close();
                Space();
                Expr(f.Iterable);
                Space();
                Stmt(f.Body);
                Close();
                break;
            case TryStmt t:
                Open("try", t.Span);
                Space();
                Stmt(t.Body);
                if (t.CatchBody is not null)
                {
                    _sb.Append(" (catch");
                    if (t.CatchName is not null)
                    {
                        Word(t.CatchName);
                    }
                    Space();
                    Stmt(t.CatchBody);
                    Close();
                }
                if (t.Finally is not null)
                {
                    _sb.Append(" (finally ");
                    Stmt(t.Finally);
                    Close();
                }
                Close();
                break;
            case ReturnStmt r:
                Open("return", r.Span);
                OptionalExpr(r.Value);
                Close();
                break;
            case BreakStmt b:
                Open("break", b.Span);
                Close();
                break;
            case ContinueStmt c:
                Open("continue", c.Span);
                Close();
                break;
            case ThrowStmt t:
                Open("throw", t.Span);
                Space();
                Expr(t.Value);
                Close();
                break;
            case PrintStmt p:
                Open("print", p.Span);
                Exprs(p.Arguments);
                Close();
                break;
            case EmitStmt e:
                Open("emit", e.Span);
                Word(e.EventName);
                Exprs(e.Arguments);
                Close();
                break;
            case FunctionDeclStmt f:
                Open("function-decl", f.Span);
                Space();
                Expr(f.Function);
                Close();
                break;
            case ContractDeclStmt c:
                Contract(c);
                break;
            case EntityDeclStmt e:
                Entity(e);
                break;
            case EnumDeclStmt e:
                Open("enum", e.Span);
                Word(e.Name);
                foreach (var m in e.Members)
                {
                    Word(m);
                }
                Close();
                break;
            case UseStmt u:
                Open("use", u.Span);
                Word(Quote(u.Path));
                if (u.Alias is not null)
                {
                    Word("as");
                    Word(u.Alias);
                }
                if (!u.Names.IsEmpty)
                {
                    _sb.Append(" (").AppendJoin(' ', u.Names).Append(')');
                }
                Close();
                break;
            case ExportStmt e:
                Open("export", e.Span);
                if (e.Declaration is not null)
                {
                    Space();
                    Stmt(e.Declaration);
                }
                foreach (var n in e.Names)
                {
                    Word(n);
                }
                Close();
                break;
            default:
                _sb.Append("(?").Append(s.GetType().Name).Append(')');
                break;
        }
    }

    private void Contract(ContractDeclStmt c)
    {
        Open("contract", c.Span);
        Word(c.Name);
        foreach (var state in c.State)
        {
            Space();
            Open("state", state.Span);
            Word(state.Name);
            OptionalExpr(state.Init);
            Close();
        }
        foreach (var action in c.Actions)
        {
            Space();
            Expr(action);
        }
        Close();
    }

    private void Entity(EntityDeclStmt e)
    {
        Open("entity", e.Span);
        Word(e.Name);
        foreach (var field in e.Fields)
        {
            Space();
            Open("field", field.Span);
            Word(field.TypeAnnotation is null ? field.Name : field.Name + ":" + field.TypeAnnotation);
            if (field.Default is not null)
            {
                Word("=");
                OptionalExpr(field.Default);
            }
            Close();
        }
        Close();
    }

    private void OptionalExpr(Expr? e)
    {
        if (e is not null)
        {
            Space();
            Expr(e);
        }
    }

    private void Exprs(IEnumerable<Expr> items)
    {
        foreach (var item in items)
        {
            Space();
            Expr(item);
        }
    }

    private void Expr(Expr e)
    {
        switch (e)
        {
            case IntLiteral i:
                _sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                At(i.Span);
                break;
            case FloatLiteral f:
                _sb.Append(FormatFloat(f.Value));
                At(f.Span);
                break;
            case StringLiteral s:
                _sb.Append(Quote(s.Value));
                At(s.Span);
                break;
            case InterpolatedString s:
                Open("interp", s.Span);
                Exprs(s.Parts);
                Close();
                break;
            case BoolLiteral b:
                _sb.Append(b.Value ? "true" : "false");
                At(b.Span);
                break;
            case NullLiteral n:
                _sb.Append("null");
                At(n.Span);
                break;
            case ThisExpr t:
                _sb.Append("this");
                At(t.Span);
                break;
            case Identifier id:
                _sb.Append(id.Name);
                At(id.Span);
                break;
            case ListLiteral l:
                Open("list", l.Span);
                Exprs(l.Items);
                Close();
                break;
            case MapLiteral m:
                Open("map", m.Span);
                foreach (var entry in m.Entries)
                {
                    _sb.Append(" (").Append(Quote(entry.Key)).Append(' ');
                    Expr(entry.Value);
                    Close();
                }
                Close();
                break;
            case FunctionLiteral f:
                Function(f);
                break;
            case UnaryExpr u:
                Open(u.Op switch { UnaryOp.Negate => "neg", UnaryOp.Not => "not", _ => "await" }, u.Span);
                Space();
                Expr(u.Operand);
                Close();
                break;
            case BinaryExpr b:
                Open(BinarySymbol(b.Op), b.Span);
                Space();
                Expr(b.Left);
                Space();
                Expr(b.Right);
                Close();
                break;
            case ConditionalExpr c:
                Open("?", c.Span);
                Space();
                Expr(c.Condition);
                Space();
                Expr(c.Then);
                Space();
                Expr(c.Else);
                Close();
                break;
            case CallExpr c:
                Open("call", c.Span);
                Space();
                Expr(c.Callee);
                Exprs(c.Arguments);
                Close();
                break;
            case IndexExpr i:
                Open("index", i.Span);
                Space();
                Expr(i.Target);
                Space();
                Expr(i.Index);
                Close();
                break;
            case MemberExpr m:
                Open(".", m.Span);
                Space();
                Expr(m.Target);
                Word(m.Name);
                Close();
                break;
            case MatchExpr m:
                Match(m);
                break;
            default:
                _sb.Append("(?").Append(e.GetType().Name).Append(')');
                break;
        }
    }

    private void Function(FunctionLiteral f)
    {
        Open(f.Kind == FunctionKind.Action ? "action" : "lambda", f.Span);
        if (f.IsAsync)
        {
            Word("async");
        }
        if (f.Name is not null)
        {
            Word(f.Name);
        }
        _sb.Append(" (");
        for (var i = 0; i < f.Parameters.Length; i++)
        {
            var p = f.Parameters[i];
            _sb.Append(i > 0 ? " " : "").Append(p.Name);
            if (p.TypeAnnotation is not null)
            {
                _sb.Append(':').Append(p.TypeAnnotation);
            }
        }
        Close();
        if (f.ReturnAnnotation is not null)
        {
            Word("->");
            Word(f.ReturnAnnotation);
        }
        Space();
        if (f.Body is not null)
        {
            Stmt(f.Body);
        }
        else if (f.ExprBody is not null)
        {
            Expr(f.ExprBody);
        }
        Close();
    }

    private void Match(MatchExpr m)
    {
        Open("match", m.Span);
        Space();
        Expr(m.Subject);
        foreach (var arm in m.Arms)
        {
            _sb.Append(" (");
            switch (arm.Pattern.Kind)
            {
                case PatternKind.Wildcard:
                    _sb.Append('_');
                    At(arm.Pattern.Span);
                    break;
                case PatternKind.Binding:
                    _sb.Append("bind ").Append(arm.Pattern.Name);
                    At(arm.Pattern.Span);
                    break;
                default:
                    Expr(arm.Pattern.Literal!);
                    break;
            }
            _sb.Append(" =>");
            if (arm.Block is not null)
            {
                Space();
                Stmt(arm.Block);
            }
            else
            {
                OptionalExpr(arm.Result);
            }
            Close();
        }
        Close();
    }

    private static string AssignSymbol(AssignOp op) => op switch
    {
        AssignOp.Assign => "=",
        AssignOp.Add => "+=",
        AssignOp.Sub => "-=",
        AssignOp.Mul => "*=",
        AssignOp.Div => "/=",
        AssignOp.Mod => "%=",
        _ => "**=",
    };

    private static string BinarySymbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Mul => "*",
        BinaryOp.Div => "/",
        BinaryOp.Mod => "%",
        BinaryOp.Pow => "**",
        BinaryOp.Eq => "==",
        BinaryOp.NotEq => "!=",
        BinaryOp.Lt => "<",
        BinaryOp.Gt => ">",
        BinaryOp.LtEq => "<=",
        BinaryOp.GtEq => ">=",
        BinaryOp.And => "&&",
        BinaryOp.Or => "||",
        _ => "??",
    };

    // Round-trip form, always with a '.', so 3.0 prints as 3.0 and never as the integer 3.
    private static string FormatFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal)
            || !double.IsFinite(value) ? text : text + ".0";
    }

    private static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
