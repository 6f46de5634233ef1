using Zexus.Crypto.Bn254;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// What the three alt_bn128 precompiles (EIP-196, EIP-197) share: call data shorter than the fixed input
/// is read as if padded with zeros and longer call data is truncated, and a rejected input becomes a
/// failure with the reason.
/// </summary>
public abstract class Bn254Precompile : Precompile
{
    /// <summary>All three arrived with Byzantium (EIP-609).</summary>
    public sealed override Fork Since => Fork.Byzantium;

    /// <summary>
    /// Runs <paramref name="operation"/> on the first <paramref name="size"/> bytes of
    /// <paramref name="input"/>, zero-padded, producing a G1 point.
    /// </summary>
    private protected static PrecompileResult RunOnPoint(
        ReadOnlySpan<byte> input, int size, Func<ReadOnlySpan<byte>, Span<byte>, Bn254Error> operation)
    {
        Span<byte> padded = stackalloc byte[size];
        padded.Clear();
        input[..Math.Min(input.Length, size)].CopyTo(padded);
        var output = new byte[Bn254Operations.PointOutputSize];
        Bn254Error error = operation(padded, output);
        return error == Bn254Error.None ? PrecompileResult.Success(output) : Fail(error);
    }

    /// <summary>The failure for <paramref name="error"/>, with a reason for traces.</summary>
    private protected static PrecompileResult Fail(Bn254Error error) => PrecompileResult.Failure(error switch
    {
        Bn254Error.CoordinateNotInField => "coordinate not below the field modulus",
        Bn254Error.PointNotOnCurve => "point not on curve",
        Bn254Error.PointNotInSubgroup => "G2 point not in the order-r subgroup",
        Bn254Error.InvalidInputLength => "input length not a multiple of 192",
        _ => "invalid input: " + error,
    });
}
