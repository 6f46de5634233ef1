namespace Zexus.Crypto.Bn254;

/// <summary>
/// An element c0 + c1·v + c2·v² of F_p⁶ = F_p²[v] / (v³ − ξ), ξ = 9 + u: the middle of the tower
/// F_p² ⊂ F_p⁶ ⊂ F_p¹².
/// </summary>
public readonly struct Fp6 : IField<Fp6>
{
    /// <summary>Creates c0 + c1·v + c2·v².</summary>
    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0;
        C1 = c1;
        C2 = c2;
    }

    /// <summary>The constant coefficient.</summary>
    public Fp2 C0 { get; }

    /// <summary>The coefficient of v.</summary>
    public Fp2 C1 { get; }

    /// <summary>The coefficient of v².</summary>
    public Fp2 C2 { get; }

    /// <summary>The additive identity.</summary>
    public static Fp6 Zero => default;

    /// <summary>The multiplicative identity.</summary>
    public static Fp6 One { get; } = new(Fp2.One, Fp2.Zero, Fp2.Zero);

    /// <summary>Whether this is zero.</summary>
    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    /// <summary>The sum a + b.</summary>
    public static Fp6 operator +(in Fp6 a, in Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);

    /// <summary>The difference a − b.</summary>
    public static Fp6 operator -(in Fp6 a, in Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);

    /// <summary>The negation −a.</summary>
    public static Fp6 operator -(in Fp6 a) => new(-a.C0, -a.C1, -a.C2);

    /// <summary>The product a · b (Karatsuba over three coefficients: six F_p² multiplications).</summary>
    public static Fp6 operator *(in Fp6 a, in Fp6 b)
    {
        Fp2 t0 = a.C0 * b.C0;
        Fp2 t1 = a.C1 * b.C1;
        Fp2 t2 = a.C2 * b.C2;
        Fp2 c0 = ((a.C1 + a.C2) * (b.C1 + b.C2) - t1 - t2).MulByXi() + t0;
        Fp2 c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - t0 - t1 + t2.MulByXi();
        Fp2 c2 = (a.C0 + a.C2) * (b.C0 + b.C2) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>The product of a and the F_p² scalar s.</summary>
    public static Fp6 operator *(in Fp6 a, in Fp2 s) => new(a.C0 * s, a.C1 * s, a.C2 * s);

    /// <summary>Whether a equals b.</summary>
    public static bool operator ==(in Fp6 a, in Fp6 b) => a.C0 == b.C0 && a.C1 == b.C1 && a.C2 == b.C2;

    /// <summary>Whether a differs from b.</summary>
    public static bool operator !=(in Fp6 a, in Fp6 b) => !(a == b);

    /// <summary>
    /// The product of this and the sparse element b0 + b1·v (five F_p² multiplications); the Miller
    /// loop's lines have this shape.
    /// </summary>
    public Fp6 MulBy01(in Fp2 b0, in Fp2 b1)
    {
        Fp2 t0 = C0 * b0;
        Fp2 t1 = C1 * b1;
        Fp2 c0 = (C2 * b1).MulByXi() + t0;
        Fp2 c1 = (C0 + C1) * (b0 + b1) - t0 - t1;
        Fp2 c2 = C2 * b0 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>This element squared (Chung–Hasan SQR2: two multiplications, three squarings).</summary>
    public Fp6 Square()
    {
        Fp2 s0 = C0.Square();
        Fp2 s1 = (C0 * C1).Double();
        Fp2 s2 = (C0 - C1 + C2).Square();
        Fp2 s3 = (C1 * C2).Double();
        Fp2 s4 = C2.Square();
        return new Fp6(s3.MulByXi() + s0, s4.MulByXi() + s1, s1 + s2 + s3 - s0 - s4);
    }

    /// <summary>This element doubled.</summary>
    public Fp6 Double() => new(C0.Double(), C1.Double(), C2.Double());

    /// <summary>This element times v: (c0, c1, c2) ↦ (ξ·c2, c0, c1), since v³ = ξ.</summary>
    public Fp6 MulByV() => new(C2.MulByXi(), C0, C1);

    /// <summary>The inverse; zero maps to zero.</summary>
    public Fp6 Inverse()
    {
        Fp2 a = C0.Square() - (C1 * C2).MulByXi();
        Fp2 b = C2.Square().MulByXi() - C0 * C1;
        Fp2 c = C1.Square() - C0 * C2;
        Fp2 norm = C0 * a + (C2 * b + C1 * c).MulByXi();
        Fp2 normInverse = norm.Inverse();
        return new Fp6(a * normInverse, b * normInverse, c * normInverse);
    }

    /// <inheritdoc/>
    public bool Equals(Fp6 other) => this == other;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp6 other && this == other;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);

    /// <summary>The three coefficients.</summary>
    public override string ToString() => "(" + C0 + ", " + C1 + ", " + C2 + ")";
}
