namespace Zexus.Crypto.Bls12381;

/// <summary>
/// An element c0 + c1·v + c2·v² of F_p⁶ = F_p²[v] / (v³ − ξ), ξ = 1 + u: the middle of the pairing's tower.
/// </summary>
public readonly struct Fp6 : IEquatable<Fp6>
{
    /// <summary>Creates c0 + c1·v + c2·v².</summary>
    public Fp6(Fp2 c0, Fp2 c1, Fp2 c2)
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

    /// <summary>0.</summary>
    public static Fp6 Zero => default;

    /// <summary>1.</summary>
    public static Fp6 One { get; } = new(Fp2.One, Fp2.Zero, Fp2.Zero);

    /// <summary>Whether the element is 0.</summary>
    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    /// <summary>a + b.</summary>
    public static Fp6 operator +(Fp6 a, Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);

    /// <summary>a − b.</summary>
    public static Fp6 operator -(Fp6 a, Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);

    /// <summary>−a.</summary>
    public static Fp6 operator -(Fp6 a) => new(-a.C0, -a.C1, -a.C2);

    /// <summary>a · b (Karatsuba over the three coefficients: six F_p² multiplications).</summary>
    public static Fp6 operator *(Fp6 a, Fp6 b)
    {
        Fp2 t0 = a.C0 * b.C0;
        Fp2 t1 = a.C1 * b.C1;
        Fp2 t2 = a.C2 * b.C2;
        Fp2 c0 = ((((a.C1 + a.C2) * (b.C1 + b.C2)) - t1 - t2).MulByNonResidue()) + t0;
        Fp2 c1 = ((a.C0 + a.C1) * (b.C0 + b.C1)) - t0 - t1 + t2.MulByNonResidue();
        Fp2 c2 = ((a.C0 + a.C2) * (b.C0 + b.C2)) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a == b.</summary>
    public static bool operator ==(Fp6 a, Fp6 b) => a.Equals(b);

    /// <summary>a != b.</summary>
    public static bool operator !=(Fp6 a, Fp6 b) => !a.Equals(b);

    /// <summary>a · s for s in F_p².</summary>
    public Fp6 Scale(Fp2 s) => new(C0 * s, C1 * s, C2 * s);

    /// <summary>a · v = ξ·c2 + c0·v + c1·v².</summary>
    public Fp6 MulByV() => new(C2.MulByNonResidue(), C0, C1);

    /// <summary>a · (b0 + b1·v), the shape of a line function's half (four F_p² multiplications).</summary>
    public Fp6 MulBy01(Fp2 b0, Fp2 b1)
    {
        Fp2 t0 = C0 * b0;
        Fp2 t1 = C1 * b1;
        Fp2 c0 = (C2 * b1).MulByNonResidue() + t0;
        Fp2 c1 = ((C0 + C1) * (b0 + b1)) - t0 - t1;
        Fp2 c2 = (C2 * b0) + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a · b1·v (three F_p² multiplications).</summary>
    public Fp6 MulBy1(Fp2 b1) => new((C2 * b1).MulByNonResidue(), C0 * b1, C1 * b1);

    /// <summary>a⁻¹ (0 maps to 0).</summary>
    public Fp6 Inverse()
    {
        Fp2 a = C0.Square() - (C1 * C2).MulByNonResidue();
        Fp2 b = C2.Square().MulByNonResidue() - (C0 * C1);
        Fp2 c = C1.Square() - (C0 * C2);
        Fp2 norm = (C0 * a) + ((C2 * b) + (C1 * c)).MulByNonResidue();
        Fp2 inv = norm.Inverse();
        return new Fp6(a * inv, b * inv, c * inv);
    }

    /// <inheritdoc/>
    public bool Equals(Fp6 other) => C0 == other.C0 && C1 == other.C1 && C2 == other.C2;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp6 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);
}
