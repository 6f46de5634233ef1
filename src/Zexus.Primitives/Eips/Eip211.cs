namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-211: RETURNDATASIZE and RETURNDATACOPY (<see href="https://eips.ethereum.org/EIPS/eip-211"/>; Byzantium).
/// </summary>
public static class Eip211
{
    /// <summary>RETURNDATASIZE (G_base).</summary>
    public const int ReturnDataSizeCost = 2;

    /// <summary>Static cost of RETURNDATACOPY (G_verylow); the copy adds G_copy per word and memory expansion.</summary>
    public const int ReturnDataCopyCost = 3;
}
