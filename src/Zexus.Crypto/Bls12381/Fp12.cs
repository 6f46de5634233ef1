namespace Zexus.Crypto.Bls12381;

/// <summary>
/// An element c0 + c1·w of F_p¹² = F_p⁶[w] / (w² − v), the target group's field. As a vector over F_p² its
/// coordinates are those of w⁰, w², w⁴ (in <see cref="C0"/>) and w¹, w³, w⁵ (in <see cref="C1"/>), since w⁶ = ξ.
/// </summary>
public readonly struct Fp12 : IEquatable<Fp12>
{
    /// <summary>γ_k = ξ^(k·(p − 1)/6): the Frobenius map sends x·w^k to conj(x)·γ_k·w^k.</summary>
    private static readonly Fp2[] FrobeniusCoefficients = ComputeFrobeniusCoefficients();

    /// <summary>Creates c0 + c1·w.</summary>
    public Fp12(Fp6 c0, Fp6 c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>The part in F_p⁶.</summary>
    public Fp6 C0 { get; }

    /// <summary>The coefficient of w.</summary>
    public Fp6 C1 { get; }

    /// <summary>1.</summary>
    public static Fp12 One { get; } = new(Fp6.One, Fp6.Zero);

    /// <summary>Whether this is 1.</summary>
    public bool IsOne => this == One;

    /// <summary>a · b (Karatsuba: three F_p⁶ multiplications).</summary>
    public static Fp12 operator *(Fp12 a, Fp12 b)
    {
        Fp6 t0 = a.C0 * b.C0;
        Fp6 t1 = a.C1 * b.C1;
        return new Fp12(t0 + t1.MulByV(), ((a.C0 + a.C1) * (b.C0 + b.C1)) - t0 - t1);
    }

    /// <summary>a == b.</summary>
    public static bool operator ==(Fp12 a, Fp12 b) => a.Equals(b);

    /// <summary>a != b.</summary>
    public static bool operator !=(Fp12 a, Fp12 b) => !a.Equals(b);

    /// <summary>a² (two F_p⁶ multiplications).</summary>
    public Fp12 Square()
    {
        Fp6 ab = C0 * C1;
        Fp6 c0 = ((C0 + C1) * (C0 + C1.MulByV())) - ab - ab.MulByV();
        return new Fp12(c0, ab + ab);
    }

    /// <summary>
    /// a² for a in the cyclotomic subgroup (after the easy part of the final exponentiation), by Granger and Scott,
    /// "Faster squaring in the cyclotomic subgroup of sixth degree extensions" (PKC 2010): seen as A + B·w + C·w² over
    /// F_p⁴ = F_p²[s]/(s² − ξ), s = w³, the square is (3A² − 2Ā) + (3s·C² + 2B̄)·w + (3B² − 2C̄)·w².
    /// </summary>
    // PERF (Bls12381Benchmarks): three F_p⁴ squarings (six F_p² squarings) instead of two F_p⁶ multiplications.
    public Fp12 CyclotomicSquare()
    {
        // A = (w⁰, w³), B = (w¹, w⁴), C = (w², w⁵) in this type's layout.
        var (a0, a1) = Fp4Square(C0.C0, C1.C1);
        var (b0, b1) = Fp4Square(C1.C0, C0.C2);
        var (c0, c1) = Fp4Square(C0.C1, C1.C2);
        Fp2 newA0 = ThreeTimesMinusTwo(a0, C0.C0);
        Fp2 newA1 = ThreeTimesPlusTwo(a1, C1.C1);
        Fp2 newB0 = ThreeTimesPlusTwo(c1.MulByNonResidue(), C1.C0);
        Fp2 newB1 = ThreeTimesMinusTwo(c0, C0.C2);
        Fp2 newC0 = ThreeTimesMinusTwo(b0, C0.C1);
        Fp2 newC1 = ThreeTimesPlusTwo(b1, C1.C2);
        return new Fp12(new Fp6(newA0, newC0, newB1), new Fp6(newB0, newA1, newC1));
    }

    /// <summary>
    /// a · (l0 + l2·w² + l3·w³), the sparse shape of a Miller-loop line (coefficients of w⁰, w² and w³).
    /// </summary>
    public Fp12 MulByLine(Fp2 l0, Fp2 l2, Fp2 l3)
    {
        Fp6 t0 = C0.MulBy01(l0, l2);
        Fp6 t1 = C1.MulBy1(l3);
        Fp6 c1 = (C0 + C1).MulBy01(l0, l2 + l3) - t0 - t1;
        return new Fp12(t0 + t1.MulByV(), c1);
    }

    /// <summary>The conjugate c0 − c1·w = a^(p⁶); the inverse for elements of the cyclotomic subgroup.</summary>
    public Fp12 Conjugate() => new(C0, -C1);

    /// <summary>a⁻¹ = conj(a) / (c0² − v·c1²); 0 maps to 0.</summary>
    public Fp12 Inverse()
    {
        Fp6 inv = (C0 * C0 - (C1 * C1).MulByV()).Inverse();
        return new Fp12(C0 * inv, -(C1 * inv));
    }

    /// <summary>The Frobenius map a^p.</summary>
    public Fp12 Frobenius()
    {
        Fp2[] g = FrobeniusCoefficients;
        return new Fp12(
            new Fp6(C0.C0.Conjugate(), C0.C1.Conjugate() * g[2], C0.C2.Conjugate() * g[4]),
            new Fp6(C1.C0.Conjugate() * g[1], C1.C1.Conjugate() * g[3], C1.C2.Conjugate() * g[5]));
    }

    /// <inheritdoc/>
    public bool Equals(Fp12 other) => C0 == other.C0 && C1 == other.C1;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp12 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C0, C1);

    /// <summary>(x0 + x1·s)² in F_p⁴ = F_p²[s]/(s² − ξ).</summary>
    private static (Fp2 Real, Fp2 Imaginary) Fp4Square(Fp2 x0, Fp2 x1)
    {
        Fp2 t0 = x0.Square();
        Fp2 t1 = x1.Square();
        return (t0 + t1.MulByNonResidue(), (x0 + x1).Square() - t0 - t1);
    }

    /// <summary>3·t − 2·x.</summary>
    private static Fp2 ThreeTimesMinusTwo(Fp2 t, Fp2 x) => ((t - x).Double()) + t;

    /// <summary>3·t + 2·x.</summary>
    private static Fp2 ThreeTimesPlusTwo(Fp2 t, Fp2 x) => ((t + x).Double()) + t;

    private static Fp2[] ComputeFrobeniusCoefficients()
    {
        var xi = new Fp2(Fp.One, Fp.One);
        var step = (Fp.Modulus - 1) / 6;
        var result = new Fp2[6];
        for (int k = 0; k < 6; k++)
        {
            result[k] = xi.Pow(step * k);
        }

        return result;
    }
}
