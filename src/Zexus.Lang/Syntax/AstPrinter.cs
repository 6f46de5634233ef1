using System.Collections;
using System.Globalization;
using System.Text;

namespace Zexus.Lang.Syntax;

/// <summary>
/// A stable S-expression dump of the AST (LANGUAGE.md 2.5) for golden tests and debugging: one line per
/// top-level statement, e.g. <c>(let x (+ 1 (* 2 3)))</c>. With spans, each node's head is suffixed with
/// <c>@line:col</c>.
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

    /// <summary>Writes <c>(head@span item…)</c>; items are nodes, words, sequences of them, or nested writers.</summary>
    private void Node(string? head, Span? span, params object?[] items)
    {
        _sb.Append('(');
        if (head is not null)
        {
            _sb.Append(head);
        }
        if (span is { } s)
        {
            At(s);
        }
        foreach (var item in items)
        {
            Item(item);
        }
        _sb.Append(')');
    }

    private void Item(object? item)
    {
        switch (item)
        {
            case null:
                return;
            case string text:
                Separate();
                _sb.Append(text);
                break;
            case Expr e:
                Separate();
                Expr(e);
                break;
            case Stmt s:
                Separate();
                Stmt(s);
                break;
            case Action write:
                Separate();
                write();
                break;
            case IEnumerable sequence:
                foreach (var element in sequence)
                {
                    Item(element);
                }
                break;
        }
    }

    private void Separate()
    {
        if (_sb.Length > 0 && _sb[^1] != '(')
        {
            _sb.Append(' ');
        }
    }

    private void At(Span span)
    {
        if (_spans)
        {
            _sb.Append('@').Append(span.Line.ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(span.Column.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Atom(string text, Span span)
    {
        _sb.Append(text);
        At(span);
    }

    private void Stmt(Stmt s)
    {
        switch (s)
        {
            case BlockStmt b: Node("block", b.Span, b.Statements); break;
            case EmptyStmt e: Node("empty", e.Span); break;
            case ExprStmt e: Node("expr", e.Span, e.Expression); break;
            case DeclarationStmt d: Node(d.Kind.ToString().ToLowerInvariant(), d.Span, d.Name, d.Init); break;
            case AssignStmt a: Node(AssignSymbol(a.Op), a.Span, a.Target, a.Value); break;
            case IfStmt i:
                Node("if", i.Span,
                    i.Branches.Select(b => (Action)(() => Node(null, null, b.Condition, b.Body))),
                    i.Else is null ? null : () => Node("else", null, i.Else));
                break;
            case WhileStmt w: Node("while", w.Span, w.Condition, w.Body); break;
            case ForEachStmt f: Node("for-each", f.Span, () => Node(null, null, f.First, f.Second), f.Iterable, f.Body); break;
            case TryStmt t:
                Node("try", t.Span, t.Body,
                    t.CatchBody is null ? null : () => Node("catch", null, t.CatchName, t.CatchBody),
                    t.Finally is null ? null : () => Node("finally", null, t.Finally));
                break;
            case ReturnStmt r: Node("return", r.Span, r.Value); break;
            case BreakStmt b: Node("break", b.Span); break;
            case ContinueStmt c: Node("continue", c.Span); break;
            case ThrowStmt t: Node("throw", t.Span, t.Value); break;
            case PrintStmt p: Node("print", p.Span, p.Arguments); break;
            case EmitStmt e: Node("emit", e.Span, e.EventName, e.Arguments); break;
            case FunctionDeclStmt f: Node("function-decl", f.Span, f.Function); break;
            case ContractDeclStmt c:
                Node("contract", c.Span, c.Name,
                    c.State.Select(m => (Action)(() => Node("state", m.Span, m.Name, m.Init))),
                    c.Actions);
                break;
            case EntityDeclStmt e:
                Node("entity", e.Span, e.Name, e.Fields.Select(f => (Action)(() => Node("field", f.Span,
                    f.TypeAnnotation is null ? f.Name : f.Name + ":" + f.TypeAnnotation,
                    f.Default is null ? null : "=", f.Default))));
                break;
            case EnumDeclStmt e: Node("enum", e.Span, e.Name, e.Members); break;
            case UseStmt u:
                Node("use", u.Span, Quote(u.Path), u.Alias is null ? null : "as", u.Alias,
                    u.Names.IsEmpty ? null : () => Node(null, null, u.Names));
                break;
            case ExportStmt e: Node("export", e.Span, e.Declaration, e.Names); break;
            default: Node("?" + s.GetType().Name, s.Span); break;
        }
    }

    private void Expr(Expr e)
    {
        switch (e)
        {
            case IntLiteral i: Atom(i.Value.ToString(CultureInfo.InvariantCulture), i.Span); break;
            case FloatLiteral f: Atom(FormatFloat(f.Value), f.Span); break;
            case StringLiteral s: Atom(Quote(s.Value), s.Span); break;
            case InterpolatedString s: Node("interp", s.Span, s.Parts); break;
            case BoolLiteral b: Atom(b.Value ? "true" : "false", b.Span); break;
            case NullLiteral n: Atom("null", n.Span); break;
            case ThisExpr t: Atom("this", t.Span); break;
            case Identifier id: Atom(id.Name, id.Span); break;
            case ListLiteral l: Node("list", l.Span, l.Items); break;
            case MapLiteral m:
                Node("map", m.Span, m.Entries.Select(entry => (Action)(() => Node(null, null, Quote(entry.Key), entry.Value))));
                break;
            case FunctionLiteral f:
                Node(f.Kind == FunctionKind.Action ? "action" : "lambda", f.Span,
                    f.IsAsync ? "async" : null,
                    f.Name,
                    () => Node(null, null, f.Parameters.Select(p => p.TypeAnnotation is null ? p.Name : p.Name + ":" + p.TypeAnnotation)),
                    f.ReturnAnnotation is null ? null : "->", f.ReturnAnnotation,
                    (object?)f.Body ?? f.ExprBody);
                break;
            case UnaryExpr u: Node(u.Op switch { UnaryOp.Negate => "neg", UnaryOp.Not => "not", _ => "await" }, u.Span, u.Operand); break;
            case BinaryExpr b: Node(BinarySymbol(b.Op), b.Span, b.Left, b.Right); break;
            case ConditionalExpr c: Node("?", c.Span, c.Condition, c.Then, c.Else); break;
            case CallExpr c: Node("call", c.Span, c.Callee, c.Arguments); break;
            case IndexExpr i: Node("index", i.Span, i.Target, i.Index); break;
            case MemberExpr m: Node(".", m.Span, m.Target, m.Name); break;
            case MatchExpr m:
                Node("match", m.Span, m.Subject, m.Arms.Select(arm => (Action)(() =>
                    Node(null, null, () => Pattern(arm.Pattern), "=>", (object?)arm.Block ?? arm.Result))));
                break;
            default: Node("?" + e.GetType().Name, e.Span); break;
        }
    }

    private void Pattern(MatchPattern pattern)
    {
        switch (pattern.Kind)
        {
            case PatternKind.Wildcard:
                Atom("_", pattern.Span);
                break;
            case PatternKind.Binding:
                Atom("bind " + pattern.Name, pattern.Span);
                break;
            default:
                Expr(pattern.Literal!);
                break;
        }
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
