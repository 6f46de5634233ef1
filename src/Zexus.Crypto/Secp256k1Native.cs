using System.Runtime.InteropServices;

namespace Zexus.Crypto;

/// <summary>
/// Optional acceleration through libsecp256k1 (Bitcoin Core's library; Debian package
/// <c>libsecp256k1-1</c>), loaded with <see cref="NativeLibrary.TryLoad(string, out IntPtr)"/> and
/// called through unmanaged function pointers. <see cref="Secp256k1"/> uses it for verification and
/// recovery when the library loaded and <see cref="Enabled"/> is set — the default, unless the
/// environment variable <c>ZEXUS_SECP256K1=managed</c> was present at start-up; otherwise it runs
/// <see cref="Secp256k1Managed"/>, which needs nothing installed. Results are identical either way:
/// the tests compare the two paths directly on random and malformed inputs.
/// </summary>
public static unsafe class Secp256k1Native
{
    /// <summary>SECP256K1_CONTEXT_VERIFY | SECP256K1_CONTEXT_SIGN (include/secp256k1.h).</summary>
    private const uint ContextFlags = 0x0101 | 0x0201;

    /// <summary>SECP256K1_EC_UNCOMPRESSED.</summary>
    private const uint UncompressedFlag = 0x0002;

    /// <summary>The size of the library's opaque pubkey and signature structs (65 for the recoverable one).</summary>
    private const int OpaqueSize = 64;

    private static readonly nint Context;
    private static readonly delegate* unmanaged<nint, byte*, byte*, int, int> ParseRecoverableSignature;
    private static readonly delegate* unmanaged<nint, byte*, byte*, byte*, int> Recover;
    private static readonly delegate* unmanaged<nint, byte*, nuint*, byte*, uint, int> SerializePublicKey;
    private static readonly delegate* unmanaged<nint, byte*, byte*, nuint, int> ParsePublicKey;
    private static readonly delegate* unmanaged<nint, byte*, byte*, int> ParseSignature;
    private static readonly delegate* unmanaged<nint, byte*, byte*, int> NormalizeSignature;
    private static readonly delegate* unmanaged<nint, byte*, byte*, byte*, int> VerifySignature;

