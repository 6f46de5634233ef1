using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Evm.Precompiles;
using Zexus.Evm.Tracing;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Transactions;

/// <summary>
/// Executes a statelessly validated transaction against the world (Yellow Paper section 6;
/// execution-specs <c>check_transaction</c> and <c>process_transaction</c>): the state checks, the
/// gas purchase, the nonce increment, the warm sets, EIP-7702 authorizations, the message call or
/// creation, refunds, the EIP-7623 floor, the fees, and the end of the transaction.
/// </summary>
/// <remarks>
/// Call chains recurse on the native stack: run transactions on a thread with at least
/// <see cref="MessageExecutor.RecommendedStackSize"/> bytes of stack so 1024 nested calls fit;
/// on a smaller stack a deep chain ends with <see cref="EvmStatus.NotImplemented"/>, never a crash.
/// </remarks>
public static class TransactionProcessor
{
    /// <summary>
    /// Executes <paramref name="validated"/> in <paramref name="fork"/> on <paramref name="host"/>,
    /// in the block <see cref="IHost.Block"/>.
    /// </summary>
    /// <param name="host">The world; between the checks and the end every change goes through it.</param>
    /// <param name="validated">The transaction with its sender and intrinsic gas (<see cref="TransactionValidator"/>).</param>
    /// <param name="fork">The fork whose rules apply.</param>
    /// <param name="blockGasUsed">Gas already used by earlier transactions of the block.</param>
    /// <param name="precompiles">The precompiles (default <see cref="PrecompileSet.Default"/>).</param>
    /// <param name="tracer">Receives every step of every frame, or null.</param>
    /// <exception cref="TransactionException">
    /// The transaction is invalid in this state and block (nonce, funds, fees, sender code, block
    /// gas); nothing was changed. <see cref="TransactionException.FixtureName"/> names the rule.
    /// </exception>
    public static TransactionResult Execute(
        IHost host, ValidatedTransaction validated, Fork fork, ulong blockGasUsed = 0, PrecompileSet? precompiles = null, IEvmTracer? tracer = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(validated);
        Transaction tx = validated.Transaction;
        Address sender = validated.Sender;
        BlockContext block = host.Block;
        UInt256 gasPrice = Check(host, validated, fork, blockGasUsed);
        ulong nonce = tx.Nonce;

        host.BeginTransaction();
        host.SetNonce(sender, nonce + 1);
        ulong blobGas = (ulong)tx.BlobVersionedHashes.Count * Eip4844.GasPerBlob;
        UInt256 upfront = (new UInt256(tx.GasLimit) * gasPrice) + (new UInt256(blobGas) * block.BlobBaseFee);
        if (!upfront.IsZero)
        {
            host.SubtractBalance(sender, upfront);
        }

        precompiles ??= PrecompileSet.Default;
        Address? created = tx.To is null ? ContractAddress.FromNonce(sender, nonce) : null;
        Address recipient = tx.To ?? created!.Value;
        WarmUp(host, tx, fork, sender, recipient, precompiles);
        if (fork >= Fork.Prague && tx.AuthorizationList.Count > 0)
        {
            SetCodeAuthorizations.Apply(host, tx.AuthorizationList, block.ChainId);
        }

        var context = new EvmContext(host, new TransactionContext(sender, gasPrice, tx.BlobVersionedHashes), fork, precompiles, tracer);
        var message = new ExecutionMessage
        {
            Caller = sender,
            Recipient = recipient,
            Value = tx.Value,
            Input = created is null ? tx.Data : ReadOnlyMemory<byte>.Empty,
            Gas = (long)Math.Min(tx.GasLimit - validated.IntrinsicGas.Standard, long.MaxValue),
        };
        EvmResult result = Run(context, message, created is not null, tx.Data);

        ulong gasUsed = tx.GasLimit - (ulong)result.GasLeft;
        ulong refund = Math.Min(gasUsed / (fork >= Fork.London ? (ulong)Eip3529.MaxRefundQuotient : 2UL), (ulong)Math.Max(0, host.Refund));
        gasUsed -= refund;
        if (fork >= Fork.Prague)
        {
            gasUsed = Math.Max(gasUsed, validated.IntrinsicGas.Floor); // EIP-7623
        }

        PayFees(host, fork, sender, gasPrice, tx.GasLimit - gasUsed, gasUsed);
        LogEntry[] logs = [.. host.Logs];
        host.EndTransaction(deleteTouchedEmpty: fork >= Fork.SpuriousDragon);
        return new TransactionResult(result.Status, gasUsed, refund, logs, result.Output, created, result.Error);
    }

    private static EvmResult Run(EvmContext context, ExecutionMessage message, bool isCreation, ReadOnlyMemory<byte> data)
    {
        IHost host = context.Host;
        if (isCreation)
        {
            return CreateInstructions.IsCollision(host, message.Recipient)
                ? new EvmResult(EvmStatus.CreateCollision, 0, ReadOnlyMemory<byte>.Empty)
                : MessageExecutor.Create(context, message, data);
        }

        Address codeAddress = message.Recipient;
        bool precompilesEnabled = true;
        if (context.Fork >= Fork.Prague && Delegation.TryGetDelegate(host.GetCode(message.Recipient).Span, out Address target))
        {
            host.WarmUpAccount(target);
            codeAddress = target;
            precompilesEnabled = false;
        }

        return MessageExecutor.Call(context, message, codeAddress, transferValue: true, precompilesEnabled);
    }

