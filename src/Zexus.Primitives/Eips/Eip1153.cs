namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1153: transient storage opcodes (<see href="https://eips.ethereum.org/EIPS/eip-1153"/>; Cancun).
/// </summary>
public static class Eip1153
{
    /// <summary>TLOAD (the warm storage read cost of EIP-2929).</summary>
    public const int TloadCost = 100;

    /// <summary>TSTORE.</summary>
    public const int TstoreCost = 100;
}
