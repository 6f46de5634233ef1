namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-155 (Spurious Dragon): replay protection. A legacy transaction signed for chain id c has
/// v = 2c + 35 + y-parity and signs the RLP of its six fields followed by c, 0, 0.
/// See https://eips.ethereum.org/EIPS/eip-155.
/// </summary>
public static class Eip155
{
    /// <summary>v of an unprotected legacy transaction is this plus the y-parity (27 or 28).</summary>
    public const ulong UnprotectedVOffset = 27;

    /// <summary>v of a protected legacy transaction is 2 · chain id plus this plus the y-parity.</summary>
    public const ulong ProtectedVOffset = 35;
}
