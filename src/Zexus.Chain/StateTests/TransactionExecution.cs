using Zexus.Evm.Tracing;
using Zexus.Evm.Transactions;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.State.World;

namespace Zexus.Chain.StateTests;

/// <summary>What the runner needs from executing a transaction: its logs, or why it cannot run.</summary>
/// <param name="Logs">The logs of the transaction (a copy taken before the state ends the transaction).</param>
/// <param name="NotSupportedReason">Set when execution needs something not implemented yet (for example a precompile).</param>
public sealed record ExecutionOutcome(IReadOnlyList<LogEntry> Logs, string? NotSupportedReason = null);

/// <summary>
/// The seam between the state-test runner and the EVM's transaction rules: executes a statelessly
/// validated transaction on the world state. State-dependent rejections are thrown as
/// <see cref="TransactionException"/> and must leave the state unchanged.
/// </summary>
internal static class TransactionExecution
{
    public static ExecutionOutcome Execute(WorldState state, ValidatedTransaction transaction, Fork fork, IEvmTracer? tracer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(transaction);
        TransactionResult result = TransactionProcessor.Execute(state, transaction, fork, tracer: tracer);
        return new ExecutionOutcome(result.Logs, result.IsNotImplemented ? result.Error : null);
    }
}
