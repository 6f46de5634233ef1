namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1052: EXTCODEHASH opcode (<see href="https://eips.ethereum.org/EIPS/eip-1052"/>; Constantinople).
/// </summary>
public static class Eip1052
{
    /// <summary>EXTCODEHASH, until EIP-1884.</summary>
    public const int ExtCodeHashCost = 400;
}
