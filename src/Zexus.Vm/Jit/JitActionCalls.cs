using System.Runtime.CompilerServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// Action calls made by compiled code (CALL_METHOD on a contract instance): <see cref="EngineBase.CallAction"/> and
/// the action's compiled entry merged into one path for the common case, the same transaction (10.2-10.5) step by
/// step: copied arguments, the frame opened, the body in a pooled scope, then commit (or rollback on an error) and
/// the copied result.
/// </summary>
/// <remarks>
/// PERF (bench: zexus bench, contract jit row): for an action whose body is compiled with a pooled scope and cannot
/// read <c>msg</c>, no sender is looked up, no <c>msg</c> is built, and the body is entered without the virtual
/// <c>InvokeAction</c> and the tier check. Every other action (not compiled yet, reads <c>msg</c>, needs its own
/// scope) takes <see cref="EngineBase.CallAction"/>.
/// </remarks>
internal static class JitActionCalls
{
    /// <summary>The action call of <paramref name="action"/> on <paramref name="instance"/> with <paramref name="args"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Call(ZvmMachine m, ZContract instance, ZFunction action, ReadOnlySpan<Value> args)
    {
        if (action is not VmAction { Function.Jit.Code: { PooledScope: true, ReadsMsg: false } code })
        {
            return m.CallAction(instance, action, args);
        }

        var copied = EngineBase.CopyArguments(args);
        var depth = m.BeginActionCall(instance);
        Value result;
        try
        {
            result = JitCalls.InvokeAction(m, code, instance, Value.Null, copied);
        }
        catch
        {
            m.AbortActionCall(depth);
            throw;
        }

        return m.CommitActionCall(depth, result);
    }
}
