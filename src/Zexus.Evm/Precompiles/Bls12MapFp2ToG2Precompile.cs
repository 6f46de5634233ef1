using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>BLS12_MAP_FP2_TO_G2 (0x11, EIP-2537): maps a field element to G2, 23800 gas.</summary>
public sealed class Bls12MapFp2ToG2Precompile : Bls12MapPrecompile<Fp2>
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12MapFp2ToG2Precompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.MapFp2ToG2Address);

    /// <inheritdoc/>
    public override string Name => "BLS12_MAP_FP2_TO_G2";

    /// <inheritdoc/>
    protected override MapToCurve<Fp2> Map => MapToCurves.Fp2ToG2;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => Eip2537.MapFp2ToG2Gas;
}
