using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary><c>x[i]</c> (5.9).</summary>
public sealed class IndexNode(SourceLocation location, ExprNode target, ExprNode index) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var t = target.Eval(scope);
        var i = index.Eval(scope);
        if (t.Kind == ValueKind.List && i.IsSmallInt)
        {
            var items = t.AsList.Items;
            var k = i.SmallInt;
            return k >= 0 && k < items.Count ? items[(int)k] : Value.Null;
        }

        try
        {
            return MemberAccess.GetIndex(t, i);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary><c>x.name</c> (5.10).</summary>
public sealed class MemberNode(SourceLocation location, ExprNode target, string name, Interpreter interpreter) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var t = target.Eval(scope);
        try
        {
            return MemberAccess.GetMember(interpreter, t, name);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary><c>e[i] = v</c> and <c>e[i] OP= v</c>: e and i evaluated once (6.2).</summary>
public sealed class AssignIndexNode(SourceLocation location, ExprNode target, ExprNode index, ExprNode value, BinaryOperator? op) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var t = target.Eval(scope);
        var i = index.Eval(scope);
        try
        {
            if (op is null)
            {
                MemberAccess.SetIndex(t, i, value.Eval(scope));
            }
            else
            {
                var current = MemberAccess.GetIndex(t, i);
                var rhs = value.Eval(scope);
                MemberAccess.SetIndex(t, i, op(current, rhs));
            }
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }

        return Completion.Normal;
    }
}

/// <summary><c>e.name = v</c> and <c>e.name OP= v</c> (6.2, 10.5).</summary>
public sealed class AssignMemberNode(SourceLocation location, ExprNode target, string name, ExprNode value, BinaryOperator? op, Interpreter interpreter) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var t = target.Eval(scope);
        try
        {
            if (op is null)
            {
                var v = value.Eval(scope);
                MemberAccess.SetMember(interpreter, t, name, v);
            }
            else
            {
                var current = MemberAccess.GetMember(interpreter, t, name);
                var rhs = value.Eval(scope);
                MemberAccess.SetMember(interpreter, t, name, op(current, rhs));
            }
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }

        return Completion.Normal;
    }
}
