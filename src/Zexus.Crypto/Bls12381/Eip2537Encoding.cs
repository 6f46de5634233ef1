namespace Zexus.Crypto.Bls12381;

/// <summary>
/// The encoding of EIP-2537: a field element is 64 bytes big-endian whose top 16 bytes must be zero and whose value
/// must be below p; F_p² is c0 ‖ c1; a point is x ‖ y, the point at infinity all zeros. Decoding checks the curve
/// equation but not the subgroup (the callers that need it check it themselves).
/// </summary>
public static class Eip2537Encoding
{
    /// <summary>Size of an encoded F_p element.</summary>
    public const int FpLength = 64;

    /// <summary>Size of an encoded F_p² element.</summary>
    public const int Fp2Length = 2 * FpLength;

    /// <summary>Size of an encoded G1 point.</summary>
    public const int G1Length = 2 * FpLength;

    /// <summary>Size of an encoded G2 point.</summary>
    public const int G2Length = 2 * Fp2Length;

    private const int Padding = FpLength - Fp.ByteLength;

    /// <summary>Reads a 64-byte field element; false with <paramref name="error"/> when not canonical.</summary>
    public static bool TryReadFp(ReadOnlySpan<byte> input, out Fp value, out string? error)
    {
        if (input[..Padding].ContainsAnyExcept((byte)0))
        {
            value = default;
            error = "the top 16 bytes of a field element are not zero";
            return false;
        }

        if (!Fp.TryRead(input.Slice(Padding, Fp.ByteLength), out value))
        {
            error = "a field element is not below the modulus";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Reads a 128-byte F_p² element c0 ‖ c1.</summary>
    public static bool TryReadFp2(ReadOnlySpan<byte> input, out Fp2 value, out string? error)
    {
        value = default;
        if (!TryReadFp(input[..FpLength], out Fp c0, out error) || !TryReadFp(input.Slice(FpLength, FpLength), out Fp c1, out error))
        {
            return false;
        }

        value = new Fp2(c0, c1);
        return true;
    }

    /// <summary>
    /// Reads an encoded point x ‖ y (128 bytes for G1, 256 for G2): on the curve or all zeros (infinity); not
    /// subgroup-checked.
    /// </summary>
    public static bool TryReadPoint<T>(ReadOnlySpan<byte> input, out BlsPoint<T> point, out string? error)
        where T : unmanaged, IBlsField<T>
    {
        point = default;
        int n = T.EncodedLength;
        if (input.Length != 2 * n)
        {
            error = "a point has the wrong length";
            return false;
        }

        if (!T.TryReadEncoded(input[..n], out T x, out error) || !T.TryReadEncoded(input[n..], out T y, out error))
        {
            return false;
        }

        if (x.IsZero && y.IsZero)
        {
            point = BlsPoint<T>.Infinity;
            return true;
        }

        if (!BlsPoint<T>.IsOnCurve(x, y))
        {
            error = "the point is not on the curve";
            return false;
        }

        point = BlsPoint<T>.FromAffine(x, y);
        return true;
    }

    /// <summary>Writes a point x ‖ y (zeros for infinity).</summary>
    public static void WritePoint<T>(BlsPoint<T> point, Span<byte> output)
        where T : unmanaged, IBlsField<T>
    {
        var (x, y) = point.ToAffine();
        x.WriteEncoded(output[..T.EncodedLength]);
        y.WriteEncoded(output.Slice(T.EncodedLength, T.EncodedLength));
    }

    /// <summary>Writes a field element as 64 bytes (16 zero bytes, then 48 big-endian).</summary>
    public static void WriteFp(Fp value, Span<byte> output)
    {
        output[..Padding].Clear();
        value.Write(output.Slice(Padding, Fp.ByteLength));
    }
}
