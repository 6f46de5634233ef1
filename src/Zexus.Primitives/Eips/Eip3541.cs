namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-3541 (London): reject new contract code starting with the 0xEF byte
/// (<see href="https://eips.ethereum.org/EIPS/eip-3541"/>).
/// </summary>
public static class Eip3541
{
    /// <summary>The reserved first byte (for the EVM object format).</summary>
    public const byte ReservedPrefix = 0xEF;
}
