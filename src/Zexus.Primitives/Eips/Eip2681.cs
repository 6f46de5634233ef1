namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2681: an account nonce is limited to 2^64 - 1, so a transaction whose nonce is already
/// 2^64 - 1 is invalid (it could never be followed). See https://eips.ethereum.org/EIPS/eip-2681.
/// </summary>
public static class Eip2681
{
    /// <summary>The maximum account nonce; a transaction nonce must be below it.</summary>
    public const ulong MaxNonce = ulong.MaxValue;
}
