using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// RIPEMD-160 (0x03, Yellow Paper appendix E, Ξ_RIP160): the 20-byte RIPEMD-160 digest of the
/// input, left-padded with zeros to 32 bytes. Gas 600 + 120 per word.
/// </summary>
public sealed class Ripemd160Precompile : Precompile
{
    /// <summary>The fixed gas G_ripemd160.</summary>
    public const long BaseCost = 600;

    /// <summary>The gas per 32-byte word G_ripemd160word.</summary>
    public const long WordCost = 120;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static Ripemd160Precompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(3);

    /// <inheritdoc/>
    public override string Name => "RIPEMD160";

    /// <inheritdoc/>
    public override Fork Since => Fork.Frontier;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => BaseCost;

    /// <inheritdoc/>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) => PrecompileWords.Gas(input.Length, WordCost);

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        var output = new byte[32];
        Ripemd160.Hash(input, output.AsSpan(32 - Ripemd160.HashLength));
        return PrecompileResult.Success(output);
    }
}
