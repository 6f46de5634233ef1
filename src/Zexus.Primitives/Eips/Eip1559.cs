namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1559 (London): fee market with base fee, transaction type 2 carrying
/// max_priority_fee_per_gas and max_fee_per_gas. See https://eips.ethereum.org/EIPS/eip-1559.
/// </summary>
public static class Eip1559
{
    /// <summary>The EIP-2718 type of a dynamic-fee transaction.</summary>
    public const byte TransactionType = 0x02;
}
