namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-3855: PUSH0 instruction (<see href="https://eips.ethereum.org/EIPS/eip-3855"/>; Shanghai).
/// </summary>
public static class Eip3855
{
    /// <summary>PUSH0 (G_base).</summary>
    public const int Push0Cost = 2;
}
