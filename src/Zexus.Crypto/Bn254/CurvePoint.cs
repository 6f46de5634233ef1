namespace Zexus.Crypto.Bn254;

/// <summary>
/// A point of a short Weierstrass curve y² = x³ + b (a = 0) over <typeparamref name="TField"/>, in
/// Jacobian coordinates: (X, Y, Z) stands for (X / Z², Y / Z³) and Z = 0 is the point at infinity.
/// G1 is <c>CurvePoint&lt;Fp&gt;</c> (b = 3), G2 is <c>CurvePoint&lt;Fp2&gt;</c> on the twist (b = 3 / ξ);
/// see <see cref="G1"/> and <see cref="G2"/> for the curve-specific parts (b, decoding, subgroup).
/// </summary>
/// <remarks>
/// Formulas from the Explicit-Formulas Database for a = 0: dbl-2009-l, add-2007-bl and madd-2007-bl.
/// Neither formula uses b, so one implementation serves both curves. Not constant-time.
/// </remarks>
/// <typeparam name="TField">The coordinate field.</typeparam>
public readonly struct CurvePoint<TField>
    where TField : unmanaged, IField<TField>
{
    /// <summary>Creates the Jacobian point (X, Y, Z).</summary>
    public CurvePoint(in TField x, in TField y, in TField z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>The Jacobian X.</summary>
    public TField X { get; }

    /// <summary>The Jacobian Y.</summary>
    public TField Y { get; }

    /// <summary>The Jacobian Z (zero at infinity).</summary>
    public TField Z { get; }

    /// <summary>The point at infinity, the group identity.</summary>
    public static CurvePoint<TField> Infinity => new(TField.One, TField.One, TField.Zero);

    /// <summary>Whether this is the point at infinity.</summary>
    public bool IsInfinity => Z.IsZero;

    /// <summary>The affine point (x, y), which the caller has checked to be on the curve.</summary>
    public static CurvePoint<TField> FromAffine(in TField x, in TField y) => new(x, y, TField.One);

    /// <summary>The inverse −P = (X, −Y, Z).</summary>
    public CurvePoint<TField> Negate() => new(X, -Y, Z);

    /// <summary>2·P (dbl-2009-l).</summary>
    public CurvePoint<TField> Double()
    {
        // Both groups have odd order, so Y = 0 happens only at infinity.
        if (IsInfinity || Y.IsZero)
        {
            return Infinity;
        }

        TField a = X.Square();
        TField b = Y.Square();
        TField c = b.Square();
        TField d = ((X + b).Square() - a - c).Double();
        TField e = a.Double() + a;
        TField x3 = e.Square() - d.Double();
        TField eightC = c.Double().Double().Double();
        TField y3 = e * (d - x3) - eightC;
        TField z3 = (Y * Z).Double();
        return new CurvePoint<TField>(x3, y3, z3);
    }

    /// <summary>P + Q (add-2007-bl; falls back to doubling when P = Q).</summary>
    public CurvePoint<TField> Add(in CurvePoint<TField> other)
    {
        if (IsInfinity)
        {
            return other;
        }

        if (other.IsInfinity)
        {
            return this;
        }

        TField z1z1 = Z.Square();
        TField z2z2 = other.Z.Square();
        TField u1 = X * z2z2;
        TField u2 = other.X * z1z1;
        TField s1 = Y * other.Z * z2z2;
        TField s2 = other.Y * Z * z1z1;
        TField h = u2 - u1;
        TField r = (s2 - s1).Double();
        if (h.IsZero)
        {
            return r.IsZero ? Double() : Infinity;
        }

        TField i = h.Double().Square();
        TField j = h * i;
        TField v = u1 * i;
        TField x3 = r.Square() - j - v.Double();
        TField y3 = r * (v - x3) - (s1 * j).Double();
        TField z3 = ((Z + other.Z).Square() - z1z1 - z2z2) * h;
        return new CurvePoint<TField>(x3, y3, z3);
    }

    /// <summary>
    /// k·P for the big-endian unsigned scalar k of any length, with a fixed 4-bit window
    /// (one table of 16 multiples, then four doublings and at most one addition per nibble).
    /// </summary>
    public CurvePoint<TField> Multiply(ReadOnlySpan<byte> bigEndianScalar)
    {
        Span<CurvePoint<TField>> table = stackalloc CurvePoint<TField>[16];
        table[0] = Infinity;
        table[1] = this;
        for (int i = 2; i < 16; i++)
        {
            table[i] = (i & 1) == 0 ? table[i >> 1].Double() : table[i - 1].Add(this);
        }

        CurvePoint<TField> result = Infinity;
        bool started = false;
        foreach (byte b in bigEndianScalar)
        {
            for (int shift = 4; shift >= 0; shift -= 4)
            {
                if (started)
                {
                    result = result.Double().Double().Double().Double();
                }

                int nibble = (b >> shift) & 0xF;
                if (nibble != 0)
                {
                    result = started ? result.Add(table[nibble]) : table[nibble];
                    started = true;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The affine coordinates (X / Z², Y / Z³), one field inversion; (0, 0) for the point at infinity,
    /// which is also how EIP-196 encodes it.
    /// </summary>
    public void ToAffine(out TField x, out TField y)
    {
        if (IsInfinity)
        {
            x = TField.Zero;
            y = TField.Zero;
            return;
        }

        if (Z == TField.One)
        {
            x = X;
            y = Y;
            return;
        }

        TField zInverse = Z.Inverse();
        TField zInverse2 = zInverse.Square();
        x = X * zInverse2;
        y = Y * zInverse2 * zInverse;
    }

    /// <summary>This point with Z = 1 (or the canonical infinity).</summary>
    public CurvePoint<TField> Normalize()
    {
        if (IsInfinity)
        {
            return Infinity;
        }

        ToAffine(out TField x, out TField y);
        return FromAffine(x, y);
    }

    /// <summary>Whether this and <paramref name="other"/> are the same group element (compares X/Z² and Y/Z³ without inverting).</summary>
    public bool IsSamePoint(in CurvePoint<TField> other)
    {
        if (IsInfinity || other.IsInfinity)
        {
            return IsInfinity && other.IsInfinity;
        }

        TField z1z1 = Z.Square();
        TField z2z2 = other.Z.Square();
        return X * z2z2 == other.X * z1z1 && Y * z2z2 * other.Z == other.Y * z1z1 * Z;
    }

    /// <summary>Whether the affine point (x, y) satisfies y² = x³ + b.</summary>
    public static bool SatisfiesCurve(in TField x, in TField y, in TField b) => y.Square() == x.Square() * x + b;
}
