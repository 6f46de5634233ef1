using Zexus.Primitives.Eips;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// The checks a transaction must pass in a fork before any state is read: type enabled, chain id,
/// signature and sender, nonce and fee-field limits, blob and authorization-list shape, initcode
/// size and intrinsic gas. The state-dependent checks (sender nonce and balance, base fee, blob
/// base fee, sender is an EOA, block gas) belong to the block context and come after these.
/// </summary>
/// <remarks>
/// The order of the checks follows the clients that fill the Ethereum tests, so the first failing
/// rule is the one the fixtures name.
/// </remarks>
public static class TransactionValidator
{
    /// <summary>Validates <paramref name="transaction"/> for <paramref name="fork"/> on the chain <paramref name="chainId"/>.</summary>
    /// <exception cref="TransactionException">The transaction is invalid; the error names the first rule broken.</exception>
    public static ValidatedTransaction Validate(Transaction transaction, Fork fork, ulong chainId)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (!TransactionForkRules.IsTypeEnabled(transaction.Type, fork))
        {
            throw new TransactionException(TransactionError.TypeBeforeFork, transaction.Type, $"type {(byte)transaction.Type} is not enabled in {fork}");
        }

        CheckChainId(transaction, fork, chainId);
        if (transaction.Nonce >= Eip2681.MaxNonce)
        {
            throw new TransactionException(TransactionError.NonceTooBig, TransactionField.Nonce, "the nonce must be below 2^64 - 1 (EIP-2681)");
        }

        CheckFees(transaction);
        var sender = SenderRecovery.Recover(transaction, fork);
        CheckBlobs(transaction, fork);
        if (transaction.Type == TransactionType.SetCode && transaction.AuthorizationList.Count == 0)
        {
            throw new TransactionException(TransactionError.EmptyAuthorizationList, TransactionField.AuthorizationList, "a set-code transaction needs at least one authorization");
        }

        if (transaction.IsContractCreation && fork >= Fork.Shanghai && transaction.Data.Length > Eip3860.MaxInitCodeSize)
        {
            throw new TransactionException(
                TransactionError.InitCodeSizeExceeded, TransactionField.Data, $"initcode of {transaction.Data.Length} bytes exceeds {Eip3860.MaxInitCodeSize} (EIP-3860)");
        }

        var intrinsic = IntrinsicGas.Of(transaction, fork);
        if (transaction.GasLimit < intrinsic.Standard)
        {
            throw new TransactionException(
                TransactionError.IntrinsicGasTooLow, TransactionField.GasLimit, $"gas limit {transaction.GasLimit} is below the intrinsic gas {intrinsic.Standard}");
        }

        if (transaction.GasLimit < intrinsic.Floor)
        {
            throw new TransactionException(
                TransactionError.IntrinsicGasBelowFloor, TransactionField.GasLimit, $"gas limit {transaction.GasLimit} is below the calldata floor {intrinsic.Floor} (EIP-7623)");
        }

        return new ValidatedTransaction(transaction, sender, intrinsic);
    }

    private static void CheckChainId(Transaction transaction, Fork fork, ulong chainId)
    {
        if (transaction.Type != TransactionType.Legacy)
        {
            if (transaction.ChainId != chainId)
            {
                throw new TransactionException(TransactionError.InvalidChainId, TransactionField.ChainId, $"chain id {transaction.ChainId} is not {chainId}");
            }

            return;
        }

        var v = transaction.V;
        if (v == Eip155.UnprotectedVOffset || v == Eip155.UnprotectedVOffset + 1)
        {
            return;
        }

        if (!TransactionForkRules.AllowsReplayProtection(fork))
        {
            throw new TransactionException(TransactionError.InvalidSignature, TransactionField.V, $"v = {v} is not 27 or 28 before EIP-155");
        }

        // EIP-155: v = 2 · chain id + 35 + parity.
        var protectedV = (new UInt256(chainId) * 2UL) + Eip155.ProtectedVOffset;
        if (v != protectedV && v != protectedV + UInt256.One)
        {
            throw new TransactionException(TransactionError.InvalidChainId, TransactionField.V, $"v = {v} is neither 27/28 nor an EIP-155 v for chain {chainId}");
        }
    }

    private static void CheckFees(Transaction transaction)
    {
        if (transaction.MaxPriorityFeePerGas > transaction.MaxFeePerGas)
        {
            throw new TransactionException(
                TransactionError.PriorityFeeGreaterThanMaxFee, TransactionField.MaxPriorityFeePerGas, "max_priority_fee_per_gas exceeds max_fee_per_gas (EIP-1559)");
        }

        var limit = new UInt256(transaction.GasLimit);
        if (UInt256.ByteLength(limit) + UInt256.ByteLength(transaction.MaxFeePerGas) > 32 && !ProductFits(limit, transaction.MaxFeePerGas))
        {
            throw new TransactionException(
                TransactionError.GasLimitPriceProductOverflow, TransactionField.GasLimit, "gas limit × gas price does not fit in 256 bits");
        }
    }

    private static bool ProductFits(in UInt256 a, in UInt256 b)
    {
        if (a.IsZero)
        {
            return true;
        }

        var product = a * b;
        return product / a == b;
    }

    private static void CheckBlobs(Transaction transaction, Fork fork)
    {
        if (transaction.Type != TransactionType.Blob)
        {
            return;
        }

        int count = transaction.BlobVersionedHashes.Count;
        if (count == 0)
        {
            throw new TransactionException(TransactionError.BlobCountZero, TransactionField.BlobVersionedHashes, "a blob transaction needs at least one blob");
        }

        int max = TransactionForkRules.MaxBlobsPerBlock(fork);
        if (count > max)
        {
            throw new TransactionException(TransactionError.BlobCountExceeded, TransactionField.BlobVersionedHashes, $"{count} blobs exceed the {max} a block may carry in {fork}");
        }

        Span<byte> bytes = stackalloc byte[Hash256.Size];
        foreach (var hash in transaction.BlobVersionedHashes)
        {
            hash.WriteTo(bytes);
            if (bytes[0] != Eip4844.VersionedHashVersionKzg)
            {
                throw new TransactionException(
                    TransactionError.InvalidBlobVersionedHash, TransactionField.BlobVersionedHashes, $"versioned hash {hash} does not start with 0x01 (EIP-4844)");
            }
        }
    }
}
