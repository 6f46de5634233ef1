using Zexus.Primitives.Eips;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// One tuple of an EIP-7702 authorization list: the authority (recovered from the signature)
/// delegates its code to <see cref="Address"/> if its nonce is <see cref="Nonce"/> and
/// <see cref="ChainId"/> is 0 or the chain's. Invalid tuples do not invalidate the transaction;
/// they are skipped when the list is processed.
/// </summary>
/// <param name="ChainId">The chain the authorization is valid on, or 0 for every chain.</param>
/// <param name="Address">The account whose code the authority delegates to.</param>
/// <param name="Nonce">The authority's nonce the authorization is valid for.</param>
/// <param name="YParity">The signature's y-parity as encoded (a byte; only 0 and 1 recover).</param>
/// <param name="R">The signature's r.</param>
/// <param name="S">The signature's s.</param>
public sealed record Authorization(UInt256 ChainId, Address Address, ulong Nonce, byte YParity, UInt256 R, UInt256 S)
{
    /// <summary>The signed message: keccak(0x05 ‖ rlp([chain_id, address, nonce])) (EIP-7702).</summary>
    public Hash256 SigningHash()
    {
        var payload = Rlp.EncodeList(
            Rlp.EncodeUInt(ChainId.ToBigEndianBytes()),
            Rlp.EncodeBytes(Address.ToArray()),
            Rlp.EncodeULong(Nonce));
        var message = new byte[1 + payload.Length];
        message[0] = Eip7702.AuthorizationMagic;
        payload.CopyTo(message, 1);
        return Hash256.Keccak(message);
    }

    /// <summary>
    /// Recovers the authority. Fails, as EIP-7702 requires, for y-parity other than 0 or 1,
    /// r or s outside [1, secp256k1n), s above secp256k1n / 2, or no recoverable key.
    /// </summary>
    public bool TryRecoverAuthority(out Address authority)
    {
        authority = default;
        if (YParity > 1 || !SenderRecovery.IsValidSignatureScalars(R, S, lowS: true))
        {
            return false;
        }

        return SenderRecovery.TryRecoverAddress(SigningHash(), R, S, YParity, out authority);
    }
}
