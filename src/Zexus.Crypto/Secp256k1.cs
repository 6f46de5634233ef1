using System.Security.Cryptography;
using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// ECDSA over secp256k1 (SEC 1 v2 and SEC 2), as LANGUAGE.md section 9.7 specifies it:
/// deterministic RFC 6979 nonces, low-s signatures, SEC 1 public key encodings, and public key
/// recovery for the EVM's ecrecover.
/// </summary>
/// <remarks>
/// Verification and recovery run on <see cref="Secp256k1Managed"/> (64-bit limb field arithmetic,
/// window-NAF scalar multiplication), or on libsecp256k1 through <see cref="Secp256k1Native"/> when
/// that is enabled and the library loads; both give identical answers. Nothing here is
/// constant-time, so it suits a deterministic runtime's verification and test signing, not a
/// wallet holding keys under an attacker's timer. Keys are 32-byte big-endian scalars, signatures
/// 64-byte r ‖ s, message hashes 32 bytes taken as big-endian integers.
/// </remarks>
public static class Secp256k1
{
    /// <summary>The length of a private key, of a message hash, and of r and s.</summary>
    public const int ScalarLength = 32;

    /// <summary>The length of an r ‖ s signature.</summary>
    public const int SignatureLength = 64;

    /// <summary>The length of an uncompressed public key 04 ‖ X ‖ Y.</summary>
    public const int UncompressedPublicKeyLength = 65;

    /// <summary>The length of a compressed public key 02/03 ‖ X.</summary>
    public const int CompressedPublicKeyLength = 33;

    /// <summary>
    /// A fresh private key d with 1 ≤ d &lt; n from <see cref="RandomNumberGenerator"/>
    /// (SEC 1, section 3.2.1, by rejection sampling).
    /// </summary>
    public static byte[] GeneratePrivateKey()
    {
        var key = new byte[ScalarLength];
        do
        {
            RandomNumberGenerator.Fill(key);
        }
        while (!IsValidPrivateKey(key));

        return key;
    }

    /// <summary>Whether <paramref name="priv32"/> is 32 bytes encoding d with 1 ≤ d &lt; n.</summary>
    public static bool IsValidPrivateKey(ReadOnlySpan<byte> priv32) =>
        priv32.Length == ScalarLength && Secp256k1Scalar.IsValid(new UInt256(priv32));

    /// <summary>The uncompressed SEC 1 encoding 04 ‖ X ‖ Y of Q = d · G (SEC 1, section 2.3.3).</summary>
    /// <exception cref="ArgumentException">The private key is not valid.</exception>
    public static byte[] PublicKeyFromPrivate(ReadOnlySpan<byte> priv32)
    {
        UInt256 d = ReadPrivateKey(priv32);
        Secp256k1Multiplication.MultiplyGenerator(d).TryToAffine(out Secp256k1AffinePoint q);
        var encoded = new byte[UncompressedPublicKeyLength];
        Secp256k1Managed.EncodeUncompressed(q, encoded);
        return encoded;
    }

    /// <summary>
    /// Decodes a SEC 1 public key (section 2.3.4): 65 bytes <c>04 ‖ X ‖ Y</c>, or 33 bytes
    /// <c>02/03 ‖ X</c> whose Y is recovered as a square root (p ≡ 3 mod 4) with the parity the
    /// prefix gives. Coordinates ≥ p, points off the curve and other prefixes are rejected.
    /// </summary>
    /// <param name="encoded">The encoded key.</param>
    /// <param name="uncompressed65">The key as 04 ‖ X ‖ Y, or empty on failure.</param>
    public static bool TryParsePublicKey(ReadOnlySpan<byte> encoded, out byte[] uncompressed65)
    {
        if (!Secp256k1Managed.TryDecodePoint(encoded, out Secp256k1AffinePoint point))
        {
            uncompressed65 = [];
            return false;
        }

        uncompressed65 = new byte[UncompressedPublicKeyLength];
        Secp256k1Managed.EncodeUncompressed(point, uncompressed65);
        return true;
    }

    /// <summary>
    /// The Ethereum address of a public key: the last 20 bytes of Keccak-256(X ‖ Y)
    /// (LANGUAGE.md section 9.7, <c>deriveAddress</c>).
    /// </summary>
    public static bool TryDeriveAddress(ReadOnlySpan<byte> publicKey, out byte[] address20)
    {
        if (!TryParsePublicKey(publicKey, out byte[] uncompressed))
        {
            address20 = [];
            return false;
        }

        address20 = Keccak.Keccak256(uncompressed.AsSpan(1))[12..];
        return true;
    }

