namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2 (Homestead): contract-creating transactions cost more, and signatures with
/// s &gt; secp256k1n / 2 are invalid, removing the malleability of transaction hashes.
/// See https://eips.ethereum.org/EIPS/eip-2.
/// </summary>
public static class Eip2
{
    /// <summary>The extra intrinsic gas of a contract-creating transaction (G_txcreate of the Yellow Paper).</summary>
    public const ulong TxCreateCost = 32_000;

    /// <summary>secp256k1n / 2: the largest s a transaction signature may have from Homestead on.</summary>
    public static readonly UInt256 MaxSignatureS =
        new(0xDFE92F46681B20A0UL, 0x5D576E7357A4501DUL, 0xFFFFFFFFFFFFFFFFUL, 0x7FFFFFFFFFFFFFFFUL);
}
