using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>BLS12_G1MSM (0x0c, EIP-2537): multi-scalar multiplication in G1.</summary>
public sealed class Bls12G1MsmPrecompile : Bls12MsmPrecompile<Fp>
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12G1MsmPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.G1MsmAddress);

    /// <inheritdoc/>
    public override string Name => "BLS12_G1MSM";

    /// <inheritdoc/>
    protected override long MulGas => Eip2537.G1MulGas;

    /// <inheritdoc/>
    protected override ReadOnlySpan<short> Discounts => Eip2537.G1Discounts;
}
