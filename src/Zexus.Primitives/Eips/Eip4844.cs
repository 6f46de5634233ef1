namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-4844: shard blob transactions (<see href="https://eips.ethereum.org/EIPS/eip-4844"/>; Cancun).
/// </summary>
public static class Eip4844
{
    /// <summary>BLOBHASH (G_verylow).</summary>
    public const int BlobHashCost = 3;
}
