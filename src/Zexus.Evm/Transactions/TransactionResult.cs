using Zexus.Evm.Execution;
using Zexus.Host;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// The outcome of a transaction that was included (valid): how its message ended, the gas it
/// used after refunds and the EIP-7623 floor, its logs (empty when it failed), the output, and
/// the address of a created contract.
/// </summary>
/// <param name="Status">How the top-level message ended; <see cref="EvmStatus.NotImplemented"/> means the result is not trustworthy (see <see cref="Error"/>).</param>
/// <param name="GasUsed">Gas charged to the sender: limit − left, after the refund and the floor.</param>
/// <param name="GasRefund">The refund subtracted from the gas used.</param>
/// <param name="Logs">The logs, in order.</param>
/// <param name="Output">RETURN or REVERT data of the top-level message (a creation's deployed code).</param>
/// <param name="ContractAddress">For a creation transaction, the new contract's address (whether or not it succeeded).</param>
/// <param name="Error">Why the message failed, or null on success.</param>
public sealed record TransactionResult(
    EvmStatus Status,
    ulong GasUsed,
    ulong GasRefund,
    IReadOnlyList<LogEntry> Logs,
    ReadOnlyMemory<byte> Output,
    Address? ContractAddress,
    string? Error)
{
    /// <summary>Whether the top-level message succeeded (STOP or RETURN).</summary>
    public bool IsSuccess => Status is EvmStatus.Stop or EvmStatus.Return;

    /// <summary>Whether execution needed something unsupported (a missing precompile, a too-small native stack).</summary>
    public bool IsNotImplemented => Status == EvmStatus.NotImplemented;
}
