using System.Numerics;
using System.Security.Cryptography;
using static Zexus.Crypto.Ed25519Field;

namespace Zexus.Crypto;

/// <summary>
/// Ed25519 (pure EdDSA over edwards25519 with SHA-512, RFC 8032 section 5.1): verification for the
/// ZVM's VERIFY_SIGNATURE opcode, plus deterministic key derivation and signing for tests and tools.
/// </summary>
/// <remarks>
/// <para>Verification (<see cref="Verify"/>) follows RFC 8032 5.1.7 with these choices, which any
/// other consensus implementation must share to agree on every signature:</para>
/// <list type="bullet">
/// <item>A and R are decoded strictly per 5.1.3: a y coordinate ≥ p, a non-square x², or x = 0 with
/// the sign bit set makes the signature invalid. Small-order A and R are not rejected (the RFC does
/// not ask for it).</item>
/// <item>S must be canonical: 0 ≤ S &lt; L, else invalid (5.1.7 step 1).</item>
/// <item>The <b>cofactorless</b> equation [S]B = R + [k]A is checked (the alternative 5.1.7
/// permits), as R = [S]B − [k]A compared projectively with the decoded R. This is what ref10,
/// libsodium and Go's crypto/ed25519 accept; it can differ from the cofactored [8][S]B = [8]R +
/// [8][k]A only for signatures crafted with small-order components, never for honest ones.</item>
/// </list>
/// <para>PERF: field arithmetic is <see cref="BigInteger"/> based (see <see cref="Ed25519Field"/>),
/// about 6 ms per verification on a 2-core dev VM — correct first; a limb implementation can replace it.</para>
/// </remarks>
public static class Ed25519
{
    /// <summary>Bytes in a public key (an encoded point, RFC 8032 5.1.2).</summary>
    public const int PublicKeyLength = 32;

    /// <summary>Bytes in a seed (the RFC's "private key", 5.1.5).</summary>
    public const int SeedLength = 32;

    /// <summary>Bytes in a signature: R (32) ‖ S (32, little-endian).</summary>
    public const int SignatureLength = 64;

    /// <summary>
    /// Checks a pure Ed25519 signature (RFC 8032 5.1.7, cofactorless equation; see the class
    /// remarks). Any malformed input — wrong lengths, an undecodable A or R, S ≥ L — gives
    /// <see langword="false"/>; this method never throws.
    /// </summary>
    /// <param name="publicKey32">The encoded public key A.</param>
    /// <param name="message">The message M itself (Ed25519 hashes it; it is not pre-hashed).</param>
    /// <param name="signature64">R ‖ S.</param>
    public static bool Verify(ReadOnlySpan<byte> publicKey32, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature64)
    {
        if (publicKey32.Length != PublicKeyLength || signature64.Length != SignatureLength)
        {
            return false;
        }

        var rBytes = signature64[..32];
        var s = FromLittleEndian(signature64[32..]);
        if (s >= L
            || !Ed25519Point.TryDecode(publicKey32, out var a)
            || !Ed25519Point.TryDecode(rBytes, out var r))
        {
            return false;
        }

        var k = Challenge(rBytes, publicKey32, message);
        var expectedR = Ed25519Point.MultiplyAndAdd(s, Ed25519Point.Base, k, a.Negate());
        return expectedR.IsSamePoint(r);
    }

    /// <summary>The public key A = [s]B for a 32-byte seed (RFC 8032 5.1.5).</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes.</exception>
    public static byte[] PublicKeyFromSeed(ReadOnlySpan<byte> seed32)
    {
        var (scalar, _) = ExpandSeed(seed32);
        var publicKey = new byte[PublicKeyLength];
        Ed25519Point.Base.Multiply(scalar).Encode(publicKey);
        return publicKey;
    }

    /// <summary>
    /// The deterministic signature R ‖ S of <paramref name="message"/> (RFC 8032 5.1.6). Meant for
    /// tests and tooling: it is not constant-time, so it must not guard keys of real value.
    /// </summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes.</exception>
    public static byte[] Sign(ReadOnlySpan<byte> seed32, ReadOnlySpan<byte> message)
    {
        var (scalar, prefix) = ExpandSeed(seed32);
        Span<byte> publicKey = stackalloc byte[PublicKeyLength];
        Ed25519Point.Base.Multiply(scalar).Encode(publicKey);

        var nonce = ReduceHash(prefix, [], message);
        var signature = new byte[SignatureLength];
        Ed25519Point.Base.Multiply(nonce).Encode(signature.AsSpan(0, 32));
        var k = Challenge(signature.AsSpan(0, 32), publicKey, message);
        WriteLittleEndian((nonce + (k * scalar)) % L, signature.AsSpan(32, 32));
        return signature;
    }

    /// <summary>
    /// 5.1.5: h = SHA-512(seed); the scalar is the first half with the three low bits and the top
    /// bit cleared and bit 254 set ("clamping"); the second half is the nonce prefix.
    /// </summary>
    private static (BigInteger Scalar, byte[] Prefix) ExpandSeed(ReadOnlySpan<byte> seed32)
    {
        if (seed32.Length != SeedLength)
        {
            throw new ArgumentException("An Ed25519 seed is 32 bytes.", nameof(seed32));
        }

        Span<byte> h = stackalloc byte[64];
        SHA512.HashData(seed32, h);
        h[0] &= 248;
        h[31] &= 127;
        h[31] |= 64;
        return (FromLittleEndian(h[..32]), h[32..].ToArray());
    }

    /// <summary>k = SHA-512(R ‖ A ‖ M) mod L (5.1.6 step 4, 5.1.7 step 2; dom2 is empty for pure Ed25519).</summary>
    private static BigInteger Challenge(ReadOnlySpan<byte> r, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message) =>
        ReduceHash(r, publicKey, message);

    /// <summary>SHA-512 of the concatenation, read as a little-endian integer, mod L.</summary>
    private static BigInteger ReduceHash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        sha.AppendData(first);
        sha.AppendData(second);
        sha.AppendData(third);
        Span<byte> digest = stackalloc byte[64];
        sha.GetHashAndReset(digest);
        return FromLittleEndian(digest) % L;
    }
}
