using Zexus.Primitives.Eips;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Evm.Transactions;

/// <summary>
/// Recovers the sender of a transaction from its signature (Yellow Paper appendix F): the
/// address whose key signed <see cref="Transaction.SigningHash"/>, with the range rules of the fork.
/// </summary>
public static class SenderRecovery
{
    /// <summary>secp256k1n, the order of the curve's group (Yellow Paper appendix F).</summary>
    public static readonly UInt256 Secp256k1N =
        new(0xBFD25E8CD0364141UL, 0xBAAEDCE6AF48A03BUL, 0xFFFFFFFFFFFFFFFEUL, 0xFFFFFFFFFFFFFFFFUL);

    /// <summary>
    /// Recovers the sender. The signature must have 0 &lt; r, s &lt; secp256k1n, and from Homestead
    /// on s ≤ secp256k1n / 2 (EIP-2); <see cref="Transaction.V"/> must encode a y-parity (the chain
    /// id rules are <see cref="TransactionValidator"/>'s).
    /// </summary>
    /// <exception cref="TransactionException">
    /// <see cref="TransactionError.InvalidSignature"/> for values out of range,
    /// <see cref="TransactionError.SenderRecoveryFailed"/> when no key recovers.
    /// </exception>
    public static Address Recover(Transaction transaction, Fork fork)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        int yParity = transaction.YParity;
        if (yParity < 0)
        {
            throw new TransactionException(TransactionError.InvalidSignature, TransactionField.V, $"v = {transaction.V} encodes no y-parity");
        }

        if (!IsValidSignatureScalars(transaction.R, transaction.S, lowS: fork >= Fork.Homestead))
        {
            throw new TransactionException(
                TransactionError.InvalidSignature,
                TransactionField.S,
                fork >= Fork.Homestead ? "r and s must be in [1, secp256k1n) and s at most secp256k1n / 2 (EIP-2)" : "r and s must be in [1, secp256k1n)");
        }

        if (!TryRecoverAddress(transaction.SigningHash(), transaction.R, transaction.S, yParity, out Address sender))
        {
            throw new TransactionException(TransactionError.SenderRecoveryFailed, TransactionField.R, "no public key recovers from the signature");
        }

        return sender;
    }

    /// <summary>Whether 0 &lt; r, s &lt; secp256k1n and, when <paramref name="lowS"/>, s ≤ secp256k1n / 2.</summary>
    public static bool IsValidSignatureScalars(in UInt256 r, in UInt256 s, bool lowS) =>
        !r.IsZero && !s.IsZero && r < Secp256k1N && (lowS ? s <= Eip2.MaxSignatureS : s < Secp256k1N);

    /// <summary>Recovers the address that signed <paramref name="hash"/> with r, s and the recovery id.</summary>
    public static bool TryRecoverAddress(in Hash256 hash, in UInt256 r, in UInt256 s, int yParity, out Address address)
    {
        address = default;
        Span<byte> message = stackalloc byte[Hash256.Size];
        hash.WriteTo(message);
        Span<byte> signature = stackalloc byte[Secp256k1.SignatureLength];
        r.WriteBigEndian(signature[..32]);
        s.WriteBigEndian(signature[32..]);
        if (!Secp256k1.TryRecover(message, signature, yParity, out byte[] publicKey)
            || !Secp256k1.TryDeriveAddress(publicKey, out byte[] address20))
        {
            return false;
        }

        address = new Address(address20);
        return true;
    }
}
