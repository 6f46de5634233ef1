namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-1884: repricing for trie-size-dependent opcodes (<see href="https://eips.ethereum.org/EIPS/eip-1884"/>; Istanbul).
/// </summary>
public static class Eip1884
{
    /// <summary>BALANCE.</summary>
    public const int BalanceCost = 700;

    /// <summary>SLOAD.</summary>
    public const int SloadCost = 800;

    /// <summary>EXTCODEHASH.</summary>
    public const int ExtCodeHashCost = 700;

    /// <summary>SELFBALANCE (new opcode 0x47).</summary>
    public const int SelfBalanceCost = 5;
}
