using System.Numerics;
using F = Zexus.Crypto.Ed25519Field;

namespace Zexus.Crypto;

/// <summary>
/// A point of edwards25519 (−x² + y² = 1 + d·x²·y²) in extended homogeneous coordinates
/// (X : Y : Z : T) with x = X/Z, y = Y/Z, x·y = T/Z (RFC 8032, section 5.1.4).
/// </summary>
/// <remarks>
/// The formulas are the complete ones of RFC 8032 5.1.4 (Hisil–Wong–Carter–Dawson), so adding a
/// point to itself or to the identity needs no special case. Nothing here is constant-time:
/// verification handles only public data, and <see cref="Ed25519.Sign"/> is documented as a tool
/// for tests, not for guarding real secrets.
/// </remarks>
internal readonly struct Ed25519Point
{
    public readonly BigInteger X;
    public readonly BigInteger Y;
    public readonly BigInteger Z;
    public readonly BigInteger T;

    private Ed25519Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t)
    {
        X = x;
        Y = y;
        Z = z;
        T = t;
    }

    /// <summary>The neutral element (0, 1).</summary>
    public static readonly Ed25519Point Identity = new(BigInteger.Zero, BigInteger.One, BigInteger.One, BigInteger.Zero);

    /// <summary>The base point B: y = 4/5, x even (RFC 8032, 5.1).</summary>
    public static readonly Ed25519Point Base = CreateBase();

    private static Ed25519Point CreateBase()
    {
        var y = F.Mul(4, F.Invert(5));
        Span<byte> encoded = stackalloc byte[32];
        F.WriteLittleEndian(y, encoded);
        return TryDecode(encoded, out var point) ? point : throw new InvalidOperationException("Base point does not decode.");
    }

    public static Ed25519Point FromAffine(BigInteger x, BigInteger y) => new(x, y, BigInteger.One, F.Mul(x, y));

    /// <summary>The unified addition of RFC 8032 5.1.4.</summary>
    public Ed25519Point Add(in Ed25519Point q)
    {
        var a = F.Mul(F.Sub(Y, X), F.Sub(q.Y, q.X));
        var b = F.Mul(F.Add(Y, X), F.Add(q.Y, q.X));
        var c = F.Mul(F.Mul(T, F.D2), q.T);
        var d = F.Mul(F.Add(Z, Z), q.Z);
        var e = F.Sub(b, a);
        var f = F.Sub(d, c);
        var g = F.Add(d, c);
        var h = F.Add(b, a);
        return new Ed25519Point(F.Mul(e, f), F.Mul(g, h), F.Mul(f, g), F.Mul(e, h));
    }

    /// <summary>The dedicated doubling of RFC 8032 5.1.4 (four squarings instead of nine products).</summary>
    public Ed25519Point Double()
    {
        var a = F.Mul(X, X);
        var b = F.Mul(Y, Y);
        var c = F.Mul(2, F.Mul(Z, Z));
        var h = F.Add(a, b);
        var xy = F.Add(X, Y);
        var e = F.Sub(h, F.Mul(xy, xy));
        var g = F.Sub(a, b);
        var f = F.Add(c, g);
        return new Ed25519Point(F.Mul(e, f), F.Mul(g, h), F.Mul(f, g), F.Mul(e, h));
    }

    /// <summary>−P = (−x, y).</summary>
    public Ed25519Point Negate() => new(F.Negate(X), Y, Z, F.Negate(T));

    /// <summary>[k]P by left-to-right double-and-add; k ≥ 0.</summary>
    public Ed25519Point Multiply(BigInteger k)
    {
        var result = Identity;
        for (var bit = (int)k.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = result.Double();
            if (!(k >> bit).IsEven)
            {
                result = result.Add(this);
            }
        }

        return result;
    }

    /// <summary>
    /// [a]P + [b]Q with one shared chain of doublings (Straus–Shamir), which halves the doublings
    /// of a verification compared with two separate multiplications.
    /// </summary>
    public static Ed25519Point MultiplyAndAdd(BigInteger a, in Ed25519Point p, BigInteger b, in Ed25519Point q)
    {
        var both = p.Add(q);
        var result = Identity;
        var bits = (int)BigInteger.Max(a.GetBitLength(), b.GetBitLength());
        for (var bit = bits - 1; bit >= 0; bit--)
        {
            result = result.Double();
            var useP = !(a >> bit).IsEven;
            var useQ = !(b >> bit).IsEven;
            if (useP && useQ)
            {
                result = result.Add(both);
            }
            else if (useP)
            {
                result = result.Add(p);
            }
            else if (useQ)
            {
                result = result.Add(q);
            }
        }

        return result;
    }

    /// <summary>Projective equality: X1·Z2 = X2·Z1 and Y1·Z2 = Y2·Z1 (RFC 8032, 5.1.4 reference code).</summary>
    public bool IsSamePoint(in Ed25519Point other) =>
        F.Mul(X, other.Z) == F.Mul(other.X, Z) && F.Mul(Y, other.Z) == F.Mul(other.Y, Z);

    /// <summary>
    /// RFC 8032 5.1.2: y as 32 little-endian bytes, with the low bit of x in the top bit of the
    /// last byte.
    /// </summary>
    public void Encode(Span<byte> destination32)
    {
        var zInverse = F.Invert(Z);
        var x = F.Mul(X, zInverse);
        var y = F.Mul(Y, zInverse);
        F.WriteLittleEndian(y, destination32);
        if (!x.IsEven)
        {
            destination32[31] |= 0x80;
        }
    }

    /// <summary>
    /// RFC 8032 5.1.3, strictly: y must be below p (non-canonical encodings are rejected), u / v
    /// must be a square, and the sign bit may not be 1 when x = 0.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, out Ed25519Point point)
    {
        point = Identity;
        if (encoded.Length != 32)
        {
            return false;
        }

        Span<byte> yBytes = stackalloc byte[32];
        encoded.CopyTo(yBytes);
        var xSign = (yBytes[31] & 0x80) != 0;
        yBytes[31] &= 0x7F;
        var y = F.FromLittleEndian(yBytes);
        if (y >= F.P)
        {
            return false;
        }

        var yy = F.Mul(y, y);
        var u = F.Sub(yy, BigInteger.One);
        var v = F.Add(F.Mul(F.D, yy), BigInteger.One);
        if (!F.TrySqrtRatio(u, v, out var x))
        {
            return false;
        }

        if (x.IsZero && xSign)
        {
            return false;
        }

        if (x.IsEven == xSign)
        {
            x = F.Negate(x);
        }

        point = FromAffine(x, y);
        return true;
    }
}
