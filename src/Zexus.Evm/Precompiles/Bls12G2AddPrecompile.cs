using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>BLS12_G2ADD (0x0d, EIP-2537): P + Q on G2's twist, 600 gas.</summary>
public sealed class Bls12G2AddPrecompile : Bls12AddPrecompile<Fp2>
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12G2AddPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.G2AddAddress);

    /// <inheritdoc/>
    public override string Name => "BLS12_G2ADD";

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => Eip2537.G2AddGas;
}
