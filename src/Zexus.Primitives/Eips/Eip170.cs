namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-170 (Spurious Dragon): contract code size limit (<see href="https://eips.ethereum.org/EIPS/eip-170"/>).
/// </summary>
public static class Eip170
{
    /// <summary>MAX_CODE_SIZE: the largest code a creation may deposit, in bytes.</summary>
    public const int MaxCodeSize = 24_576;
}
