using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// ECRECOVER (0x01, Yellow Paper appendix E, Ξ_ECREC): the address whose key signed a hash.
/// Input (right-padded with zeros or truncated to 128 bytes) is h ‖ v ‖ r ‖ s, four 32-byte
/// big-endian words. Output is the address left-padded to 32 bytes; when v is not exactly 27 or
/// 28, r or s is outside [1, n − 1] (high s is allowed here), or no key exists, the output is
/// empty — a success, not a failure. Gas 3000.
/// </summary>
public sealed class EcRecoverPrecompile : Precompile
{
    /// <summary>The fixed gas G_ecrecover.</summary>
    public const long BaseCost = 3000;

    private const int InputLength = 128;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static EcRecoverPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(1);

    /// <inheritdoc/>
    public override string Name => "ECRECOVER";

    /// <inheritdoc/>
    public override Fork Since => Fork.Frontier;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => BaseCost;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        Span<byte> padded = stackalloc byte[InputLength];
        padded.Clear();
        input[..Math.Min(input.Length, InputLength)].CopyTo(padded);

        ReadOnlySpan<byte> v = padded.Slice(32, 32);
        if (v[..31].ContainsAnyExcept((byte)0) || v[31] is not (27 or 28))
        {
            return PrecompileResult.Success(ReadOnlyMemory<byte>.Empty);
        }

        Span<byte> publicKey = stackalloc byte[Secp256k1.UncompressedPublicKeyLength];
        if (!Secp256k1.TryRecover(padded[..32], padded[64..], v[31] - 27, publicKey))
        {
            return PrecompileResult.Success(ReadOnlyMemory<byte>.Empty);
        }

        var output = new byte[32];
        Span<byte> hash = stackalloc byte[32];
        Keccak.Keccak256(publicKey[1..], hash);
        hash[12..].CopyTo(output.AsSpan(12));
        return PrecompileResult.Success(output);
    }
}
