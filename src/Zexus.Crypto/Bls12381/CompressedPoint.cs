namespace Zexus.Crypto.Bls12381;

/// <summary>
/// The compressed point encoding of the Zcash BLS12-381 serialization, used by KZG commitments and proofs
/// (EIP-4844) and the trusted setup: x big-endian (for F_p² c1 then c0) with three flag bits in the first byte —
/// 0x80 compressed (required), 0x40 infinity (then everything else zero), 0x20 "y is the larger root".
/// </summary>
public static class CompressedPoint
{
    /// <summary>The size of a compressed G1 point.</summary>
    public const int G1Length = 48;

    /// <summary>The size of a compressed G2 point.</summary>
    public const int G2Length = 96;

    private const byte CompressionFlag = 0x80;
    private const byte InfinityFlag = 0x40;
    private const byte SignFlag = 0x20;

    /// <summary>
    /// Decodes a compressed G1 point; null (with <paramref name="error"/>) when the flags, the field element or the
    /// curve equation are invalid. Does not check the subgroup.
    /// </summary>
    public static BlsPoint<Fp>? DecodeG1(ReadOnlySpan<byte> bytes, out string? error)
    {
        if (bytes.Length != G1Length)
        {
            error = "a compressed G1 point is 48 bytes";
            return null;
        }

        Span<byte> x = stackalloc byte[Fp.ByteLength];
        if (!ReadFlags(bytes, x, out bool infinity, out bool larger, out error))
        {
            return null;
        }

        if (infinity)
        {
            return BlsPoint<Fp>.Infinity;
        }

        if (!Fp.TryRead(x, out Fp fx))
        {
            error = "x is not a canonical field element";
            return null;
        }

        return FromX(fx, larger, IsLarger, out error);
    }

    /// <summary>Decodes a compressed G2 point (x.c1 then x.c0); null (with <paramref name="error"/>) when invalid.</summary>
    public static BlsPoint<Fp2>? DecodeG2(ReadOnlySpan<byte> bytes, out string? error)
    {
        if (bytes.Length != G2Length)
        {
            error = "a compressed G2 point is 96 bytes";
            return null;
        }

        Span<byte> c1 = stackalloc byte[Fp.ByteLength];
        if (!ReadFlags(bytes[..Fp.ByteLength], c1, out bool infinity, out bool larger, out error))
        {
            return null;
        }

        if (infinity)
        {
            return bytes[Fp.ByteLength..].ContainsAnyExcept((byte)0) ? Fail(out error, "non-zero bytes in the point at infinity") : BlsPoint<Fp2>.Infinity;
        }

        if (!Fp.TryRead(c1, out Fp x1) || !Fp.TryRead(bytes[Fp.ByteLength..], out Fp x0))
        {
            error = "x is not a canonical field element";
            return null;
        }

        return FromX(new Fp2(x0, x1), larger, IsLarger, out error);
    }

    /// <summary>Encodes a G1 point in the compressed form.</summary>
    public static byte[] EncodeG1(BlsPoint<Fp> point)
    {
        var result = new byte[G1Length];
        if (point.IsInfinity)
        {
            result[0] = CompressionFlag | InfinityFlag;
            return result;
        }

        var (x, y) = point.ToAffine();
        x.Write(result);
        result[0] |= (byte)(CompressionFlag | (IsLarger(y) ? SignFlag : 0));
        return result;
    }

    /// <summary>The point with abscissa x whose ordinate is the larger (or smaller) root; null when x³ + b is not a square.</summary>
    private static BlsPoint<T>? FromX<T>(T x, bool larger, Func<T, bool> isLarger, out string? error)
        where T : unmanaged, IBlsField<T>
    {
        error = null;
        if (!((x.Square() * x) + T.CurveB).TrySqrt(out T y))
        {
            error = "the point is not on the curve";
            return null;
        }

        return BlsPoint<T>.FromAffine(x, isLarger(y) == larger ? y : -y);
    }

    private static BlsPoint<Fp2>? Fail(out string? error, string message)
    {
        error = message;
        return null;
    }

    /// <summary>Splits the flags off the first 48 bytes; x receives the bytes with the flags cleared.</summary>
    private static bool ReadFlags(ReadOnlySpan<byte> first, Span<byte> x, out bool infinity, out bool larger, out string? error)
    {
        byte flags = first[0];
        infinity = (flags & InfinityFlag) != 0;
        larger = (flags & SignFlag) != 0;
        first.CopyTo(x);
        x[0] &= 0x1F;
        error = null;
        if ((flags & CompressionFlag) == 0)
        {
            error = "the compression flag is not set";
            return false;
        }

        if (infinity && (larger || x.ContainsAnyExcept((byte)0)))
        {
            error = "the point at infinity has a non-zero sign bit or coordinate";
            return false;
        }

        return true;
    }

    /// <summary>Whether y is the lexicographically larger of ±y: y > (p − 1)/2, for F_p² decided by c1 unless it is 0.</summary>
    private static bool IsLarger(Fp y) => y.ToBigInteger() > (Fp.Modulus - 1) / 2;

    private static bool IsLarger(Fp2 y) => y.C1.IsZero ? IsLarger(y.C0) : IsLarger(y.C1);
}
