namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-3529 (London): reduction in refunds — no SELFDESTRUCT refund, a smaller SSTORE clear refund
/// and a refund cap of gas used ÷ 5 (<see href="https://eips.ethereum.org/EIPS/eip-3529"/>).
/// </summary>
public static class Eip3529
{
    /// <summary>SSTORE_CLEARS_SCHEDULE from London: SSTORE_RESET_GAS − COLD_SLOAD_COST + access-list storage key cost.</summary>
    public const int SstoreClearsSchedule = 4_800;

    /// <summary>MAX_REFUND_QUOTIENT: the refund is at most gas used ÷ 5 (before London ÷ 2).</summary>
    public const int MaxRefundQuotient = 5;
}
