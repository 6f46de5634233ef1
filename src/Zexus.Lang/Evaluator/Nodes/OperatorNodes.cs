using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>A binary operator evaluated by <see cref="Operators"/>; both operands left to right (5).</summary>
public class BinaryNode(SourceLocation location, ExprNode left, ExprNode right, BinaryOperator op) : ExprNode(location)
{
    protected readonly ExprNode Left = left;
    protected readonly ExprNode Right = right;

    public override Value Eval(Scope scope) => Apply(Left.Eval(scope), Right.Eval(scope));

    protected Value Apply(Value a, Value b)
    {
        try
        {
            return op(a, b);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary>PERF (bench: fib, loop): <c>+</c> on two small integers without leaving the node.</summary>
public sealed class AddNode(SourceLocation location, ExprNode left, ExprNode right) : BinaryNode(location, left, right, Operators.Add)
{
    public override Value Eval(Scope scope)
    {
        var a = Left.Eval(scope);
        var b = Right.Eval(scope);
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt, r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }
        }

        return Apply(a, b);
    }
}

/// <summary>PERF (bench: fib, loop): <c>-</c> on two small integers.</summary>
public sealed class SubNode(SourceLocation location, ExprNode left, ExprNode right) : BinaryNode(location, left, right, Operators.Sub)
{
    public override Value Eval(Scope scope)
    {
        var a = Left.Eval(scope);
        var b = Right.Eval(scope);
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt, r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0)
            {
                return Value.FromInt(r);
            }
        }

        return Apply(a, b);
    }
}

/// <summary>PERF (bench: loop): ordering of two small integers.</summary>
public sealed class CompareNode(SourceLocation location, ExprNode left, ExprNode right, CompareOp op) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var a = left.Eval(scope);
        var b = right.Eval(scope);
        if (a.IsSmallInt && b.IsSmallInt)
        {
            long x = a.SmallInt, y = b.SmallInt;
            return Value.FromBool(op switch
            {
                CompareOp.Lt => x < y,
                CompareOp.Gt => x > y,
                CompareOp.LtEq => x <= y,
                _ => x >= y,
            });
        }

        try
        {
            return Value.FromBool(Operators.Compare(op, a, b));
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary><c>==</c> / <c>!=</c> (5.5); never an error except for runaway nesting.</summary>
public sealed class EqualityNode(SourceLocation location, ExprNode left, ExprNode right, bool negate) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var a = left.Eval(scope);
        var b = right.Eval(scope);
        if (a.IsSmallInt && b.IsSmallInt)
        {
            return Value.FromBool((a.SmallInt == b.SmallInt) != negate);
        }

        try
        {
            return Value.FromBool(Operators.Equal(a, b) != negate);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary><c>&amp;&amp;</c> and <c>||</c>: both operands always evaluated, result a boolean (5.7).</summary>
public sealed class LogicalNode(SourceLocation location, ExprNode left, ExprNode right, bool isAnd) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var a = left.Eval(scope).IsTruthy;
        var b = right.Eval(scope).IsTruthy;
        return Value.FromBool(isAnd ? a && b : a || b);
    }
}

/// <summary><c>a ?? b</c>: b only when a is null (5.8).</summary>
public sealed class NullishNode(SourceLocation location, ExprNode left, ExprNode right) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var a = left.Eval(scope);
        return a.IsNull ? right.Eval(scope) : a;
    }
}

/// <summary><c>c ? a : b</c>: the branch not taken is not evaluated (5.8).</summary>
public sealed class ConditionalNode(SourceLocation location, ExprNode condition, ExprNode then, ExprNode otherwise) : ExprNode(location)
{
    public override Value Eval(Scope scope) => condition.Eval(scope).IsTruthy ? then.Eval(scope) : otherwise.Eval(scope);
}

/// <summary><c>!x</c> (5.4).</summary>
public sealed class NotNode(SourceLocation location, ExprNode operand) : ExprNode(location)
{
    public override Value Eval(Scope scope) => Value.FromBool(!operand.Eval(scope).IsTruthy);
}

/// <summary><c>-x</c> (5.4).</summary>
public sealed class NegateNode(SourceLocation location, ExprNode operand) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var v = operand.Eval(scope);
        if (v.IsSmallInt && v.SmallInt != long.MinValue)
        {
            return Value.FromInt(-v.SmallInt);
        }

        try
        {
            return Operators.Negate(v);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary><c>await e</c>: the value of e unchanged; there is no concurrency (13).</summary>
public sealed class AwaitNode(SourceLocation location, ExprNode operand) : ExprNode(location)
{
    public override Value Eval(Scope scope) => operand.Eval(scope);
}
