using Zexus.Evm.Analysis;
using Zexus.Evm.Precompiles;
using Zexus.Evm.Tracing;
using Zexus.Host;
using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>
/// What every frame of one transaction shares: the world (<see cref="IHost"/>), the transaction's
/// context (ORIGIN, GASPRICE, BLOBHASH), the fork's rules and interpreter, the precompiles, the
/// code-analysis cache and the tracer. A frame reaches it through <see cref="EvmFrame.Context"/>;
/// a frame without one runs only host-independent code.
/// </summary>
public sealed class EvmContext
{
    /// <summary>A context for one transaction (or one test execution) against <paramref name="host"/>.</summary>
    public EvmContext(
        IHost host,
        TransactionContext transaction,
        Fork fork,
        PrecompileSet? precompiles = null,
        IEvmTracer? tracer = null,
        CodeAnalysisCache? codeCache = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(transaction);
        Host = host;
        Transaction = transaction;
        Fork = fork;
        Interpreter = EvmInterpreter.For(fork);
        Precompiles = precompiles ?? PrecompileSet.Default;
        Tracer = tracer;
        CodeCache = codeCache ?? CodeAnalysisCache.Shared;
    }

    /// <summary>The world and the block.</summary>
    public IHost Host { get; }

    /// <summary>The transaction's origin, gas price and blob hashes.</summary>
    public TransactionContext Transaction { get; }

    /// <summary>The fork whose rules apply.</summary>
    public Fork Fork { get; }

    /// <summary>The interpreter of <see cref="Fork"/>.</summary>
    public EvmInterpreter Interpreter { get; }

    /// <summary>The precompiled contracts.</summary>
    public PrecompileSet Precompiles { get; }

    /// <summary>The tracer every frame reports to, or null.</summary>
    public IEvmTracer? Tracer { get; }

    /// <summary>Analyses of account code, by code hash.</summary>
    public CodeAnalysisCache CodeCache { get; }

    /// <summary>
    /// Set when a frame ends with <see cref="EvmStatus.NotImplemented"/> below a call: the reason,
    /// which every enclosing frame then reports unchanged.
    /// </summary>
    internal string? NotImplementedReason { get; set; }
}
