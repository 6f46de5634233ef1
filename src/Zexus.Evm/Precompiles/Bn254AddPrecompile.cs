using Zexus.Crypto.Bn254;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// ECADD (0x06, EIP-196): the sum of two alt_bn128 G1 points (x₁, y₁, x₂, y₂: four 32-byte words, zero-padded
/// or truncated to 128 bytes), as a 64-byte point. Gas 500, 150 from Istanbul (EIP-1108).
/// </summary>
public sealed class Bn254AddPrecompile : Bn254Precompile
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bn254AddPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(6);

    /// <inheritdoc/>
    public override string Name => "BN254_ADD";

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => fork >= Fork.Istanbul ? Eip1108.AddGas : Eip196.AddGas;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork) =>
        RunOnPoint(input, Bn254Operations.AddInputSize, Bn254Operations.Add);
}
