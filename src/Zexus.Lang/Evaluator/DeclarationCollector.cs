using Zexus.Lang.Syntax;

namespace Zexus.Lang.Evaluator;

/// <summary>
/// Finds every name a function body can declare in its own call scope (7.2: blocks do not create scopes):
/// let/const/state/ledger, function declarations, for-each and catch variables and match bindings,
/// without entering nested functions, whose declarations belong to their own scopes.
/// </summary>
internal static class DeclarationCollector
{
    public static void Collect(BlockStmt block, Action<string> declare)
    {
        foreach (var s in block.Statements)
        {
            Stmt(s, declare);
        }
    }

    public static void Collect(Expr expr, Action<string> declare) => Expr(expr, declare);

    private static void Stmt(Stmt stmt, Action<string> d)
    {
        switch (stmt)
        {
            case BlockStmt b:
                Collect(b, d);
                break;
            case DeclarationStmt s:
                if (s.Init is not null)
                {
                    Expr(s.Init, d);
                }

                d(s.Name);
                break;
            case FunctionDeclStmt f:
                d(f.Name);
                break;
            case ExprStmt e:
                Expr(e.Expression, d);
                break;
            case AssignStmt a:
                Expr(a.Target, d);
                Expr(a.Value, d);
                break;
            case IfStmt i:
                foreach (var br in i.Branches)
                {
                    Expr(br.Condition, d);
                    Collect(br.Body, d);
                }

                if (i.Else is not null)
                {
                    Collect(i.Else, d);
                }

                break;
            case WhileStmt w:
                Expr(w.Condition, d);
                Collect(w.Body, d);
                break;
            case ForEachStmt f:
                d(f.First);
                if (f.Second is not null)
                {
                    d(f.Second);
                }

                Expr(f.Iterable, d);
                Collect(f.Body, d);
                break;
            case TryStmt t:
                Collect(t.Body, d);
                if (t.CatchName is not null)
                {
                    d(t.CatchName);
                }

                if (t.CatchBody is not null)
                {
                    Collect(t.CatchBody, d);
                }

                if (t.Finally is not null)
                {
                    Collect(t.Finally, d);
                }

                break;
            case ReturnStmt { Value: { } v }:
                Expr(v, d);
                break;
            case ThrowStmt th:
                Expr(th.Value, d);
                break;
            case PrintStmt p:
                foreach (var a in p.Arguments)
                {
                    Expr(a, d);
                }

                break;
            case EmitStmt em:
                foreach (var a in em.Arguments)
                {
                    Expr(a, d);
                }

                break;
        }
    }

    private static void Expr(Expr expr, Action<string> d)
    {
        switch (expr)
        {
            case MatchExpr m:
                Expr(m.Subject, d);
                foreach (var arm in m.Arms)
                {
                    if (arm.Pattern.Kind == PatternKind.Binding)
                    {
                        d(arm.Pattern.Name!);
                    }

                    if (arm.Block is not null)
                    {
                        Collect(arm.Block, d);
                    }

                    if (arm.Result is not null)
                    {
                        Expr(arm.Result, d);
                    }
                }

                break;
            case BinaryExpr b:
                Expr(b.Left, d);
                Expr(b.Right, d);
                break;
            case UnaryExpr u:
                Expr(u.Operand, d);
                break;
            case ConditionalExpr c:
                Expr(c.Condition, d);
                Expr(c.Then, d);
                Expr(c.Else, d);
                break;
            case CallExpr call:
                Expr(call.Callee, d);
                foreach (var a in call.Arguments)
                {
                    Expr(a, d);
                }

                break;
            case IndexExpr ix:
                Expr(ix.Target, d);
                Expr(ix.Index, d);
                break;
            case MemberExpr me:
                Expr(me.Target, d);
                break;
            case ListLiteral l:
                foreach (var item in l.Items)
                {
                    Expr(item, d);
                }

                break;
            case MapLiteral map:
                foreach (var e in map.Entries)
                {
                    Expr(e.Value, d);
                }

                break;
            case InterpolatedString s:
                foreach (var part in s.Parts)
                {
                    Expr(part, d);
                }

                break;
        }
    }
}
