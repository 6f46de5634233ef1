using System.Numerics;
using static Zexus.Crypto.Secp256k1Curve;

namespace Zexus.Crypto;

/// <summary>
/// A secp256k1 point in Jacobian coordinates: (X, Y, Z) stands for the affine point
/// (X / Z², Y / Z³), and Z = 0 is the point at infinity. Doubling and addition need no field
/// inversion; <see cref="TryToAffine"/> pays one at the end.
/// </summary>
/// <remarks>
/// Formulas from the Explicit-Formulas Database for a = 0: dbl-2009-l and add-2007-bl (with the
/// Z2 = 1 "mixed" shortcut for precomputed affine points).
/// </remarks>
internal readonly struct JacobianPoint
{
    public JacobianPoint(BigInteger x, BigInteger y, BigInteger z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    public BigInteger X { get; }

    public BigInteger Y { get; }

    public BigInteger Z { get; }

    /// <summary>The point at infinity, the group identity.</summary>
    public static JacobianPoint Infinity => new(BigInteger.One, BigInteger.One, BigInteger.Zero);

    /// <summary>The base point G.</summary>
    public static JacobianPoint Generator => FromAffine(Gx, Gy);

    public bool IsInfinity => Z.IsZero;

    /// <summary>The affine point (x, y), which must be on the curve.</summary>
    public static JacobianPoint FromAffine(BigInteger x, BigInteger y) => new(x, y, BigInteger.One);

    /// <summary>2 · this (dbl-2009-l).</summary>
    public JacobianPoint Double()
    {
        // secp256k1 has no point of order 2, so Y = 0 only for the identity.
        if (IsInfinity || Y.IsZero)
        {
            return Infinity;
        }

        BigInteger a = SquareMod(X);
        BigInteger b = SquareMod(Y);
        BigInteger c = SquareMod(b);
        BigInteger xPlusB = AddMod(X, b);
        BigInteger d = SubMod(SubMod(SquareMod(xPlusB), a), c);
        d = AddMod(d, d);
        BigInteger e = AddMod(AddMod(a, a), a);
        BigInteger f = SquareMod(e);
        BigInteger x3 = SubMod(f, AddMod(d, d));
        BigInteger eightC = AddMod(c, c);
        eightC = AddMod(eightC, eightC);
        eightC = AddMod(eightC, eightC);
        BigInteger y3 = SubMod(MulMod(e, SubMod(d, x3)), eightC);
        BigInteger yz = MulMod(Y, Z);
        BigInteger z3 = AddMod(yz, yz);
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>this + <paramref name="other"/> (add-2007-bl; falls back to doubling).</summary>
    public JacobianPoint Add(JacobianPoint other)
    {
        if (IsInfinity)
        {
            return other;
        }

        if (other.IsInfinity)
        {
            return this;
        }

        BigInteger z1z1 = SquareMod(Z);
        BigInteger u2 = MulMod(other.X, z1z1);
        BigInteger s2 = MulMod(other.Y, MulMod(Z, z1z1));
        BigInteger u1, s1, z1z2;
        if (other.Z.IsOne)
        {
            u1 = X;
            s1 = Y;
            z1z2 = Z;
        }
        else
        {
            BigInteger z2z2 = SquareMod(other.Z);
            u1 = MulMod(X, z2z2);
            s1 = MulMod(Y, MulMod(other.Z, z2z2));
            z1z2 = MulMod(Z, other.Z);
        }

        BigInteger h = SubMod(u2, u1);
        BigInteger r = SubMod(s2, s1);
        if (h.IsZero)
        {
            return r.IsZero ? Double() : Infinity;
        }

        BigInteger hh = SquareMod(h);
        BigInteger hhh = MulMod(h, hh);
        BigInteger v = MulMod(u1, hh);
        BigInteger x3 = SubMod(SubMod(SquareMod(r), hhh), AddMod(v, v));
        BigInteger y3 = SubMod(MulMod(r, SubMod(v, x3)), MulMod(s1, hhh));
        BigInteger z3 = MulMod(z1z2, h);
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>The affine coordinates, or false for the point at infinity.</summary>
    public bool TryToAffine(out BigInteger x, out BigInteger y)
    {
        if (IsInfinity)
        {
            x = y = BigInteger.Zero;
            return false;
        }

        BigInteger zInverse = Invert(Z);
        BigInteger zInverse2 = SquareMod(zInverse);
        x = MulMod(X, zInverse2);
        y = MulMod(Y, MulMod(zInverse2, zInverse));
        return true;
    }
}
