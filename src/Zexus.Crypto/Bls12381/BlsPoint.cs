using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>
/// A point of y² = x³ + b over <typeparamref name="T"/> in Jacobian coordinates (x = X/Z², y = Y/Z³); Z = 0 is
/// the point at infinity. <c>BlsPoint&lt;Fp&gt;</c> is G1's curve E, <c>BlsPoint&lt;Fp2&gt;</c> G2's twist E′.
/// </summary>
/// <typeparam name="T">The coordinate field.</typeparam>
public readonly struct BlsPoint<T> : IEquatable<BlsPoint<T>>
    where T : unmanaged, IBlsField<T>
{
    /// <summary>Creates the point (X : Y : Z).</summary>
    public BlsPoint(T x, T y, T z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>The Jacobian X.</summary>
    public T X { get; }

    /// <summary>The Jacobian Y.</summary>
    public T Y { get; }

    /// <summary>The Jacobian Z (0 at infinity).</summary>
    public T Z { get; }

    /// <summary>The point at infinity (the group's identity).</summary>
    public static BlsPoint<T> Infinity { get; } = new(T.One, T.One, T.Zero);

    /// <summary>Whether this is the point at infinity.</summary>
    public bool IsInfinity => Z.IsZero;

    /// <summary>The point (x, y); the caller vouches that it is on the curve (see <see cref="IsOnCurve"/>).</summary>
    public static BlsPoint<T> FromAffine(T x, T y) => new(x, y, T.One);

    /// <summary>Whether the affine (x, y) satisfies y² = x³ + b.</summary>
    public static bool IsOnCurve(T x, T y) => y.Square() == (x.Square() * x) + T.CurveB;

    /// <summary>The affine coordinates; (0, 0) for the point at infinity.</summary>
    public (T X, T Y) ToAffine()
    {
        if (IsInfinity)
        {
            return (T.Zero, T.Zero);
        }

        if (Z == T.One)
        {
            return (X, Y);
        }

        T zInv = Z.Inverse();
        T zInv2 = zInv.Square();
        return (X * zInv2, Y * zInv2 * zInv);
    }

    /// <summary>Whether the point lies in the order-r subgroup (G1 or G2).</summary>
    public bool IsInSubgroup => T.IsInSubgroup(this);

    /// <summary>−P.</summary>
    public BlsPoint<T> Negate() => new(X, -Y, Z);

    /// <summary>2·P ("dbl-2009-l" for a = 0).</summary>
    public BlsPoint<T> Double()
    {
        if (IsInfinity)
        {
            return this;
        }

        T a = X.Square();
        T b = Y.Square();
        T c = b.Square();
        T d = ((X + b).Square() - a - c).Double();
        T e = a.Double() + a;
        T x3 = e.Square() - d.Double();
        T y3 = (e * (d - x3)) - c.Double().Double().Double();
        return new BlsPoint<T>(x3, y3, (Y * Z).Double());
    }

    /// <summary>P + Q, with the doubling and inverse cases handled.</summary>
    public static BlsPoint<T> operator +(BlsPoint<T> p, BlsPoint<T> q)
    {
        if (p.IsInfinity)
        {
            return q;
        }

        if (q.IsInfinity)
        {
            return p;
        }

        if (p.Z == T.One)
        {
            (p, q) = (q, p);
        }

        // PERF (Bls12381Benchmarks): mixed addition when Q is affine (Z = 1), as decoded inputs and MSM points are.
        T z1z1 = p.Z.Square();
        T u2 = q.X * z1z1;
        T s2 = q.Y * p.Z * z1z1;
        T u1, s1, z1z2;
        if (q.Z == T.One)
        {
            u1 = p.X;
            s1 = p.Y;
            z1z2 = p.Z;
        }
        else
        {
            T z2z2 = q.Z.Square();
            u1 = p.X * z2z2;
            s1 = p.Y * q.Z * z2z2;
            z1z2 = p.Z * q.Z;
        }

        T h = u2 - u1;
        T r = s2 - s1;
        if (h.IsZero)
        {
            return r.IsZero ? p.Double() : Infinity;
        }

        T hh = h.Square();
        T hhh = hh * h;
        T v = u1 * hh;
        T x3 = r.Square() - hhh - v.Double();
        T y3 = (r * (v - x3)) - (s1 * hhh);
        return new BlsPoint<T>(x3, y3, z1z2 * h);
    }

    /// <summary>P − Q.</summary>
    public static BlsPoint<T> operator -(BlsPoint<T> p, BlsPoint<T> q) => p + q.Negate();

    /// <summary>P == Q as group elements (compares across representations).</summary>
    public static bool operator ==(BlsPoint<T> p, BlsPoint<T> q) => p.Equals(q);

    /// <summary>P != Q.</summary>
    public static bool operator !=(BlsPoint<T> p, BlsPoint<T> q) => !p.Equals(q);

    /// <summary>k·P for a big-endian unsigned scalar of any length (4-bit fixed window).</summary>
    public BlsPoint<T> Multiply(ReadOnlySpan<byte> bigEndianScalar)
    {
        Span<BlsPoint<T>> table = stackalloc BlsPoint<T>[16];
        table[0] = Infinity;
        for (int i = 1; i < 16; i++)
        {
            table[i] = table[i - 1] + this;
        }

        BlsPoint<T> acc = Infinity;
        foreach (byte b in bigEndianScalar)
        {
            for (int shift = 4; shift >= 0; shift -= 4)
            {
                acc = acc.Double().Double().Double().Double();
                int nibble = (b >> shift) & 0xF;
                if (nibble != 0)
                {
                    acc += table[nibble];
                }
            }
        }

        return acc;
    }

    /// <summary>k·P for a non-negative scalar.</summary>
    public BlsPoint<T> Multiply(BigInteger scalar) => Multiply(scalar.ToByteArray(isUnsigned: true, isBigEndian: true));

    /// <summary>(|x|)·P for the curve parameter's absolute value (64 bits).</summary>
    // PERF (Bls12381Benchmarks.G1Msm*): |x| has only six set bits, so plain double-and-add (63 doublings, 5 additions)
    // beats the windowed multiplication, whose table alone costs 14 additions; subgroup checks and cofactor clearing
    // are made of these.
    public BlsPoint<T> MultiplyByAbsX()
    {
        BlsPoint<T> acc = this;
        for (int bit = 62; bit >= 0; bit--)
        {
            acc = acc.Double();
            if (((Bls12381Parameters.AbsX >> bit) & 1) != 0)
            {
                acc += this;
            }
        }

        return acc;
    }

    /// <inheritdoc/>
    public bool Equals(BlsPoint<T> other)
    {
        if (IsInfinity || other.IsInfinity)
        {
            return IsInfinity && other.IsInfinity;
        }

        T z1z1 = Z.Square();
        T z2z2 = other.Z.Square();
        return X * z2z2 == other.X * z1z1 && Y * z2z2 * other.Z == other.Y * z1z1 * Z;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BlsPoint<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ToAffine().GetHashCode();
}
