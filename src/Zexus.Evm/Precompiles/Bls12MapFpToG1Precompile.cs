using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>BLS12_MAP_FP_TO_G1 (0x10, EIP-2537): maps a field element to G1, 5500 gas.</summary>
public sealed class Bls12MapFpToG1Precompile : Bls12MapPrecompile<Fp>
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12MapFpToG1Precompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.MapFpToG1Address);

    /// <inheritdoc/>
    public override string Name => "BLS12_MAP_FP_TO_G1";

    /// <inheritdoc/>
    protected override MapToCurve<Fp> Map => MapToCurves.FpToG1;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => Eip2537.MapFpToG1Gas;
}
