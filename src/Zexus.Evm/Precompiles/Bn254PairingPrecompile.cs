using Zexus.Crypto.Bn254;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// The alt_bn128 pairing check (0x08, EIP-197): for k pairs (G1 point, G2 point) of 192 bytes each,
/// returns the 32-byte word 1 if e(P₁, Q₁)·…·e(P_k, Q_k) = 1 and 0 otherwise; empty input returns 1.
/// Fails when the length is not a multiple of 192 or a point is invalid (coordinate ≥ p, not on its
/// curve, G2 point outside the subgroup). Gas 100000 + 80000·k, 45000 + 34000·k from Istanbul (EIP-1108).
/// </summary>
public sealed class Bn254PairingPrecompile : Bn254Precompile
{
    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bn254PairingPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(8);

    /// <inheritdoc/>
    public override string Name => "BN254_PAIRING";

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => fork >= Fork.Istanbul ? Eip1108.PairingBaseGas : Eip197.PairingBaseGas;

    /// <inheritdoc/>
    /// <remarks>k = ⌊length / 192⌋; a length that is not a multiple of 192 is charged like this and then fails.</remarks>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) =>
        input.Length / Bn254Operations.PairSize
        * (fork >= Fork.Istanbul ? Eip1108.PairingPerPairGas : Eip197.PairingPerPairGas);

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        Bn254Error error = Bn254Operations.PairingCheck(input, out bool isOne);
        if (error != Bn254Error.None)
        {
            return Fail(error);
        }

        var output = new byte[32];
        output[^1] = isOne ? (byte)1 : (byte)0;
        return PrecompileResult.Success(output);
    }
}
