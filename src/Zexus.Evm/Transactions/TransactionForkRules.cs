using Zexus.Primitives.Eips;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>The transaction capabilities of each fork, derived from the fork in one place.</summary>
public static class TransactionForkRules
{
    /// <summary>Whether transactions of <paramref name="type"/> are valid in <paramref name="fork"/>.</summary>
    public static bool IsTypeEnabled(TransactionType type, Fork fork) => type switch
    {
        TransactionType.Legacy => true,
        TransactionType.AccessList => fork >= Fork.Berlin, // EIP-2930
        TransactionType.DynamicFee => fork >= Fork.London, // EIP-1559
        TransactionType.Blob => fork >= Fork.Cancun, // EIP-4844
        TransactionType.SetCode => fork >= Fork.Prague, // EIP-7702
        _ => false,
    };

    /// <summary>Whether a legacy transaction may carry an EIP-155 chain id in v (from Spurious Dragon).</summary>
    public static bool AllowsReplayProtection(Fork fork) => fork >= Fork.SpuriousDragon;

    /// <summary>The most blobs a block, and so a transaction, may carry (EIP-4844, EIP-7691); 0 before Cancun.</summary>
    public static int MaxBlobsPerBlock(Fork fork) =>
        fork >= Fork.Prague ? Eip7691.MaxBlobsPerBlock : fork >= Fork.Cancun ? Eip4844.MaxBlobsPerBlock : 0;
}
