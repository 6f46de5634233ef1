namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-5656: MCOPY - memory copying instruction (<see href="https://eips.ethereum.org/EIPS/eip-5656"/>; Cancun).
/// </summary>
public static class Eip5656
{
    /// <summary>Static cost of MCOPY (G_verylow); the copy adds G_copy per word and memory expansion.</summary>
    public const int McopyCost = 3;
}
