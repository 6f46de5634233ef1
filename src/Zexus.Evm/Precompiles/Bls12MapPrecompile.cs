using Zexus.Crypto.Bls12381;
using Zexus.Primitives;

namespace Zexus.Evm.Precompiles;

/// <summary>
/// The shape of BLS12_MAP_FP_TO_G1 and BLS12_MAP_FP2_TO_G2 (EIP-2537): exactly one encoded field element, canonical,
/// mapped to the group by the RFC 9380 map_to_curve and clear_cofactor; the output is the encoded point.
/// </summary>
/// <typeparam name="T">The field (F_p or F_p²).</typeparam>
public abstract class Bls12MapPrecompile<T> : Precompile
    where T : unmanaged, IBlsField<T>
{
    /// <inheritdoc/>
    public override Fork Since => Fork.Prague;

    /// <summary>The map of the group.</summary>
    protected abstract MapToCurve<T> Map { get; }

    /// <inheritdoc/>
    public override PrecompileResult Run(ReadOnlySpan<byte> input, Fork fork)
    {
        if (input.Length != T.EncodedLength)
        {
            return PrecompileResult.Failure(Name + ": invalid input length");
        }

        if (!T.TryReadEncoded(input, out T u, out string? error))
        {
            return PrecompileResult.Failure(Name + ": " + error);
        }

        var output = new byte[2 * T.EncodedLength];
        Eip2537Encoding.WritePoint(Map.Map(u), output);
        return PrecompileResult.Success(output);
    }
}
