using Zexus.Crypto.Bls12381;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// The shape of BLS12_G1ADD and BLS12_G2ADD (EIP-2537): exactly two encoded points, each on the curve or the point
/// at infinity — deliberately without a subgroup check — and their sum as output.
/// </summary>
/// <typeparam name="T">The coordinate field of the group.</typeparam>
public abstract class Bls12AddPrecompile<T> : Precompile
    where T : unmanaged, IBlsField<T>
{
    private static int PointLength => 2 * T.EncodedLength;

    /// <inheritdoc/>
    public override Fork Since => Fork.Prague;

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        if (input.Length != 2 * PointLength)
        {
            return PrecompileResult.Failure(Name + ": invalid input length");
        }

        if (!Eip2537Encoding.TryReadPoint(input[..PointLength], out BlsPoint<T> a, out string? error)
            || !Eip2537Encoding.TryReadPoint(input[PointLength..], out BlsPoint<T> b, out error))
        {
            return PrecompileResult.Failure(Name + ": " + error);
        }

        var output = new byte[PointLength];
        Eip2537Encoding.WritePoint(a + b, output);
        return PrecompileResult.Success(output);
    }
}
