namespace Zexus.Crypto.Bn254;

/// <summary>
/// G1: the curve y² = x³ + 3 over F_p (EIP-196), whose points all have prime order r, and its
/// 64-byte encoding x ‖ y (32-byte big-endian each), with (0, 0) for the point at infinity.
/// </summary>
public static class G1
{
    /// <summary>The size of an encoded point.</summary>
    public const int EncodedSize = 64;

    /// <summary>The curve constant b = 3.</summary>
    public static Fp B { get; } = Fp.FromUInt64(3);

    /// <summary>The generator (1, 2) (EIP-196).</summary>
    public static CurvePoint<Fp> Generator { get; } = CurvePoint<Fp>.FromAffine(Fp.One, Fp.FromUInt64(2));

    /// <summary>
    /// Decodes a point (EIP-196 "encoding"): each coordinate must be below p and (x, y) must be on the
    /// curve unless it is (0, 0). The cofactor is 1, so there is no subgroup check.
    /// </summary>
    public static Bn254Error TryRead(ReadOnlySpan<byte> encoded64, out CurvePoint<Fp> point)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(encoded64.Length, EncodedSize, nameof(encoded64));
        point = CurvePoint<Fp>.Infinity;
        if (!Fp.TryRead(encoded64[..32], out Fp x) || !Fp.TryRead(encoded64[32..EncodedSize], out Fp y))
        {
            return Bn254Error.CoordinateNotInField;
        }

        if (x.IsZero && y.IsZero)
        {
            return Bn254Error.None;
        }

        if (!CurvePoint<Fp>.SatisfiesCurve(x, y, B))
        {
            return Bn254Error.PointNotOnCurve;
        }

        point = CurvePoint<Fp>.FromAffine(x, y);
        return Bn254Error.None;
    }

    /// <summary>Encodes <paramref name="point"/> as x ‖ y, (0, 0) for infinity.</summary>
    public static void Write(in CurvePoint<Fp> point, Span<byte> destination64)
    {
        point.ToAffine(out Fp x, out Fp y);
        x.Write(destination64[..32]);
        y.Write(destination64[32..EncodedSize]);
    }
}
