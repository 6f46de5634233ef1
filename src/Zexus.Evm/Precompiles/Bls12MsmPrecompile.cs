using Zexus.Crypto.Bls12381;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// The shape of BLS12_G1MSM and BLS12_G2MSM (EIP-2537): k ≥ 1 slices of (point, 32-byte scalar); every point must be
/// on the curve and in the subgroup (infinity allowed); the output is Σ k_i·P_i. Gas is
/// k · mul_cost · discount(k) / 1000 with the group's discount table.
/// </summary>
/// <typeparam name="T">The coordinate field of the group.</typeparam>
public abstract class Bls12MsmPrecompile<T> : Precompile
    where T : unmanaged, IBlsField<T>
{
    private static int PointLength => 2 * T.EncodedLength;

    private static int PairLength => PointLength + Eip2537.ScalarLength;

    /// <inheritdoc/>
    public override Fork Since => Fork.Prague;

    /// <summary>The price of one multiplication in this group.</summary>
    protected abstract long MulGas { get; }

    /// <summary>The discount table of this group.</summary>
    protected abstract ReadOnlySpan<short> Discounts { get; }

    /// <inheritdoc/>
    public override long BaseGas(Fork fork) => 0;

    /// <inheritdoc/>
    public override long DataGas(ReadOnlySpan<byte> input, Fork fork) =>
        Eip2537.MsmGas(input.Length / PairLength, MulGas, Discounts);

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        if (input.Length == 0 || input.Length % PairLength != 0)
        {
            return PrecompileResult.Failure(Name + ": invalid input length");
        }

        int k = input.Length / PairLength;
        var points = new BlsPoint<T>[k];
        var scalars = new byte[k * Eip2537.ScalarLength];
        for (int i = 0; i < k; i++)
        {
            var slice = input.Slice(i * PairLength, PairLength);
            if (!Eip2537Encoding.TryReadPoint(slice[..PointLength], out points[i], out string? error))
            {
                return PrecompileResult.Failure(Name + ": " + error);
            }

            if (!points[i].IsInSubgroup)
            {
                return PrecompileResult.Failure(Name + ": a point is not in the subgroup");
            }

            slice[PointLength..].CopyTo(scalars.AsSpan(i * Eip2537.ScalarLength));
        }

        var output = new byte[PointLength];
        Eip2537Encoding.WritePoint(MultiScalarMultiplication.Compute<T>(points, scalars), output);
        return PrecompileResult.Success(output);
    }
}
