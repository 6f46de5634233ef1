namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-7691 (Prague): blob throughput increase. See https://eips.ethereum.org/EIPS/eip-7691.
/// </summary>
public static class Eip7691
{
    /// <summary>The most blobs a block may carry from Prague on.</summary>
    public const int MaxBlobsPerBlock = 9;

    /// <summary>The target number of blobs per block from Prague on.</summary>
    public const int TargetBlobsPerBlock = 6;

    /// <summary>BLOB_BASE_FEE_UPDATE_FRACTION from Prague on.</summary>
    public const ulong BaseFeeUpdateFraction = 5_007_716;
}
