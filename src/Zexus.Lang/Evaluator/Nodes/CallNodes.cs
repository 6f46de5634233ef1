using System.Runtime.CompilerServices;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>PERF (bench: fib): argument storage for calls of built-ins without a heap array.</summary>
[InlineArray(6)]
internal struct ArgBuffer
{
    private Value _element;
}

/// <summary><c>f(args)</c> (5.11): callee first, then the arguments left to right, then the call.</summary>
public sealed class CallNode(SourceLocation location, ExprNode callee, ExprNode[] args, Interpreter interpreter) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var f = callee.Eval(scope);
        if (f.Kind == ValueKind.Function && f.AsObject is Closure closure)
        {
            return CallClosure(closure, scope);
        }

        if (args.Length <= 6)
        {
            var buffer = default(ArgBuffer);
            Span<Value> values = buffer;
            values = values[..args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                values[i] = args[i].Eval(scope);
            }

            return CallOther(f, values);
        }

        var array = new Value[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            array[i] = args[i].Eval(scope);
        }

        return CallOther(f, array);
    }

    /// <summary>PERF (bench: fib): arguments are evaluated straight into the callee's parameter slots.</summary>
    private Value CallClosure(Closure closure, Scope scope)
    {
        var code = closure.Code;
        var slots = new Value[code.SlotCount];
        var ps = code.ParamSlots;
        for (var i = 0; i < args.Length; i++)
        {
            var v = args[i].Eval(scope);
            if (i < ps.Length)
            {
                slots[ps[i]] = v;
            }
        }

        for (var i = args.Length; i < ps.Length; i++)
        {
            slots[ps[i]] = Value.Null;
        }

        try
        {
            return interpreter.Invoke(code, new Scope(closure.Captured, slots));
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }

    private Value CallOther(Value f, ReadOnlySpan<Value> values)
    {
        try
        {
            return interpreter.CallValue(f, values);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary><c>x.name(args)</c> (5.11 method calls): x, then the arguments, then dispatch on the kind of x.</summary>
public sealed class MethodCallNode(SourceLocation location, ExprNode target, string name, ExprNode[] args, Interpreter interpreter) : ExprNode(location)
{
    public override Value Eval(Scope scope)
    {
        var t = target.Eval(scope);
        var values = new Value[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i].Eval(scope);
        }

        try
        {
            return interpreter.CallMethod(t, name, values);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}
