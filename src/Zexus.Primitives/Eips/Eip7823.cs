namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-7823: upper bounds for MODEXP (<see href="https://eips.ethereum.org/EIPS/eip-7823"/>; Osaka).
/// </summary>
public static class Eip7823
{
    /// <summary>The largest base, exponent or modulus length in bytes; a longer one makes the call fail.</summary>
    public const int MaxInputFieldLength = 1024;
}
