namespace Zexus.Crypto.Bn254;

/// <summary>
/// An element c0 + c1·u of F_p² = F_p[u] / (u² + 1), the field of the G2 coordinates (EIP-197).
/// </summary>
public readonly struct Fp2 : IField<Fp2>
{
    /// <summary>Creates c0 + c1·u.</summary>
    public Fp2(in Fp c0, in Fp c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>The real part.</summary>
    public Fp C0 { get; }

    /// <summary>The coefficient of u (EIP-197 encodes it first).</summary>
    public Fp C1 { get; }

    /// <summary>The additive identity.</summary>
    public static Fp2 Zero => default;

    /// <summary>The multiplicative identity.</summary>
    public static Fp2 One { get; } = new(Fp.One, Fp.Zero);

    /// <summary>ξ = 9 + u, the non-residue that defines F_p⁶ = F_p²[v] / (v³ − ξ) and the twist.</summary>
    public static Fp2 Xi { get; } = new(Fp.FromUInt64(9), Fp.One);

    /// <summary>Whether this is zero.</summary>
    public bool IsZero => C0.IsZero && C1.IsZero;

    /// <summary>The sum a + b.</summary>
    public static Fp2 operator +(in Fp2 a, in Fp2 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    /// <summary>The difference a − b.</summary>
    public static Fp2 operator -(in Fp2 a, in Fp2 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    /// <summary>The negation −a.</summary>
    public static Fp2 operator -(in Fp2 a) => new(-a.C0, -a.C1);

    /// <summary>The product a · b, by Karatsuba (three base-field multiplications).</summary>
    public static Fp2 operator *(in Fp2 a, in Fp2 b)
    {
        Fp v0 = a.C0 * b.C0;
        Fp v1 = a.C1 * b.C1;
        Fp cross = (a.C0 + a.C1) * (b.C0 + b.C1);
        return new Fp2(v0 - v1, cross - v0 - v1);
    }

    /// <summary>The product of a and the base-field element s.</summary>
    public static Fp2 operator *(in Fp2 a, in Fp s) => new(a.C0 * s, a.C1 * s);

    /// <summary>Whether a equals b.</summary>
    public static bool operator ==(in Fp2 a, in Fp2 b) => a.C0 == b.C0 && a.C1 == b.C1;

    /// <summary>Whether a differs from b.</summary>
    public static bool operator !=(in Fp2 a, in Fp2 b) => !(a == b);

    /// <summary>This element squared: (c0 + c1)(c0 − c1) + 2·c0·c1·u.</summary>
    public Fp2 Square()
    {
        Fp product = C0 * C1;
        return new Fp2((C0 + C1) * (C0 - C1), product.Double());
    }

    /// <summary>This element doubled.</summary>
    public Fp2 Double() => new(C0.Double(), C1.Double());

    /// <summary>This element halved.</summary>
    public Fp2 Half() => new(C0.Half(), C1.Half());

    /// <summary>The conjugate c0 − c1·u, which is also the Frobenius map a ↦ a^p.</summary>
    public Fp2 Conjugate() => new(C0, -C1);

    /// <summary>This element times ξ = 9 + u: (9·c0 − c1) + (c0 + 9·c1)·u.</summary>
    public Fp2 MulByXi()
    {
        Fp nine0 = C0.Double().Double().Double() + C0;
        Fp nine1 = C1.Double().Double().Double() + C1;
        return new Fp2(nine0 - C1, C0 + nine1);
    }

    /// <summary>The inverse conj(a) / (c0² + c1²); zero maps to zero.</summary>
    public Fp2 Inverse()
    {
        Fp normInverse = (C0.Square() + C1.Square()).Inverse();
        return new Fp2(C0 * normInverse, -(C1 * normInverse));
    }

    /// <summary>
    /// A square root, if this is a square (Adj and Rodríguez-Henríquez, "Square root computation over
    /// even extension fields", algorithm 9, for p ≡ 3 mod 4).
    /// </summary>
    public bool TrySqrt(out Fp2 root)
    {
        // a1 = a^((p−3)/4); α = a1²·a = a^((p−1)/2); a0 = α^p·α is the norm's quadratic character.
        ReadOnlySpan<ulong> quarter = Fp.SqrtExponent;
        Fp2 a1 = FieldMath.Pow(this, quarter) * Inverse();
        Fp2 alpha = a1.Square() * this;
        Fp2 a0 = alpha.Conjugate() * alpha;
        Fp2 minusOne = -One;
        Fp2 x0 = a1 * this;
        Fp2 candidate;
        if (alpha == minusOne)
        {
            candidate = new Fp2(-x0.C1, x0.C0);
        }
        else
        {
            Fp2 b = FieldMath.Pow(One + alpha, HalfPMinusOne);
            candidate = b * x0;
        }

        if (a0 != minusOne && candidate.Square() == this)
        {
            root = candidate;
            return true;
        }

        root = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Fp2 other) => this == other;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp2 other && this == other;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C0, C1);

    /// <summary>"c0 + c1·u" in hex.</summary>
    public override string ToString() => C0 + " + " + C1 + "·u";

    /// <summary>(p − 1) / 2, little-endian limbs.</summary>
    private static ReadOnlySpan<ulong> HalfPMinusOne =>
        [(Fp.P0 - 1) >> 1 | Fp.P1 << 63, Fp.P1 >> 1 | Fp.P2 << 63, Fp.P2 >> 1 | Fp.P3 << 63, Fp.P3 >> 1];
}