    /// <summary>
    /// The ECDSA signature r ‖ s of <paramref name="hash32"/> (SEC 1, section 4.1.3) with the nonce
    /// of RFC 6979 section 3.2 (HMAC-SHA-256, h1 = <paramref name="hash32"/>), normalised to low s
    /// (s &gt; n/2 becomes n − s), as LANGUAGE.md section 9.7 requires.
    /// </summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes or the key is not valid.</exception>
    public static byte[] Sign(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> priv32) =>
        SignRecoverable(hash32, priv32, out _);

    /// <summary>
    /// Like <see cref="Sign"/>, also giving the recovery id for <see cref="TryRecover(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, out byte[])"/>:
    /// bit 0 is the parity of R's y (after low-s normalisation), bit 1 is set when R's x was ≥ n.
    /// </summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes or the key is not valid.</exception>
    public static byte[] SignRecoverable(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> priv32, out int recoveryId)
    {
        if (hash32.Length != ScalarLength)
        {
            throw new ArgumentException("The message hash must be 32 bytes.", nameof(hash32));
        }

        UInt256 d = ReadPrivateKey(priv32);
        UInt256 z = Secp256k1Scalar.Reduce(new UInt256(hash32));
        var nonces = new Rfc6979Nonce(priv32, hash32);
        while (true)
        {
            UInt256 k = nonces.Next();
            Secp256k1Multiplication.MultiplyGenerator(k).TryToAffine(out Secp256k1AffinePoint point);
            UInt256 x = point.X.ToUInt256();
            UInt256 r = Secp256k1Scalar.Reduce(x);
            if (r.IsZero)
            {
                continue;
            }

            UInt256 s = Secp256k1Scalar.Multiply(
                Secp256k1Scalar.Invert(k),
                Secp256k1Scalar.Add(z, Secp256k1Scalar.Multiply(r, d)));
            if (s.IsZero)
            {
                continue;
            }

            recoveryId = (point.Y.IsOdd ? 1 : 0) | (x >= Secp256k1Scalar.Order ? 2 : 0);
            if (s > Secp256k1Scalar.HalfOrder)
            {
                s = Secp256k1Scalar.Order - s;
                recoveryId ^= 1;
            }

            var signature = new byte[SignatureLength];
            r.WriteBigEndian(signature);
            s.WriteBigEndian(signature.AsSpan(ScalarLength));
            return signature;
        }
    }

    /// <summary>
    /// Standard ECDSA verification (SEC 1, section 4.1.4) of r ‖ s against
    /// <paramref name="hash32"/> and a SEC 1 public key (either encoding). Both low and high s are
    /// accepted. Any malformed input (lengths, r or s outside [1, n − 1], a key off the curve)
    /// gives <see langword="false"/>; this method does not throw.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, ReadOnlySpan<byte> publicKey) =>
        Secp256k1Native.IsActive
            ? Secp256k1Native.Verify(hash32, sig64, publicKey)
            : Secp256k1Managed.Verify(hash32, sig64, publicKey);

    /// <summary>
    /// Recovers the public key that produced r ‖ s over <paramref name="hash32"/> (SEC 1,
    /// section 4.1.6): R = (r + ⌊id / 2⌋ · n, y with parity id mod 2), Q = r⁻¹ (s · R − z · G).
    /// </summary>
    /// <param name="hash32">The 32-byte message hash.</param>
    /// <param name="sig64">r ‖ s, each in [1, n − 1]; s may be high.</param>
    /// <param name="recoveryId">0 to 3, as <see cref="SignRecoverable"/> returns it.</param>
    /// <param name="uncompressed65">Q as 04 ‖ X ‖ Y, or empty on failure.</param>
    /// <returns><see langword="false"/> for malformed input or when no key exists; never throws.</returns>
    public static bool TryRecover(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, int recoveryId, out byte[] uncompressed65)
    {
        var key = new byte[UncompressedPublicKeyLength];
        bool recovered = TryRecover(hash32, sig64, recoveryId, key);
        uncompressed65 = recovered ? key : [];
        return recovered;
    }

    /// <summary>
    /// Like <see cref="TryRecover(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, out byte[])"/>,
    /// writing 04 ‖ X ‖ Y into <paramref name="uncompressed65"/> (at least 65 bytes) without allocating.
    /// </summary>
    public static bool TryRecover(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, int recoveryId, Span<byte> uncompressed65) =>
        Secp256k1Native.IsActive
            ? Secp256k1Native.TryRecover(hash32, sig64, recoveryId, uncompressed65)
            : Secp256k1Managed.TryRecover(hash32, sig64, recoveryId, uncompressed65);

    private static UInt256 ReadPrivateKey(ReadOnlySpan<byte> priv32)
    {
        if (!IsValidPrivateKey(priv32))
        {
            throw new ArgumentException("The private key must be 32 bytes encoding 1 ≤ d < n.", nameof(priv32));
        }

        return new UInt256(priv32);
    }
}
