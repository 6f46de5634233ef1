using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>BLS12_G1ADD (0x0b, EIP-2537): P + Q on G1's curve, 375 gas.</summary>
public sealed class Bls12G1AddPrecompile : Bls12AddPrecompile<Fp>
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12G1AddPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.G1AddAddress);

    /// <inheritdoc/>
    public override string Name => "BLS12_G1ADD";

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => Eip2537.G1AddGas;
}