    /// <summary>The state- and block-dependent validity rules; returns the effective gas price.</summary>
    private static UInt256 Check(IHost host, ValidatedTransaction validated, Fork fork, ulong blockGasUsed)
    {
        Transaction tx = validated.Transaction;
        BlockContext block = host.Block;
        if (blockGasUsed > block.GasLimit || tx.GasLimit > block.GasLimit - blockGasUsed)
        {
            throw Reject(TransactionError.GasAllowanceExceeded, TransactionField.GasLimit, $"gas limit {tx.GasLimit} exceeds the block's remaining {block.GasLimit - Math.Min(blockGasUsed, block.GasLimit)}");
        }

        UInt256 gasPrice = tx.GasPrice;
        if (fork >= Fork.London)
        {
            if (tx.MaxFeePerGas < block.BaseFee)
            {
                throw Reject(TransactionError.InsufficientMaxFeePerGas, TransactionField.MaxFeePerGas, $"max fee per gas {tx.MaxFeePerGas} is below the base fee {block.BaseFee}");
            }

            UInt256 headroom = tx.MaxFeePerGas - block.BaseFee;
            gasPrice = (tx.MaxPriorityFeePerGas < headroom ? tx.MaxPriorityFeePerGas : headroom) + block.BaseFee;
        }

        // The stateless validation made sure gas limit × max fee fits in 256 bits.
        UInt256 maxCost = new UInt256(tx.GasLimit) * tx.MaxFeePerGas;
        bool overflow = false;
        if (tx.Type == TransactionType.Blob)
        {
            if (tx.MaxFeePerBlobGas < block.BlobBaseFee)
            {
                throw Reject(TransactionError.InsufficientMaxFeePerBlobGas, TransactionField.MaxFeePerBlobGas, $"max fee per blob gas {tx.MaxFeePerBlobGas} is below the blob base fee {block.BlobBaseFee}");
            }

            UInt256 blobCost = new UInt256((ulong)tx.BlobVersionedHashes.Count * Eip4844.GasPerBlob) * tx.MaxFeePerBlobGas;
            overflow |= UInt256.AddOverflow(maxCost, blobCost, out maxCost);
        }

        ulong nonce = host.GetNonce(validated.Sender);
        if (nonce != tx.Nonce)
        {
            throw Reject(nonce > tx.Nonce ? TransactionError.NonceTooLow : TransactionError.NonceTooHigh, TransactionField.Nonce, $"transaction nonce {tx.Nonce}, account nonce {nonce}");
        }

        overflow |= UInt256.AddOverflow(maxCost, tx.Value, out maxCost);
        UInt256 balance = host.GetBalance(validated.Sender);
        if (overflow || balance < maxCost)
        {
            throw Reject(TransactionError.InsufficientFunds, TransactionField.Value, $"balance {balance} cannot pay gas and value {(overflow ? "(over 2^256)" : maxCost.ToString())}");
        }

        ReadOnlySpan<byte> code = host.GetCode(validated.Sender).Span;
        if (!code.IsEmpty && !(fork >= Fork.Prague && Delegation.TryGetDelegate(code, out _)))
        {
            throw Reject(TransactionError.SenderNotEoa, TransactionField.None, $"sender {validated.Sender} has code (EIP-3607)");
        }

        return gasPrice;
    }

    private static void WarmUp(IHost host, Transaction tx, Fork fork, in Address sender, in Address recipient, PrecompileSet precompiles)
    {
        if (fork < Fork.Berlin)
        {
            return;
        }

        host.WarmUpAccount(sender);
        host.WarmUpAccount(recipient);
        foreach (Address precompile in precompiles.AddressesOf(fork))
        {
            host.WarmUpAccount(precompile);
        }

        foreach (AccessListItem item in tx.AccessList)
        {
            host.WarmUpAccount(item.Address);
            foreach (Hash256 key in item.StorageKeys)
            {
                host.WarmUpStorage(item.Address, key.ToUInt256());
            }
        }

        if (fork >= Fork.Shanghai)
        {
            host.WarmUpAccount(host.Block.Coinbase); // EIP-3651
        }
    }

    private static void PayFees(IHost host, Fork fork, in Address sender, in UInt256 gasPrice, ulong gasLeft, ulong gasUsed)
    {
        UInt256 returned = new UInt256(gasLeft) * gasPrice;
        if (!returned.IsZero)
        {
            host.AddBalance(sender, returned);
        }

        BlockContext block = host.Block;
        UInt256 perGas = fork >= Fork.London ? gasPrice - block.BaseFee : gasPrice;
        UInt256 fee = new UInt256(gasUsed) * perGas;
        if (!fee.IsZero)
        {
            host.AddBalance(block.Coinbase, fee);
        }

        if (fork >= Fork.SpuriousDragon)
        {
            host.Touch(block.Coinbase);
        }
        else
        {
            host.CreateAccountIfAbsent(block.Coinbase);
        }
    }

    private static TransactionException Reject(TransactionError error, TransactionField field, string detail) => new(error, field, detail);
}
