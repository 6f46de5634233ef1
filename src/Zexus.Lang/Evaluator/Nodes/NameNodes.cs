using System.Runtime.CompilerServices;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>
/// Where a name may be bound, innermost first: each candidate is a scope (hops outward from the current
/// one) and a slot in it. The first bound candidate is the nearest binding (7.1).
/// </summary>
public sealed class NameResolution(string name, int[] hops, int[] slots)
{
    public string Name { get; } = name;

    public int[] Hops { get; } = hops;

    public int[] Slots { get; } = slots;

    /// <summary>Finds the scope holding the nearest binding, or null when no scope binds the name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Scope? Find(Scope scope, out int slot)
    {
        var s = scope;
        var walked = 0;
        for (var i = 0; i < Hops.Length; i++)
        {
            for (; walked < Hops[i]; walked++)
            {
                s = s.Parent!;
            }

            if (!s.Slots[Slots[i]].IsUndefined)
            {
                slot = Slots[i];
                return s;
            }
        }

        slot = -1;
        return null;
    }
}

/// <summary>Reads a name (5.2): nearest binding, else a built-in or <c>TX</c>, else an error.</summary>
public sealed class NameNode(SourceLocation location, NameResolution resolution, Interpreter interpreter) : ExprNode(location)
{
    public NameResolution Resolution { get; } = resolution;

    public override Value Eval(Scope scope)
    {
        var s = Resolution.Find(scope, out var slot);
        return s is not null ? s.Slots[slot] : Unbound();
    }

    private Value Unbound()
    {
        try
        {
            return interpreter.ResolveUnbound(Resolution.Name);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }
}

/// <summary>
/// PERF (bench: fib, loop): a name whose nearest candidate is a slot of the current scope (parameters,
/// locals) — one array read; an unbound slot falls back to full resolution.
/// </summary>
public sealed class LocalNameNode(SourceLocation location, NameResolution resolution, Interpreter interpreter) : ExprNode(location)
{
    private readonly int _slot = resolution.Slots[0];
    private readonly NameNode _fallback = new(location, resolution, interpreter);

    public override Value Eval(Scope scope)
    {
        var v = scope.Slots[_slot];
        return !v.IsUndefined ? v : _fallback.Eval(scope);
    }
}

/// <summary>Declares a binding in the current scope (6.1): <c>let</c>, <c>const</c>, <c>state</c>/<c>ledger</c> outside contracts.</summary>
public sealed class DeclareNode(SourceLocation location, int slot, ExprNode? init, bool constant) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var value = init is null ? Value.Null : init.Eval(scope);
        scope.Declare(slot, value, constant);
        return Completion.Normal;
    }
}

/// <summary><c>NAME = expr</c> and <c>NAME OP= expr</c> (6.2): updates the nearest existing binding.</summary>
public sealed class AssignNameNode(SourceLocation location, NameResolution resolution, ExprNode value, BinaryOperator? op) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        if (op is null)
        {
            var v = value.Eval(scope);
            var s = Resolution(scope, out var slot);
            s.Slots[slot] = v;
        }
        else
        {
            var s = Resolution(scope, out var slot);
            var current = s.Slots[slot];
            var rhs = value.Eval(scope);
            var result = Apply(current, rhs);

            // The right-hand side may have run code that re-declared the name; store to the binding found now.
            s = Resolution(scope, out slot);
            s.Slots[slot] = result;
        }

        return Completion.Normal;
    }

    private Value Apply(Value a, Value b)
    {
        try
        {
            return op!(a, b);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }

    private Scope Resolution(Scope scope, out int slot)
    {
        var s = resolution.Find(scope, out slot);
        if (s is null)
        {
            Fail($"Identifier '{resolution.Name}' not found");
        }

        if (s.IsConstant(slot))
        {
            Fail($"Cannot reassign constant '{resolution.Name}'");
        }

        return s;
    }
}

/// <summary>A binary operator function from <see cref="Operators"/>.</summary>
public delegate Value BinaryOperator(Value a, Value b);
