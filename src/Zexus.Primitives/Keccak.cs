namespace Zexus.Primitives;

/// <summary>
/// One-shot Keccak-256 (original Keccak, as Ethereum uses it) and the FIPS 202 SHA-3 hash
/// functions, all over one sponge (<see cref="KeccakHasher"/> is the incremental form).
/// LANGUAGE.md section 9.6 exposes them as <c>KECCAK256</c>, <c>SHA3-256</c> and <c>SHA3-512</c>.
/// </summary>
/// <remarks>
/// Keccak-256 and SHA3-256 share the capacity c = 512 (rate 1088 bits) and differ only in the
/// padding: Keccak appends pad10*1 directly (first byte 0x01), SHA-3 first appends the domain bits
/// 01 (first byte 0x06), FIPS 202 section 6.1.
/// </remarks>
public static class Keccak
{
    /// <summary>The rate in bytes of Keccak-256 and SHA3-256 (1088 bits).</summary>
    internal const int Rate256 = 136;

    /// <summary>The rate in bytes of SHA3-512 (576 bits).</summary>
    internal const int Rate512 = 72;

    /// <summary>Keccak-256 of <paramref name="data"/> (Keccak[c = 512] with padding byte 0x01).</summary>
    /// <returns>The 32-byte digest.</returns>
    public static byte[] Keccak256(ReadOnlySpan<byte> data)
    {
        var digest = new byte[32];
        KeccakSponge.Hash(data, Rate256, KeccakSponge.KeccakPadding, digest);
        return digest;
    }

    /// <summary>
    /// Keccak-256 of <paramref name="data"/> into the first 32 bytes of
    /// <paramref name="output32"/>, without allocating.
    /// </summary>
    public static void Keccak256(ReadOnlySpan<byte> data, Span<byte> output32)
    {
        if (output32.Length < 32)
        {
            throw new ArgumentException("The output needs 32 bytes.", nameof(output32));
        }

        KeccakSponge.Hash(data, Rate256, KeccakSponge.KeccakPadding, output32[..32]);
    }

    /// <summary>SHA3-256 of <paramref name="data"/> (FIPS 202, section 6.1).</summary>
    /// <returns>The 32-byte digest.</returns>
    public static byte[] Sha3_256(ReadOnlySpan<byte> data)
    {
        var digest = new byte[32];
        KeccakSponge.Hash(data, Rate256, KeccakSponge.Sha3Padding, digest);
        return digest;
    }

    /// <summary>SHA3-512 of <paramref name="data"/> (FIPS 202, section 6.1).</summary>
    /// <returns>The 64-byte digest.</returns>
    public static byte[] Sha3_512(ReadOnlySpan<byte> data)
    {
        var digest = new byte[64];
        KeccakSponge.Hash(data, Rate512, KeccakSponge.Sha3Padding, digest);
        return digest;
    }
}
