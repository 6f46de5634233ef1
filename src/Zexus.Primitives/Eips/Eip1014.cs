namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1014: Skinny CREATE2 (<see href="https://eips.ethereum.org/EIPS/eip-1014"/>; Constantinople).
/// </summary>
public static class Eip1014
{
    /// <summary>Static cost of CREATE2 (G_create); hashing the initcode adds G_keccak256word per word.</summary>
    public const int Create2Cost = 32000;
}
