using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// One function compiled to IL by <see cref="JitCompiler"/>: the entry point plus the tables its code and
/// <see cref="JitHelpers.Unwind"/> read. The compiled method is closed over this object (its first argument).
/// </summary>
public sealed class JitCode
{
    /// <summary>Flag bit of the error-position local: the static gas of the current block is not charged in advance.</summary>
    internal const int Exact = 1 << 30;

    private Func<ZvmMachine, Scope, Value[]?, Value, Value, Value>? _entry;

    /// <summary>The largest operand stack a function called on the direct path may have (its frame size grows with it).</summary>
    internal const int DirectMaxHeight = 64;

    /// <summary>The longest code (bytes) a function called on the direct path may have (its frame size grows with it).</summary>
    internal const int DirectMaxCode = 2048;

    internal JitCode(LoadedFunction function, long[] restGas, int[] restSteps, bool pooledScope, int maxHeight, bool scopeless)
    {
        Scopeless = scopeless;
        Function = function;
        PooledScope = pooledScope;
        RestGas = restGas;
        RestSteps = restSteps;
        SlotCount = function.Proto.SlotCount;
        ParamSlots = function.Proto.ParamSlots;
        Direct = pooledScope && maxHeight <= DirectMaxHeight && function.Code.Length <= DirectMaxCode;
    }

    public LoadedFunction Function { get; }

    /// <summary>
    /// True when the function's call scope cannot outlive the call (no closure, contract or entity is created in it,
    /// and it is not code run in a given scope): calls reuse a pooled scope.
    /// </summary>
    public bool PooledScope { get; }

    /// <summary>
    /// False when the body cannot read <c>msg</c>: no name of it is <c>msg</c> and, with <see cref="PooledScope"/>, no
    /// function created in it can see its scope. An action call of such code leaves <c>msg</c> out.
    /// PERF (bench: zexus bench, contract jit row): no map allocated per action call.
    /// </summary>
    public bool ReadsMsg { get; init; } = true;

    /// <summary>
    /// True when compiled callers call this function on their direct path (<see cref="JitDirectCalls"/>): its scope is
    /// pooled, and its native frame is small enough for the native stack to be checked only every few call levels.
    /// </summary>
    internal bool Direct { get; }

    /// <summary>
    /// True when the code keeps every slot of its call scope in IL locals (<see cref="JitLocals.Scopeless"/>): it runs
    /// without the scope object, from the scope's parent and its slots or, on the direct path, its arguments.
    /// </summary>
    internal bool Scopeless { get; }

    /// <summary>The call scope's size (the prototype's slot count).</summary>
    internal int SlotCount { get; }

    /// <summary>The parameters' slots (the prototype's).</summary>
    internal int[] ParamSlots { get; }

    /// <summary>By instruction offset: static gas of the instructions after it in its basic block.</summary>
    internal long[] RestGas { get; }

    /// <summary>By instruction offset: the number of instructions after it in its basic block.</summary>
    internal int[] RestSteps { get; }

    /// <summary>The CALL_METHOD sites of the compiled code, read by index (set once, before the first run).</summary>
    internal MethodSite[] MethodSites = [];

    internal void SetEntry(Func<ZvmMachine, Scope, Value[]?, Value, Value, Value> entry) => _entry = entry;

    /// <summary>Runs the function body with <paramref name="env"/> as its scope.</summary>
    public Value Invoke(ZvmMachine machine, Scope env)
    {
        ArgumentNullException.ThrowIfNull(env);
        return Scopeless ? _entry!(machine, env.Parent!, env.Slots, default, default) : _entry!(machine, env, null, default, default);
    }

    /// <summary>
    /// Runs <see cref="Scopeless"/> code without a call scope: <paramref name="parent"/> is the closure's captured
    /// scope, <paramref name="a0"/> and <paramref name="a1"/> the first two parameters (<see cref="Value.Null"/> when
    /// not passed); further parameters are null.
    /// </summary>
    internal Value InvokeDirect(ZvmMachine machine, Scope parent, Value a0, Value a1) => _entry!(machine, parent, null, a0, a1);
}

/// <summary>The JIT's verdict on one function: compiled code, or why it stays on the interpreter.</summary>
public sealed record JitFunction(JitCode? Code, string? Failure);
