namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-145: bitwise shifting instructions (<see href="https://eips.ethereum.org/EIPS/eip-145"/>; Constantinople).
/// </summary>
public static class Eip145
{
    /// <summary>SHL, SHR, SAR (G_verylow).</summary>
    public const int ShiftCost = 3;
}
