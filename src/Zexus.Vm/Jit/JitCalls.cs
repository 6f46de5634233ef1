using System.Runtime.CompilerServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// The calls JIT-compiled code makes (CALL_TOP, SPAWN_CALL, CALL_METHOD): the same semantics as the stack
/// interpreter's <see cref="ZvmMachine.CallAt"/> and <see cref="EngineBase.CallMethod"/>, with the arguments
/// passed in registers instead of through the shared operand stack.
/// </summary>
internal static class JitCalls
{
    // PERF (bench: zexus bench, fib/maps/contract jit rows): the entry points below are called from compiled code
    // from its first run on; they are optimised at once instead of waiting for tiered compilation to promote them.
    // They take the stack locals by value: a local whose address is taken would be kept in memory by the caller.

    /// <summary>CALL_TOP with the arguments spilled to the shared stack at the current height.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value CallSpilled(ZvmMachine m, Value callee, int argc)
    {
        var at = m._sp;
        m._sp = at + argc;
        var result = m.CallAt(callee, at, argc);
        m._sp = at;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Call0(ZvmMachine m, Value callee) =>
        callee.Kind == ValueKind.Function && callee.Reference is VmClosure c ? CallClosure(m, c, [])
        : callee.Kind == ValueKind.Builtin ? ((ZBuiltin)callee.AsObject).Invoke(m, [])
        : CallSpilled(m, callee, 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Call1(ZvmMachine m, Value callee, Value a0)
    {
        if (callee.Kind == ValueKind.Function && callee.Reference is VmClosure c)
        {
            return CallClosure(m, c, new ReadOnlySpan<Value>(in a0));
        }

        // PERF (bench: zexus bench, maps, strings and contract jit rows): built-ins take their arguments in place.
        if (callee.Kind == ValueKind.Builtin)
        {
            return ((ZBuiltin)callee.AsObject).Invoke(m, new ReadOnlySpan<Value>(in a0));
        }

        JitHelpers.Reserve(m, 1)[m._sp] = a0;
        return CallSpilled(m, callee, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Call2(ZvmMachine m, Value callee, Value a0, Value a1)
    {
        if (callee.Kind is ValueKind.Function or ValueKind.Builtin)
        {
            ReadOnlySpan<Value> args = [a0, a1];
            return callee.Reference is VmClosure c ? CallClosure(m, c, args)
                : callee.Kind == ValueKind.Builtin ? ((ZBuiltin)callee.AsObject).Invoke(m, args)
                : CallOther(m, callee, a0, a1);
        }

        return CallOther(m, callee, a0, a1);
    }

    private static Value CallOther(ZvmMachine m, Value callee, Value a0, Value a1)
    {
        var stack = JitHelpers.Reserve(m, 2);
        stack[m._sp] = a0;
        stack[m._sp + 1] = a1;
        return CallSpilled(m, callee, 2);
    }

    /// <summary>CALL_METHOD with no arguments; the name is the instruction's string constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Method0(ZvmMachine m, MethodSite site, Value target) => Method(m, site, target, []);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Method1(ZvmMachine m, MethodSite site, Value target, Value a0) => Method(m, site, target, new ReadOnlySpan<Value>(in a0));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Value Method2(ZvmMachine m, MethodSite site, Value target, Value a0, Value a1) => Method(m, site, target, [a0, a1]);

    /// <summary><see cref="EngineBase.CallMethod"/>, with the action of a contract target resolved through the call site.</summary>
    /// <remarks>PERF (bench: zexus bench, contract jit row): the raw object is tested against the sealed type directly,
    /// without the cast to <see cref="ZObject"/> (a call to the runtime's cast helper).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Method(ZvmMachine m, MethodSite site, Value target, ReadOnlySpan<Value> args) =>
        target.Kind == ValueKind.Contract && target.Reference is ZContract contract && site.ActionOf(contract.Definition) is { } action
            ? JitActionCalls.Call(m, contract, action, args)
            : m.CallMethod(target, site.Name, args);

    /// <summary>A closure's body in its call scope with the parameters bound; missing arguments are null (5.11).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value CallClosure(ZvmMachine m, VmClosure c, ReadOnlySpan<Value> args)
    {
        var scope = NewCallScope(m, c, out var pooled);
        Bind(scope.Slots, c.Function.Proto.ParamSlots, args);
        return Enter(m, c, scope, pooled);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bind(Value[] slots, int[] ps, ReadOnlySpan<Value> args)
    {
        for (var i = 0; i < ps.Length; i++)
        {
            slots[ps[i]] = i < args.Length ? args[i] : Value.Null;
        }
    }

    /// <summary>
    /// The call scope of <paramref name="c"/>: for compiled code that cannot capture its scope, the pooled scope of
    /// the call depth it will run at (<paramref name="pooled"/>, the depth already checked and taken), else a new one.
    /// PERF (bench: zexus bench, fib jit row): a call of such a function allocates nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scope NewCallScope(ZvmMachine m, VmClosure c, out bool pooled)
    {
        var f = c.Function;
        pooled = f.Jit?.Code is { PooledScope: true };
        return pooled ? TakePooled(m, c.Captured, f.Proto.SlotCount) : new Scope(c.Captured, new Value[f.Proto.SlotCount]);
    }

    /// <summary>Checks and takes one call depth (5.11) and returns the pooled call scope for it, fresh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scope TakePooled(ZvmMachine m, Scope? parent, int size)
    {
        var depth = m._depth;
        if (depth >= EngineBase.MaxCallDepth || !StackGuard.IsSufficient())
        {
            DepthExceeded();
        }

        var pool = m._scopePool;
        if (depth >= pool.Length)
        {
            Array.Resize(ref m._scopePool, Math.Max(depth + 1, pool.Length * 2));
            pool = m._scopePool;
        }

        var scope = pool[depth];
        if (scope is null)
        {
            pool[depth] = scope = new Scope(parent, size);
        }
        else
        {
            scope.Reuse(parent, size);
        }

        m._depth = depth + 1;
        return scope;
    }

    /// <summary>
    /// A contract action body with <c>this</c>, <c>msg</c> and its (already copied) arguments, in a pooled scope
    /// under the instance's state scope (10.2). PERF (bench: zexus bench, contract jit row): no scope allocated.
    /// </summary>
    public static Value InvokeAction(ZvmMachine m, JitCode code, ZContract instance, Value msg, ReadOnlySpan<Value> args)
    {
        var proto = code.Function.Proto;
        var scope = TakePooled(m, instance.StateScope, Math.Max(proto.SlotCount, 2));
        var slots = scope.Slots;
        slots[0] = Value.FromObject(instance);
        slots[1] = msg;
        Bind(slots, proto.ParamSlots, args);
        try
        {
            return code.Invoke(m, scope);
        }
        finally
        {
            m._depth--;
        }
    }

    /// <summary>Runs the body: compiled code directly for a pooled scope (its depth taken), else through <see cref="ZvmMachine.Invoke"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Value Enter(ZvmMachine m, VmClosure c, Scope scope, bool pooled)
    {
        if (!pooled)
        {
            return m.Invoke(c.Function, scope);
        }

        try
        {
            return c.Function.Jit!.Code!.Invoke(m, scope);
        }
        finally
        {
            m._depth--;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DepthExceeded() => throw new ZexusError("Maximum recursion depth exceeded");
}
