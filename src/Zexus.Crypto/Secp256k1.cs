using System.Numerics;
using System.Security.Cryptography;
using Zexus.Primitives;
using static Zexus.Crypto.Secp256k1Curve;

namespace Zexus.Crypto;

/// <summary>
/// ECDSA over secp256k1 (SEC 1 v2 and SEC 2), as LANGUAGE.md section 9.7 specifies it:
/// deterministic RFC 6979 nonces, low-s signatures, SEC 1 public key encodings, and public key
/// recovery for the EVM's ecrecover.
/// </summary>
/// <remarks>
/// Managed <see cref="BigInteger"/> arithmetic with Jacobian coordinates. It is not constant-time,
/// so it suits a deterministic runtime's verification and test signing, not a wallet holding keys
/// under an attacker's timer. Keys are 32-byte big-endian scalars, signatures 64-byte r ‖ s,
/// message hashes 32 bytes taken as big-endian integers.
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
    public static bool IsValidPrivateKey(ReadOnlySpan<byte> priv32)
    {
        if (priv32.Length != ScalarLength)
        {
            return false;
        }

        BigInteger d = FromBigEndian(priv32);
        return !d.IsZero && d < N;
    }

    /// <summary>The uncompressed SEC 1 encoding 04 ‖ X ‖ Y of Q = d · G (SEC 1, section 2.3.3).</summary>
    /// <exception cref="ArgumentException">The private key is not valid.</exception>
    public static byte[] PublicKeyFromPrivate(ReadOnlySpan<byte> priv32)
    {
        BigInteger d = ReadPrivateKey(priv32);
        PointMultiplication.MultiplyGenerator(d).TryToAffine(out BigInteger x, out BigInteger y);
        return EncodeUncompressed(x, y);
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
        if (!TryDecodePoint(encoded, out BigInteger x, out BigInteger y))
        {
            uncompressed65 = [];
            return false;
        }

        uncompressed65 = EncodeUncompressed(x, y);
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
    /// Like <see cref="Sign"/>, also giving the recovery id for <see cref="TryRecover"/>:
    /// bit 0 is the parity of R's y (after low-s normalisation), bit 1 is set when R's x was ≥ n.
    /// </summary>
    /// <exception cref="ArgumentException">The hash is not 32 bytes or the key is not valid.</exception>
    public static byte[] SignRecoverable(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> priv32, out int recoveryId)
    {
        if (hash32.Length != ScalarLength)
        {
            throw new ArgumentException("The message hash must be 32 bytes.", nameof(hash32));
        }

        BigInteger d = ReadPrivateKey(priv32);
        BigInteger z = FromBigEndian(hash32);
        var nonces = new Rfc6979Nonce(priv32, hash32);
        while (true)
        {
            BigInteger k = nonces.Next();
            PointMultiplication.MultiplyGenerator(k).TryToAffine(out BigInteger x, out BigInteger y);
            BigInteger r = x % N;
            if (r.IsZero)
            {
                continue;
            }

            BigInteger s = InvertScalar(k) * ((z + (r * d)) % N) % N;
            if (s.IsZero)
            {
                continue;
            }

            recoveryId = (y.IsEven ? 0 : 1) | (x >= N ? 2 : 0);
            if (s > HalfN)
            {
                s = N - s;
                recoveryId ^= 1;
            }

            var signature = new byte[SignatureLength];
            WriteBigEndian32(r, signature);
            WriteBigEndian32(s, signature.AsSpan(ScalarLength));
            return signature;
        }
    }

    /// <summary>
    /// Standard ECDSA verification (SEC 1, section 4.1.4) of r ‖ s against
    /// <paramref name="hash32"/> and a SEC 1 public key (either encoding). Both low and high s are
    /// accepted. Any malformed input (lengths, r or s outside [1, n − 1], a key off the curve)
    /// gives <see langword="false"/>; this method does not throw.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, ReadOnlySpan<byte> publicKey)
    {
        if (hash32.Length != ScalarLength
            || !TryReadSignature(sig64, out BigInteger r, out BigInteger s)
            || !TryDecodePoint(publicKey, out BigInteger qx, out BigInteger qy))
        {
            return false;
        }

        BigInteger z = FromBigEndian(hash32);
        BigInteger w = InvertScalar(s);
        BigInteger u1 = z * w % N;
        BigInteger u2 = r * w % N;
        JacobianPoint sum = PointMultiplication.MultiplyGeneratorAndAdd(u1, JacobianPoint.FromAffine(qx, qy), u2);
        return sum.TryToAffine(out BigInteger x, out _) && x % N == r;
    }

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
        uncompressed65 = [];
        if (hash32.Length != ScalarLength
            || recoveryId is < 0 or > 3
            || !TryReadSignature(sig64, out BigInteger r, out BigInteger s))
        {
            return false;
        }

        BigInteger rx = (recoveryId & 2) == 0 ? r : r + N;
        if (!TryLiftX(rx, oddY: (recoveryId & 1) == 1, out BigInteger ry))
        {
            return false;
        }

        BigInteger z = FromBigEndian(hash32) % N;
        BigInteger rInverse = InvertScalar(r);
        BigInteger u1 = (N - z) % N * rInverse % N;
        BigInteger u2 = s * rInverse % N;
        JacobianPoint q = PointMultiplication.MultiplyGeneratorAndAdd(u1, JacobianPoint.FromAffine(rx, ry), u2);
        if (!q.TryToAffine(out BigInteger qx, out BigInteger qy))
        {
            return false;
        }

        uncompressed65 = EncodeUncompressed(qx, qy);
        return true;
    }

    private static BigInteger ReadPrivateKey(ReadOnlySpan<byte> priv32)
    {
        if (!IsValidPrivateKey(priv32))
        {
            throw new ArgumentException("The private key must be 32 bytes encoding 1 ≤ d < n.", nameof(priv32));
        }

        return FromBigEndian(priv32);
    }

    private static bool TryReadSignature(ReadOnlySpan<byte> sig64, out BigInteger r, out BigInteger s)
    {
        r = s = BigInteger.Zero;
        if (sig64.Length != SignatureLength)
        {
            return false;
        }

        r = FromBigEndian(sig64[..ScalarLength]);
        s = FromBigEndian(sig64[ScalarLength..]);
        return !r.IsZero && r < N && !s.IsZero && s < N;
    }

    private static bool TryDecodePoint(ReadOnlySpan<byte> encoded, out BigInteger x, out BigInteger y)
    {
        x = y = BigInteger.Zero;
        if (encoded.Length == UncompressedPublicKeyLength && encoded[0] == 0x04)
        {
            x = FromBigEndian(encoded.Slice(1, ScalarLength));
            y = FromBigEndian(encoded.Slice(1 + ScalarLength, ScalarLength));
            return x < P && y < P && IsOnCurve(x, y);
        }

        if (encoded.Length == CompressedPublicKeyLength && (encoded[0] == 0x02 || encoded[0] == 0x03))
        {
            x = FromBigEndian(encoded[1..]);
            return TryLiftX(x, oddY: encoded[0] == 0x03, out y);
        }

        return false;
    }

    private static byte[] EncodeUncompressed(BigInteger x, BigInteger y)
    {
        var encoded = new byte[UncompressedPublicKeyLength];
        encoded[0] = 0x04;
        WriteBigEndian32(x, encoded.AsSpan(1));
        WriteBigEndian32(y, encoded.AsSpan(1 + ScalarLength));
        return encoded;
    }
}
