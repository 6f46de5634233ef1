namespace Zexus.Crypto.Bn254;

/// <summary>
/// An element c0 + c1·w of F_p¹² = F_p⁶[w] / (w² − v), the target group's field. As a polynomial in w
/// (w⁶ = ξ) the six F_p² coefficients sit at w⁰, w², w⁴ (in c0) and w¹, w³, w⁵ (in c1).
/// </summary>
public readonly struct Fp12 : IField<Fp12>
{
    /// <summary>Creates c0 + c1·w.</summary>
    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>The coefficient of w⁰ (an F_p⁶ element).</summary>
    public Fp6 C0 { get; }

    /// <summary>The coefficient of w (an F_p⁶ element).</summary>
    public Fp6 C1 { get; }

    /// <summary>The additive identity.</summary>
    public static Fp12 Zero => default;

    /// <summary>The multiplicative identity.</summary>
    public static Fp12 One { get; } = new(Fp6.One, Fp6.Zero);

    /// <summary>Whether this is zero.</summary>
    public bool IsZero => C0.IsZero && C1.IsZero;

    /// <summary>Whether this is one.</summary>
    public bool IsOne => this == One;

    /// <summary>The sum a + b.</summary>
    public static Fp12 operator +(in Fp12 a, in Fp12 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    /// <summary>The difference a − b.</summary>
    public static Fp12 operator -(in Fp12 a, in Fp12 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    /// <summary>The negation −a.</summary>
    public static Fp12 operator -(in Fp12 a) => new(-a.C0, -a.C1);

    /// <summary>The product a · b (Karatsuba: three F_p⁶ multiplications).</summary>
    public static Fp12 operator *(in Fp12 a, in Fp12 b)
    {
        Fp6 t0 = a.C0 * b.C0;
        Fp6 t1 = a.C1 * b.C1;
        Fp6 c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - t0 - t1;
        return new Fp12(t0 + t1.MulByV(), c1);
    }

    /// <summary>Whether a equals b.</summary>
    public static bool operator ==(in Fp12 a, in Fp12 b) => a.C0 == b.C0 && a.C1 == b.C1;

    /// <summary>Whether a differs from b.</summary>
    public static bool operator !=(in Fp12 a, in Fp12 b) => !(a == b);

    /// <summary>This element squared ("complex" squaring: two F_p⁶ multiplications).</summary>
    public Fp12 Square()
    {
        Fp6 product = C0 * C1;
        Fp6 c0 = (C0 + C1) * (C0 + C1.MulByV()) - product - product.MulByV();
        return new Fp12(c0, product.Double());
    }

    /// <summary>This element doubled.</summary>
    public Fp12 Double() => new(C0.Double(), C1.Double());

    /// <summary>
    /// The conjugate c0 − c1·w, which is a ↦ a^(p⁶); on the cyclotomic subgroup (after the easy
    /// part of the final exponentiation) it is the inverse.
    /// </summary>
    public Fp12 Conjugate() => new(C0, -C1);

    /// <summary>The inverse (c0 − c1·w) / (c0² − v·c1²); zero maps to zero.</summary>
    public Fp12 Inverse()
    {
        Fp6 normInverse = (C0.Square() - C1.Square().MulByV()).Inverse();
        return new Fp12(C0 * normInverse, -(C1 * normInverse));
    }

    /// <summary>
    /// This element times the sparse line value l0 + (l1 + l2·v)·w (13 F_p² multiplications instead of 18),
    /// the shape every Miller-loop line has (see <see cref="Pairing"/>).
    /// </summary>
    public Fp12 MulByLine(in Fp2 l0, in Fp2 l1, in Fp2 l2)
    {
        Fp6 t0 = C0 * l0;
        Fp6 t1 = C1.MulBy01(l1, l2);
        Fp6 c1 = (C0 + C1).MulBy01(l0 + l1, l2) - t0 - t1;
        return new Fp12(t0 + t1.MulByV(), c1);
    }

    /// <summary>
    /// The Frobenius map a ↦ a^(p^<paramref name="power"/>) for power 1, 2 or 3: each coefficient x at wⁱ
    /// becomes x^(p^power) · ξ^(i·(p^power − 1)/6).
    /// </summary>
    public Fp12 Frobenius(int power)
    {
        ReadOnlySpan<Fp2> gamma = FrobeniusConstants.ForPower(power);
        bool odd = (power & 1) != 0;
        return new Fp12(
            new Fp6(odd ? C0.C0.Conjugate() : C0.C0, Map(C0.C1, odd, gamma[2]), Map(C0.C2, odd, gamma[4])),
            new Fp6(Map(C1.C0, odd, gamma[1]), Map(C1.C1, odd, gamma[3]), Map(C1.C2, odd, gamma[5])));
    }

    private static Fp2 Map(in Fp2 x, bool conjugate, in Fp2 gamma) => (conjugate ? x.Conjugate() : x) * gamma;

    /// <inheritdoc/>
    public bool Equals(Fp12 other) => this == other;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp12 other && this == other;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C0, C1);

    /// <summary>The two F_p⁶ coefficients.</summary>
    public override string ToString() => "[" + C0 + ", " + C1 + "]";
}
