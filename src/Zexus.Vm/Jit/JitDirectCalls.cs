using System.Runtime.CompilerServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// The direct path of CALL_TOP between compiled functions (see <see cref="JitDirectCallEmitter"/>): when the callee is
/// a closure whose compiled code runs in a pooled scope (<see cref="JitCode.Direct"/>), the caller takes the call depth
/// and the scope here, invokes the callee's code itself and gives the depth back after it returns. If the callee
/// throws, the caller's own catch block restores the depth it had on entry (<see cref="JitHelpers.Unwind"/>), so
/// the path needs no exception block of its own. Every other callee goes through <see cref="JitCalls"/>.
/// PERF (bench: zexus bench, fib jit row): a call between compiled functions costs a few loads, the depth check and
/// the parameter stores — no kind dispatch, no try/finally, no extra copies of the result.
/// </summary>
internal static class JitDirectCalls
{
    /// <summary>The native stack is checked at every depth that is a multiple of this (see <see cref="Take"/>).</summary>
    internal const int StackCheckInterval = 4;

    /// <summary>
    /// CALL_TOP of <see cref="JitCode.Scopeless"/> code: the closure's captured scope with the depth taken (the
    /// callee runs from it through <see cref="JitCode.InvokeDirect"/>), or null for the other paths.
    /// PERF (bench: zexus bench, fib jit row): no call scope is taken, cleared, filled and read back; the arguments
    /// travel as method arguments into the callee's IL locals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scope? EnterScopeless(ZvmMachine m, Value callee, out JitCode? code)
    {
        if (callee.Reference is VmClosure c && c.Function.Jit?.Code is { Direct: true, Scopeless: true } jc)
        {
            code = jc;
            TakeDepth(m);
            return c.Captured;
        }

        code = null;
        return null;
    }

    /// <summary>
    /// CALL_TOP in <see cref="JitCode.Scopeless"/> direct code of a closure of its own function (recursion): true
    /// with the closure's captured scope and the depth taken; the caller then calls its own compiled method.
    /// PERF (bench: zexus bench, fib jit row): no lookup of the callee's code and no delegate call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EnterSelf(ZvmMachine m, Value callee, JitCode self, out Scope captured)
    {
        if (callee.Reference is VmClosure c && c.Function == self.Function)
        {
            TakeDepth(m);
            captured = c.Captured;
            return true;
        }

        captured = null!;
        return false;
    }

    /// <summary>CALL_TOP with no arguments: the callee's scope with the depth taken, or null for the generic path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scope? Enter0(ZvmMachine m, Value callee, out JitCode? code)
    {
        var scope = TakeFor(m, callee, out code);
        if (scope is not null)
        {
            BindMissing(scope.Slots, code!.ParamSlots, 0);
        }

        return scope;
    }

    /// <summary>CALL_TOP with one argument (see <see cref="Enter0"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scope? Enter1(ZvmMachine m, Value callee, Value a0, out JitCode? code)
    {
        var scope = TakeFor(m, callee, out code);
        if (scope is not null && code!.ParamSlots is { Length: > 0 } ps)
        {
            scope.Slots[ps[0]] = a0;
            BindMissing(scope.Slots, ps, 1);
        }

        return scope;
    }

    /// <summary>CALL_TOP with two arguments (see <see cref="Enter0"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scope? Enter2(ZvmMachine m, Value callee, Value a0, Value a1, out JitCode? code)
    {
        var scope = TakeFor(m, callee, out code);
        if (scope is not null && code!.ParamSlots is { Length: > 0 } ps)
        {
            var slots = scope.Slots;
            slots[ps[0]] = a0;
            if (ps.Length > 1)
            {
                slots[ps[1]] = a1;
                BindMissing(slots, ps, 2);
            }
        }

        return scope;
    }

    /// <summary>After the callee returned: gives back the depth <see cref="Take"/> took.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Leave(ZvmMachine m) => m._depth--;

    /// <summary>The pooled scope for a direct call of <paramref name="callee"/> (depth taken), or null when it has no direct code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scope? TakeFor(ZvmMachine m, Value callee, out JitCode? code)
    {
        if (callee.Reference is VmClosure c && c.Function.Jit?.Code is { Direct: true, Scopeless: false } jc)
        {
            code = jc;
            return Take(m, c.Captured, jc.SlotCount);
        }

        code = null;
        return null;
    }

    /// <summary>Parameters from <paramref name="from"/> on were not passed: they are null (5.11).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BindMissing(Value[] slots, int[] ps, int from)
    {
        for (var i = from; i < ps.Length; i++)
        {
            slots[ps[i]] = Value.Null;
        }
    }

    /// <summary>
    /// Checks and takes one call depth (5.11) and returns the pooled call scope of that depth, fresh. The native stack
    /// is checked at every <see cref="StackCheckInterval"/>th depth only: the frames of direct calls are bounded
    /// (<see cref="JitCode.Direct"/>), so the few levels between two checks stay well within the reserve
    /// <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> guarantees, and every other path checks each level.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scope Take(ZvmMachine m, Scope parent, int size)
    {
        var depth = m._depth;
        CheckDepth(depth);
        var pool = m._scopePool;
        Scope? scope;
        if ((uint)depth < (uint)pool.Length && (scope = pool[depth]) is not null)
        {
            scope.Reuse(parent, size);
        }
        else
        {
            scope = NewPooled(m, parent, size, depth);
        }

        m._depth = depth + 1;
        return scope;
    }

    /// <summary>Checks and takes one call depth for a call without a scope (see <see cref="Take"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TakeDepth(ZvmMachine m)
    {
        var depth = m._depth;
        CheckDepth(depth);
        m._depth = depth + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckDepth(int depth)
    {
        if (depth >= EngineBase.MaxCallDepth || (depth % StackCheckInterval == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            DepthExceeded();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Scope NewPooled(ZvmMachine m, Scope parent, int size, int depth)
    {
        if (depth >= m._scopePool.Length)
        {
            Array.Resize(ref m._scopePool, Math.Max(depth + 1, m._scopePool.Length * 2));
        }

        return m._scopePool[depth] ??= new Scope(parent, size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DepthExceeded() => throw new ZexusError("Maximum recursion depth exceeded");
}
