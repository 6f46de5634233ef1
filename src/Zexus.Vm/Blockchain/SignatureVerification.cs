using System.Security.Cryptography;
using Zexus.Crypto;
using Zexus.Primitives;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Vm.Blockchain;

/// <summary>The signature schemes VERIFY_SIGNATURE tells apart by the public key's encoding.</summary>
public enum SignatureAlgorithm
{
    /// <summary>The key is not a recognised encoding; verification is false.</summary>
    Unknown,

    /// <summary>A 33- or 65-byte SEC 1 key (prefix 02, 03 or 04): ECDSA over secp256k1 (LANGUAGE.md 9.7).</summary>
    Secp256k1Ecdsa,

    /// <summary>A 32-byte key: pure Ed25519 (RFC 8032 5.1).</summary>
    Ed25519,
}

/// <summary>
/// VERIFY_SIGNATURE (issue 3, item 6; docs/blockchain-semantics.md section 5): checks a signature of
/// a Zexus value, choosing the algorithm from the public key's encoding.
/// </summary>
/// <remarks>
/// The message bytes are the "data" of LANGUAGE.md 9.1: a string's UTF-8 bytes, any other value's
/// text form as UTF-8 — the same bytes <c>signature()</c> and <c>verify_sig()</c> sign, so a signature
/// made by the built-in verifies here. secp256k1 signs z = SHA-256(data) (9.7); Ed25519 signs the data
/// itself (it hashes internally with SHA-512). Both keys and signatures are hex as in 9.7 (either case,
/// optional 0x). Malformed input of any kind is <see langword="false"/>, never an error.
/// </remarks>
public static class SignatureVerification
{
    /// <summary>True when <paramref name="signatureHex"/> is a valid signature of <paramref name="data"/> under <paramref name="publicKeyHex"/>.</summary>
    public static bool Verify(Value data, string? signatureHex, string? publicKeyHex)
    {
        if (!Hex.TryParse(signatureHex, out var signature) || !Hex.TryParse(publicKeyHex, out var publicKey))
        {
            return false;
        }

        return Classify(publicKey) switch
        {
            SignatureAlgorithm.Secp256k1Ecdsa =>
                Secp256k1.Verify(SHA256.HashData(HashBuiltins.Data(data)), signature, publicKey),
            SignatureAlgorithm.Ed25519 =>
                Crypto.Ed25519.Verify(publicKey, HashBuiltins.Data(data), signature),
            _ => false,
        };
    }

    /// <summary>The algorithm a hex public key selects, or <see cref="SignatureAlgorithm.Unknown"/>.</summary>
    public static SignatureAlgorithm Classify(string? publicKeyHex) =>
        Hex.TryParse(publicKeyHex, out var publicKey) ? Classify(publicKey) : SignatureAlgorithm.Unknown;

    /// <summary>
    /// By length first, then prefix: 32 bytes → Ed25519 (any bytes; decoding decides validity);
    /// 33 bytes with 02/03 or 65 bytes with 04 → secp256k1; anything else is unknown.
    /// </summary>
    public static SignatureAlgorithm Classify(ReadOnlySpan<byte> publicKey) => publicKey.Length switch
    {
        32 => SignatureAlgorithm.Ed25519,
        33 when publicKey[0] is 0x02 or 0x03 => SignatureAlgorithm.Secp256k1Ecdsa,
        65 when publicKey[0] == 0x04 => SignatureAlgorithm.Secp256k1Ecdsa,
        _ => SignatureAlgorithm.Unknown,
    };
}
