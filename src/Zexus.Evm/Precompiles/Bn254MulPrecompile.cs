using Zexus.Crypto.Bn254;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// ECMUL (0x07, EIP-196): s·P for an alt_bn128 G1 point P = (x, y) and a 256-bit scalar s (three 32-byte
/// words, zero-padded or truncated to 96 bytes), as a 64-byte point. Gas 40000, 6000 from Istanbul (EIP-1108).
/// </summary>
public sealed class Bn254MulPrecompile : Bn254Precompile
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bn254MulPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(7);

    /// <inheritdoc/>
    public override string Name => "BN254_MUL";

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => fork >= Fork.Istanbul ? Eip1108.MulGas : Eip196.MulGas;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork) =>
        RunOnPoint(input, Bn254Operations.MultiplyInputSize, Bn254Operations.Multiply);
}
