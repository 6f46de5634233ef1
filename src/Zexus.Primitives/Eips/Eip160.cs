namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-160: EXP cost increase (<see href="https://eips.ethereum.org/EIPS/eip-160"/>; Spurious Dragon).
/// </summary>
public static class Eip160
{
    /// <summary>Gas per byte of the exponent (G_expbyte), up from 10.</summary>
    public const int ExpByteCost = 50;
}
