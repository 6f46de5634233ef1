using Zexus.Primitives.Eips;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// The gas a transaction costs before its first instruction (g₀ of the Yellow Paper, section
/// 6.2) and, from Prague, the EIP-7623 calldata floor its gas used may not go below.
/// </summary>
/// <param name="Standard">
/// 21000 (G_transaction), + 32000 for a creation from Homestead (EIP-2), + 4 per zero and 68
/// (16 from Istanbul, EIP-2028) per non-zero data byte, + 2 per initcode word from Shanghai
/// (EIP-3860), + 2400 per access-list address and 1900 per storage key (EIP-2930), + 25000 per
/// authorization (EIP-7702).
/// </param>
/// <param name="Floor">21000 + 10 per calldata token from Prague (EIP-7623); 0 before.</param>
public readonly record struct IntrinsicGas(ulong Standard, ulong Floor)
{
    /// <summary>G_transaction: the base cost of every transaction.</summary>
    public const ulong TransactionCost = 21_000;

    /// <summary>G_txdatazero: gas per zero byte of data.</summary>
    public const ulong TxDataZeroCost = 4;

    /// <summary>G_txdatanonzero before Istanbul: gas per non-zero byte of data.</summary>
    public const ulong TxDataNonZeroCostFrontier = 68;

    /// <summary>The least gas limit the transaction needs: the larger of the two costs.</summary>
    public ulong Minimum => Math.Max(Standard, Floor);

    /// <summary>The intrinsic gas of <paramref name="transaction"/> in <paramref name="fork"/>.</summary>
    public static IntrinsicGas Of(Transaction transaction, Fork fork)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        int storageKeys = 0;
        foreach (var item in transaction.AccessList)
        {
            storageKeys += item.StorageKeys.Count;
        }

        return Of(
            transaction.Data.Span,
            transaction.IsContractCreation,
            transaction.AccessList.Count,
            storageKeys,
            transaction.AuthorizationList.Count,
            fork);
    }

    /// <summary>The intrinsic gas of a transaction with these properties in <paramref name="fork"/>.</summary>
    public static IntrinsicGas Of(
        ReadOnlySpan<byte> data, bool isContractCreation, int accessListAddresses, int accessListStorageKeys, int authorizations, Fork fork)
    {
        ulong zeroBytes = (ulong)data.Count((byte)0);
        ulong nonZeroBytes = (ulong)data.Length - zeroBytes;
        ulong nonZeroCost = fork >= Fork.Istanbul ? Eip2028.TxDataNonZeroCost : TxDataNonZeroCostFrontier;

        ulong gas = TransactionCost + (zeroBytes * TxDataZeroCost) + (nonZeroBytes * nonZeroCost);
        if (isContractCreation && fork >= Fork.Homestead)
        {
            gas += Eip2.TxCreateCost;
        }

        if (isContractCreation && fork >= Fork.Shanghai)
        {
            gas += Eip3860.InitCodeWordCost * (((ulong)data.Length + 31) / 32);
        }

        gas += ((ulong)accessListAddresses * Eip2930.AccessListAddressCost) + ((ulong)accessListStorageKeys * Eip2930.AccessListStorageKeyCost);
        gas += (ulong)authorizations * Eip7702.PerEmptyAccountCost;

        ulong floor = 0;
        if (fork >= Fork.Prague)
        {
            ulong tokens = zeroBytes + (nonZeroBytes * Eip7623.TokensPerNonZeroByte);
            floor = TransactionCost + (tokens * Eip7623.TotalCostFloorPerToken);
        }

        return new IntrinsicGas(gas, floor);
    }
}
