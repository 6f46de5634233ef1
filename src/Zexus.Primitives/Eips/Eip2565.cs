namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2565: MODEXP gas cost, ⌈max(len(B), len(M)) / 8⌉² · max(iterations, 1) / 3
/// (<see href="https://eips.ethereum.org/EIPS/eip-2565"/>; Berlin).
/// </summary>
public static class Eip2565
{
    /// <summary>The smallest MODEXP charge.</summary>
    public const int MinimumGas = 200;

    /// <summary>The divisor of multiplication complexity · iteration count.</summary>
    public const int GasDivisor = 3;
}
