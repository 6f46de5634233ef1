using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// BLS12_PAIRING_CHECK (0x0f, EIP-2537): k ≥ 1 slices of (G1 point, G2 point), each on its curve and in its
/// subgroup (infinity allowed); outputs 32 bytes, 1 when ∏ e(P_i, Q_i) = 1 and 0 otherwise. Gas 32600·k + 37700.
/// </summary>
public sealed class Bls12PairingCheckPrecompile : Precompile
{
    private const int PairLength = Eip2537.G1PointLength + Eip2537.G2PointLength;

    /// <summary>The shared instance (the class is stateless).</summary>
    public static Bls12PairingCheckPrecompile Instance { get; } = new();

    /// <inheritdoc/>
    public override Address Address { get; } = AddressOf(Eip2537.PairingCheckAddress);

    /// <inheritdoc/>
    public override string Name => "BLS12_PAIRING_CHECK";

    /// <inheritdoc/>
    public override Fork Since => Fork.Prague;

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => Eip2537.PairingBaseGas;

    /// <inheritdoc/>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) => input.Length / PairLength * Eip2537.PairingPerPairGas;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        if (input.Length == 0 || input.Length % PairLength != 0)
        {
            return PrecompileResult.Failure(Name + ": invalid input length");
        }

        int k = input.Length / PairLength;
        var g1 = new BlsPoint<Fp>[k];
        var g2 = new BlsPoint<Fp2>[k];
        for (int i = 0; i < k; i++)
        {
            var slice = input.Slice(i * PairLength, PairLength);
            if (!Eip2537Encoding.TryReadPoint(slice[..Eip2537.G1PointLength], out g1[i], out string? error)
                || !Eip2537Encoding.TryReadPoint(slice[Eip2537.G1PointLength..], out g2[i], out error))
            {
                return PrecompileResult.Failure(Name + ": " + error);
            }

            if (!G1.IsInSubgroup(g1[i]) || !G2.IsInSubgroup(g2[i]))
            {
                return PrecompileResult.Failure(Name + ": a point is not in the subgroup");
            }
        }

        var output = new byte[32];
        output[31] = Pairing.Check(g1, g2) ? (byte)1 : (byte)0;
        return PrecompileResult.Success(output);
    }
}
