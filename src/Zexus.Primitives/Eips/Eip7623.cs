namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-7623 (Prague): increase calldata cost through a floor. A transaction's gas used is at least
/// 21000 + TOTAL_COST_FLOOR_PER_TOKEN · tokens, where tokens = zero bytes + 4 · non-zero bytes of
/// its data. See https://eips.ethereum.org/EIPS/eip-7623.
/// </summary>
public static class Eip7623
{
    /// <summary>Gas per calldata token in the standard cost (4 per token, so 16 per non-zero byte).</summary>
    public const ulong StandardTokenCost = 4;

    /// <summary>Gas per calldata token of the floor.</summary>
    public const ulong TotalCostFloorPerToken = 10;

    /// <summary>Tokens per non-zero calldata byte (a zero byte is one token).</summary>
    public const ulong TokensPerNonZeroByte = 4;
}
