namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-198: big integer modular exponentiation, the MODEXP precompile at 0x05
/// (<see href="https://eips.ethereum.org/EIPS/eip-198"/>; Byzantium).
/// </summary>
public static class Eip198
{
    /// <summary>GQUADDIVISOR: the divisor of mult_complexity · max(adjusted exponent length, 1).</summary>
    public const int GasQuadDivisor = 20;

    /// <summary>Bits counted per exponent byte beyond the first 32 in the adjusted exponent length.</summary>
    public const int ExponentBitsPerByte = 8;
}
