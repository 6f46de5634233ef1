namespace Zexus.Crypto.Bn254;

/// <summary>
/// The three BN254 operations of the EVM on their exact encodings: point addition and scalar
/// multiplication (EIP-196) and the pairing check (EIP-197). Padding and truncation of call data are
/// the precompile's job; these take inputs of the exact size.
/// </summary>
public static class Bn254Operations
{
    /// <summary>The input size of <see cref="Add"/>: two G1 points.</summary>
    public const int AddInputSize = 2 * G1.EncodedSize;

    /// <summary>The input size of <see cref="Multiply"/>: a G1 point and a 32-byte big-endian scalar.</summary>
    public const int MultiplyInputSize = G1.EncodedSize + 32;

    /// <summary>The size of one pairing-check pair: a G1 point and a G2 point.</summary>
    public const int PairSize = G1.EncodedSize + G2.EncodedSize;

    /// <summary>The size of the result of <see cref="Add"/> and <see cref="Multiply"/>: one G1 point.</summary>
    public const int PointOutputSize = G1.EncodedSize;

    /// <summary>Writes P + Q for the encoded points P ‖ Q, or returns why they are invalid.</summary>
    public static Bn254Error Add(ReadOnlySpan<byte> input, Span<byte> output)
    {
        RequireSizes(input, AddInputSize, output);
        Bn254Error error = G1.TryRead(input[..G1.EncodedSize], out CurvePoint<Fp> a);
        if (error == Bn254Error.None)
        {
            error = G1.TryRead(input[G1.EncodedSize..AddInputSize], out CurvePoint<Fp> b);
            if (error == Bn254Error.None)
            {
                G1.Write(a.Add(b), output);
            }
        }

        return error;
    }

    /// <summary>Writes s·P for the encoded point P and scalar s (any 256-bit value, not reduced), or returns why P is invalid.</summary>
    public static Bn254Error Multiply(ReadOnlySpan<byte> input, Span<byte> output)
    {
        RequireSizes(input, MultiplyInputSize, output);
        Bn254Error error = G1.TryRead(input[..G1.EncodedSize], out CurvePoint<Fp> point);
        if (error == Bn254Error.None)
        {
            G1.Write(point.Multiply(input[G1.EncodedSize..MultiplyInputSize]), output);
        }

        return error;
    }

    /// <summary>
    /// Decodes k = input.Length / 192 pairs (P₁, Q₁)…(P_k, Q_k) and sets <paramref name="isOne"/> to whether
    /// e(P₁, Q₁)·…·e(P_k, Q_k) = 1 (true for k = 0); every point is validated, even one paired with infinity.
    /// </summary>
    public static Bn254Error PairingCheck(ReadOnlySpan<byte> input, out bool isOne)
    {
        isOne = false;
        if (input.Length % PairSize != 0)
        {
            return Bn254Error.InvalidInputLength;
        }

        int count = input.Length / PairSize;
        var p = new CurvePoint<Fp>[count];
        var q = new CurvePoint<Fp2>[count];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> pair = input.Slice(i * PairSize, PairSize);
            Bn254Error error = G1.TryRead(pair[..G1.EncodedSize], out p[i]);
            if (error == Bn254Error.None)
            {
                error = G2.TryRead(pair[G1.EncodedSize..], out q[i]);
            }

            if (error != Bn254Error.None)
            {
                return error;
            }
        }

        isOne = Pairing.Check(p, q);
        return Bn254Error.None;
    }

    private static void RequireSizes(ReadOnlySpan<byte> input, int inputSize, Span<byte> output)
    {
        if (input.Length != inputSize)
        {
            throw new ArgumentException($"The input must be exactly {inputSize} bytes (pad or truncate call data first), not {input.Length}.", nameof(input));
        }

        if (output.Length < PointOutputSize)
        {
            throw new ArgumentException($"The output needs {PointOutputSize} bytes, not {output.Length}.", nameof(output));
        }
    }
}
