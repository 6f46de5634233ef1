namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2718 (Berlin): typed transaction envelope <c>TransactionType ‖ TransactionPayload</c>.
/// See https://eips.ethereum.org/EIPS/eip-2718.
/// </summary>
public static class Eip2718
{
    /// <summary>The largest transaction type; a first byte at or above 0xC0 starts a legacy RLP list.</summary>
    public const byte MaxTransactionType = 0x7F;
}
