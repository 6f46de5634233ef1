using Zexus.Primitives.Eips;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>Signs transactions and authorizations with a secp256k1 private key (deterministic RFC 6979 nonces, low s).</summary>
public static class TransactionSigner
{
    /// <summary>
    /// Signs <paramref name="transaction"/>: v becomes the y-parity for typed transactions,
    /// 2 · chain id + 35 + parity for a legacy transaction with a <see cref="Transaction.ChainId"/>
    /// (EIP-155), and 27 + parity without one. Any existing signature is replaced.
    /// </summary>
    public static Transaction Sign(Transaction transaction, ReadOnlySpan<byte> privateKey)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var (r, s, parity) = SignHash(transaction.SigningHash(), privateKey);
        UInt256 v = transaction.Type != TransactionType.Legacy
            ? new UInt256((ulong)parity)
            : transaction.ChainId is ulong chainId
                ? (new UInt256(chainId) * 2UL) + (Eip155.ProtectedVOffset + (ulong)parity)
                : new UInt256(Eip155.UnprotectedVOffset + (ulong)parity);
        return transaction.WithSignature(v, r, s);
    }

    /// <summary>Signs an EIP-7702 authorization for <paramref name="chainId"/>, <paramref name="address"/> and <paramref name="nonce"/>.</summary>
    public static Authorization SignAuthorization(UInt256 chainId, Address address, ulong nonce, ReadOnlySpan<byte> privateKey)
    {
        var unsigned = new Authorization(chainId, address, nonce, 0, UInt256.Zero, UInt256.Zero);
        var (r, s, parity) = SignHash(unsigned.SigningHash(), privateKey);
        return unsigned with { YParity = (byte)parity, R = r, S = s };
    }

    private static (UInt256 R, UInt256 S, int Parity) SignHash(in Hash256 hash, ReadOnlySpan<byte> privateKey)
    {
        var signature = Secp256k1.SignRecoverable(hash.ToArray(), privateKey, out int recoveryId);
        if (recoveryId > 1)
        {
            // r ≥ n happens with probability about 2^-128; Ethereum signatures cannot express it.
            throw new InvalidOperationException("The signature's R has an x coordinate of at least n; it has no Ethereum y-parity.");
        }

        return (new UInt256(signature.AsSpan(0, 32)), new UInt256(signature.AsSpan(32, 32)), recoveryId);
    }
}
