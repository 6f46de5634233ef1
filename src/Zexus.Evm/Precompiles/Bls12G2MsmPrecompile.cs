using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>BLS12_G2MSM (0x0e, EIP-2537): multi-scalar multiplication in G2.</summary>
public sealed class Bls12G2MsmPrecompile : Bls12MsmPrecompile<Fp2>
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12G2MsmPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.G2MsmAddress);

    /// <inheritdoc/>
    public override string Name => "BLS12_G2MSM";

    /// <inheritdoc/>
    protected override long MulGas => Eip2537.G2MulGas;

    /// <inheritdoc/>
    protected override ReadOnlySpan<short> Discounts => Eip2537.G2Discounts;
}