    static Secp256k1Native()
    {
        Enabled = !string.Equals(Environment.GetEnvironmentVariable("ZEXUS_SECP256K1"), "managed", StringComparison.Ordinal);
        if (!TryLoadLibrary(out nint library))
        {
            return;
        }

        if (!NativeLibrary.TryGetExport(library, "secp256k1_context_create", out nint create)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ecdsa_recoverable_signature_parse_compact", out nint parseRecoverable)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ecdsa_recover", out nint recover)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ec_pubkey_serialize", out nint serialize)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ec_pubkey_parse", out nint parsePublicKey)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ecdsa_signature_parse_compact", out nint parseSignature)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ecdsa_signature_normalize", out nint normalize)
            || !NativeLibrary.TryGetExport(library, "secp256k1_ecdsa_verify", out nint verify))
        {
            return;
        }

        // SAFETY: the exports have the C signatures of include/secp256k1.h and secp256k1_recovery.h
        // (every pointer argument non-null, opaque structs of 64/65 bytes); the context is created
        // once and lives for the process, and the library is never unloaded.
        Context = ((delegate* unmanaged<uint, nint>)create)(ContextFlags);
        if (Context == 0)
        {
            return;
        }

        ParseRecoverableSignature = (delegate* unmanaged<nint, byte*, byte*, int, int>)parseRecoverable;
        Recover = (delegate* unmanaged<nint, byte*, byte*, byte*, int>)recover;
        SerializePublicKey = (delegate* unmanaged<nint, byte*, nuint*, byte*, uint, int>)serialize;
        ParsePublicKey = (delegate* unmanaged<nint, byte*, byte*, nuint, int>)parsePublicKey;
        ParseSignature = (delegate* unmanaged<nint, byte*, byte*, int>)parseSignature;
        NormalizeSignature = (delegate* unmanaged<nint, byte*, byte*, int>)normalize;
        VerifySignature = (delegate* unmanaged<nint, byte*, byte*, byte*, int>)verify;
        IsAvailable = true;
    }

    /// <summary>Whether libsecp256k1 was found and has every function used here.</summary>
    public static bool IsAvailable { get; }

    /// <summary>Whether <see cref="Secp256k1"/> should use the library when it is available (default: on; <c>ZEXUS_SECP256K1=managed</c> turns it off).</summary>
    public static bool Enabled { get; set; }

    /// <summary>Whether <see cref="Secp256k1"/> currently routes verification and recovery here.</summary>
    public static bool IsActive => Enabled && IsAvailable;

    /// <summary>
    /// <see cref="Secp256k1.TryRecover(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int, Span{byte})"/> on libsecp256k1.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">The library is not available.</exception>
    public static bool TryRecover(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, int recoveryId, Span<byte> uncompressed65)
    {
        ThrowIfUnavailable();

        // The library aborts the process on illegal arguments (a recovery id outside 0..3, short
        // buffers), so those are rejected here first.
        if (hash32.Length != Secp256k1.ScalarLength
            || sig64.Length != Secp256k1.SignatureLength
            || recoveryId is < 0 or > 3
            || uncompressed65.Length < Secp256k1.UncompressedPublicKeyLength)
        {
            return false;
        }

        byte* signature = stackalloc byte[OpaqueSize + 1];
        byte* publicKey = stackalloc byte[OpaqueSize];
        nuint length = (nuint)Secp256k1.UncompressedPublicKeyLength;
        fixed (byte* sig = sig64)
        fixed (byte* hash = hash32)
        fixed (byte* output = uncompressed65)
        {
            // SAFETY: every pointer is pinned or on the stack with the sizes the library expects
            // (64-byte input, 32-byte hash, 65-byte output, length in/out).
            return ParseRecoverableSignature(Context, signature, sig, recoveryId) == 1
                && Recover(Context, publicKey, signature, hash) == 1
                && SerializePublicKey(Context, output, &length, publicKey, UncompressedFlag) == 1;
        }
    }

    /// <summary>
    /// <see cref="Secp256k1.Verify"/> on libsecp256k1. High s is normalised first, since the
    /// library accepts only low s and <see cref="Secp256k1.Verify"/> accepts both.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">The library is not available.</exception>
    public static bool Verify(ReadOnlySpan<byte> hash32, ReadOnlySpan<byte> sig64, ReadOnlySpan<byte> publicKey)
    {
        ThrowIfUnavailable();
        if (hash32.Length != Secp256k1.ScalarLength || sig64.Length != Secp256k1.SignatureLength || publicKey.IsEmpty)
        {
            return false;
        }

        byte* signature = stackalloc byte[OpaqueSize];
        byte* key = stackalloc byte[OpaqueSize];
        fixed (byte* sig = sig64)
        fixed (byte* hash = hash32)
        fixed (byte* encoded = publicKey)
        {
            // SAFETY: as in TryRecover; normalize may write its output over its input.
            return ParseSignature(Context, signature, sig) == 1
                && ParsePublicKey(Context, key, encoded, (nuint)publicKey.Length) == 1
                && NormalizeSignature(Context, signature, signature) >= 0
                && VerifySignature(Context, signature, hash, key) == 1;
        }
    }

    private static bool TryLoadLibrary(out nint library)
    {
        foreach (string name in (ReadOnlySpan<string>)["libsecp256k1.so.1", "libsecp256k1.so", "libsecp256k1.dylib", "secp256k1"])
        {
            if (NativeLibrary.TryLoad(name, out library))
            {
                return true;
            }
        }

        library = 0;
        return false;
    }

    private static void ThrowIfUnavailable()
    {
        if (!IsAvailable)
        {
            throw new PlatformNotSupportedException("libsecp256k1 is not available on this machine (install libsecp256k1-1); use Secp256k1Managed.");
        }
    }
}
