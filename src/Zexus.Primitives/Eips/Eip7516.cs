namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-7516: BLOBBASEFEE instruction (<see href="https://eips.ethereum.org/EIPS/eip-7516"/>; Cancun).
/// </summary>
public static class Eip7516
{
    /// <summary>BLOBBASEFEE (G_base).</summary>
    public const int BlobBaseFeeCost = 2;
}
