namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2028 (Istanbul): cheaper non-zero calldata bytes.
/// See https://eips.ethereum.org/EIPS/eip-2028.
/// </summary>
public static class Eip2028
{
    /// <summary>Gas per non-zero byte of transaction data from Istanbul on (68 before, G_txdatanonzero).</summary>
    public const ulong TxDataNonZeroCost = 16;
}
