namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-3860 (Shanghai): limit and meter initcode. See https://eips.ethereum.org/EIPS/eip-3860.
/// </summary>
public static class Eip3860
{
    /// <summary>The largest initcode: 2 · MAX_CODE_SIZE (EIP-170) = 49152 bytes.</summary>
    public const int MaxInitCodeSize = 49_152;

    /// <summary>Gas per 32-byte word of initcode, charged in the intrinsic gas and by CREATE/CREATE2.</summary>
    public const ulong InitCodeWordCost = 2;
}
