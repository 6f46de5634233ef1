namespace Zexus.Lang.Evaluator;

/// <summary>Settings of one evaluator run.</summary>
public sealed class EvaluatorOptions
{
    /// <summary>Where <c>print</c> writes (standard output in the CLI).</summary>
    public TextWriter Output { get; init; } = TextWriter.Null;

    /// <summary>Maximum statements and loop iterations before the run stops; 0 or less means unlimited.</summary>
    public long MaxSteps { get; init; }

    /// <summary>ZVM gas limit (docs/gas.md); 0 or less means unlimited. The evaluator uses <see cref="MaxSteps"/> instead.</summary>
    public long GasLimit { get; init; }

    /// <summary>The block time (10.8), seconds since the Unix epoch.</summary>
    public long Timestamp { get; init; }

    /// <summary>The block hash (10.8), 64 lowercase hex digits.</summary>
    public string BlockHash { get; init; } = new('0', 64);

    /// <summary>The world state contract state, logs and snapshots go to; null keeps them in memory only.</summary>
    public Zexus.Host.IHost? Host { get; init; }
}
