namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1344: ChainID opcode (<see href="https://eips.ethereum.org/EIPS/eip-1344"/>; Istanbul).
/// </summary>
public static class Eip1344
{
    /// <summary>CHAINID (G_base).</summary>
    public const int ChainIdCost = 2;
}
