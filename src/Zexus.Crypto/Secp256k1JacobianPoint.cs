using F = Zexus.Crypto.Secp256k1FieldElement;

namespace Zexus.Crypto;

/// <summary>
/// A secp256k1 point in Jacobian coordinates: (X, Y, Z) stands for (X / Z², Y / Z³), and Z = 0 is
/// the point at infinity. Doubling and addition need no field inversion.
/// </summary>
/// <remarks>
/// Formulas from the Explicit-Formulas Database for a = 0: dbl-2009-l for doubling, add-2007-bl
/// for addition, with the Z₂ = 1 shortcut for affine (precomputed) addends.
/// </remarks>
internal readonly struct Secp256k1JacobianPoint
{
    public Secp256k1JacobianPoint(in F x, in F y, in F z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    public F X { get; }

    public F Y { get; }

    public F Z { get; }

    /// <summary>The point at infinity.</summary>
    public static Secp256k1JacobianPoint Infinity => new(F.One, F.One, F.Zero);

    public bool IsInfinity => Z.IsZero;

    public static Secp256k1JacobianPoint FromAffine(in Secp256k1AffinePoint point) => new(point.X, point.Y, F.One);

    public Secp256k1JacobianPoint Negate() => new(X, F.Negate(Y), Z);

    /// <summary>2 · this (dbl-2009-l: 2M + 5S).</summary>
    public Secp256k1JacobianPoint Double()
    {
        // secp256k1 has no point of order 2, so Y = 0 only for the identity.
        if (IsInfinity || Y.IsZero)
        {
            return Infinity;
        }

        F a = F.Square(X);
        F b = F.Square(Y);
        F c = F.Square(b);
        F d = F.Double(F.Subtract(F.Subtract(F.Square(F.Add(X, b)), a), c));
        F e = F.MultiplySmall(a, 3);
        F x3 = F.Subtract(F.Square(e), F.Double(d));
        F y3 = F.Subtract(F.Multiply(e, F.Subtract(d, x3)), F.MultiplySmall(c, 8));
        F z3 = F.Double(F.Multiply(Y, Z));
        return new Secp256k1JacobianPoint(x3, y3, z3);
    }

    /// <summary>this + <paramref name="other"/> (add-2007-bl: 11M + 5S; doubles when the points are equal).</summary>
    public Secp256k1JacobianPoint Add(in Secp256k1JacobianPoint other)
    {
        if (IsInfinity)
        {
            return other;
        }

        if (other.IsInfinity)
        {
            return this;
        }

        F z1z1 = F.Square(Z);
        F z2z2 = F.Square(other.Z);
        F u1 = F.Multiply(X, z2z2);
        F u2 = F.Multiply(other.X, z1z1);
        F s1 = F.Multiply(Y, F.Multiply(other.Z, z2z2));
        F s2 = F.Multiply(other.Y, F.Multiply(Z, z1z1));
        return Combine(u1, u2, s1, s2, F.Multiply(Z, other.Z), other);
    }

    /// <summary>this + an affine point (Z₂ = 1: 8M + 3S).</summary>
    public Secp256k1JacobianPoint Add(in Secp256k1AffinePoint other)
    {
        if (IsInfinity)
        {
            return FromAffine(other);
        }

        F z1z1 = F.Square(Z);
        F u2 = F.Multiply(other.X, z1z1);
        F s2 = F.Multiply(other.Y, F.Multiply(Z, z1z1));
        return Combine(X, u2, Y, s2, Z, FromAffine(other));
    }

    /// <summary>The affine point, or false for the point at infinity.</summary>
    public bool TryToAffine(out Secp256k1AffinePoint point)
    {
        if (IsInfinity)
        {
            point = default;
            return false;
        }

        F zInverse = F.Invert(Z);
        F zInverse2 = F.Square(zInverse);
        point = new Secp256k1AffinePoint(F.Multiply(X, zInverse2), F.Multiply(Y, F.Multiply(zInverse2, zInverse)));
        return true;
    }

    /// <summary>Whether the affine x of this point equals <paramref name="x"/>: X = x · Z², with no inversion.</summary>
    public bool HasAffineX(in F x) => !IsInfinity && F.Multiply(x, F.Square(Z)).Equals(X);

    /// <summary>The common tail of both additions, from U₁ = X₁Z₂², U₂ = X₂Z₁², S₁ = Y₁Z₂³, S₂ = Y₂Z₁³.</summary>
    private Secp256k1JacobianPoint Combine(in F u1, in F u2, in F s1, in F s2, in F z1z2, in Secp256k1JacobianPoint other)
    {
        F h = F.Subtract(u2, u1);
        F r = F.Subtract(s2, s1);
        if (h.IsZero)
        {
            return r.IsZero ? other.Double() : Infinity;
        }

        F hh = F.Square(h);
        F hhh = F.Multiply(h, hh);
        F v = F.Multiply(u1, hh);
        F x3 = F.Subtract(F.Subtract(F.Square(r), hhh), F.Double(v));
        F y3 = F.Subtract(F.Multiply(r, F.Subtract(v, x3)), F.Multiply(s1, hhh));
        return new Secp256k1JacobianPoint(x3, y3, F.Multiply(z1z2, h));
    }
}
