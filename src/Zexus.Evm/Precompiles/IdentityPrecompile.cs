using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// IDENTITY (0x04, Yellow Paper appendix E, Ξ_ID): returns its input. Gas 15 + 3 per word.
/// </summary>
public sealed class IdentityPrecompile : Precompile
{
    /// <summary>The fixed gas G_identity.</summary>
    public const long BaseCost = 15;

    /// <summary>The gas per 32-byte word G_identityword.</summary>
    public const long WordCost = 3;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static IdentityPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(4);

    /// <inheritdoc/>
    public override string Name => "IDENTITY";

    /// <inheritdoc/>
    public override Fork Since => Fork.Frontier;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => BaseCost;

    /// <inheritdoc/>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) => PrecompileWords.Gas(input.Length, WordCost);

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork) => PrecompileResult.Success(input.ToArray());
}
