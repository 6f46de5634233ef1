using System.Text;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>A literal: its value is built once (5.1).</summary>
public sealed class ConstantNode(SourceLocation location, Value value) : ExprNode(location)
{
    public Value Value { get; } = value;

    public override Value Eval(Scope scope) => Value;
}

/// <summary>A string with <c>${…}</c> parts: each part's text form, left to right (2.2).</summary>
public sealed class InterpolationNode(SourceLocation location, ExprNode[] parts) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            var v = part.Eval(scope);
            sb.Append(v.Kind == ValueKind.String ? v.AsString : TextForm.Of(v));
        }

        return Value.FromString(sb.ToString());
    }
}

/// <summary>A list literal: a new list of its elements (5.1).</summary>
public sealed class ListNode(SourceLocation location, ExprNode[] items) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var list = new List<Value>(items.Length);
        foreach (var item in items)
        {
            list.Add(item.Eval(scope));
        }

        return Value.FromObject(new ZList(list));
    }
}

/// <summary>A map literal: a later duplicate key wins but keeps the first position (3.7).</summary>
public sealed class MapNode(SourceLocation location, string[] keys, ExprNode[] values) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var map = new ZMap(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            map.Set(keys[i], values[i].Eval(scope));
        }

        return Value.FromObject(map);
    }
}

/// <summary>A function literal, arrow function or lambda: a closure over the current scope (5.12).</summary>
public sealed class FunctionNode(SourceLocation location, FunctionCode code) : ExprNode(location)
{
    public FunctionCode Code { get; } = code;

    public override Value Eval(Scope scope) => Value.FromObject(new Closure(Code, scope));
}
