using System.Security.Cryptography;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// SHA2-256 (0x02, Yellow Paper appendix E, Ξ_SHA256): the 32-byte SHA-256 digest of the input
/// (FIPS 180-4). Gas 60 + 12 per word.
/// </summary>
public sealed class Sha256Precompile : Precompile
{
    /// <summary>The fixed gas G_sha256.</summary>
    public const long BaseCost = 60;

    /// <summary>The gas per 32-byte word G_sha256word.</summary>
    public const long WordCost = 12;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static Sha256Precompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(2);

    /// <inheritdoc/>
    public override string Name => "SHA256";

    /// <inheritdoc/>
    public override Fork Since => Fork.Frontier;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => BaseCost;

    /// <inheritdoc/>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) => PrecompileWords.Gas(input.Length, WordCost);

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork) => PrecompileResult.Success(SHA256.HashData(input));
}
