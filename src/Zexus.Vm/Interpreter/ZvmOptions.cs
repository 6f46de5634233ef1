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

    /// <summary>Run functions compiled to IL by the JIT tier (tier 3); functions it cannot compile stay interpreted.</summary>
    public bool UseJit { get; init; }

    public string BlockHash { get; init; } = new('0', 64);

    /// <summary>The world state contract state, logs and snapshots go to; null keeps them in memory only.</summary>
    public Zexus.Host.IHost? Host { get; init; }
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
