namespace Zexus.Vm.Interpreter;

/// <summary>Settings of one ZVM run.</summary>
public sealed class ZvmOptions
{
    public TextWriter Output { get; init; } = TextWriter.Null;

    /// <summary>Gas available to the run; 0 or less means unlimited (docs/gas.md).</summary>
    public long GasLimit { get; init; }

    /// <summary>Maximum instructions before the run stops (--max-steps); 0 or less means unlimited.</summary>
    public long MaxSteps { get; init; }

    public long Timestamp { get; init; }

    /// <summary>
    /// Which functions the JIT tier (tier 3) compiles to IL; the others run on the stack interpreter (tier 1). Both
    /// tiers give the same output, state, gas and instruction counts, so the policy only changes speed.
    /// </summary>
    public JitPolicy Jit { get; init; }

    public string BlockHash { get; init; } = new('0', 64);

    /// <summary>The world state contract state, logs and snapshots go to; null keeps them in memory only.</summary>
    public Zexus.Host.IHost? Host { get; init; }
}

/// <summary>When the ZVM compiles a function to IL (<see cref="ZvmOptions.Jit"/>).</summary>
public enum JitPolicy
{
    /// <summary>Every function runs on the stack interpreter.</summary>
    Off,

    /// <summary>
    /// Tiered: a function starts on the stack interpreter and is compiled when it becomes hot — before its
    /// <see cref="ZvmMachine.HotRuns"/>th run, or before its first run when its code has a loop (a backward jump),
    /// since a loop cannot move to compiled code in the middle of a run.
    /// </summary>
    Hot,

    /// <summary>Every function is compiled before its first run (functions the JIT cannot compile stay interpreted).</summary>
    Always,
}

/// <summary>Raised when the gas limit is reached. Not a Zexus error: programs cannot catch it; action calls in
/// progress roll back as it passes through them.</summary>
public sealed class OutOfGasException : Exception
{
    public OutOfGasException() : base("Out of gas")
    {
    }

    public OutOfGasException(string message) : base(message)
    {
    }

    public OutOfGasException(string message, Exception inner) : base(message, inner)
    {
    }
}
