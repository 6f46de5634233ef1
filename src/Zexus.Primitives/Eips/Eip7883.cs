namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-7883: MODEXP gas cost increase (<see href="https://eips.ethereum.org/EIPS/eip-7883"/>; Osaka).
/// </summary>
public static class Eip7883
{
    /// <summary>The smallest MODEXP charge.</summary>
    public const int MinimumGas = 500;

    /// <summary>The multiplication complexity of operands up to 32 bytes.</summary>
    public const int MinimumMultiplicationComplexity = 16;

    /// <summary>Bits counted per exponent byte beyond the first 32 (8 before).</summary>
    public const int ExponentBitsPerByte = 16;
}
