using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>
/// An element c0 + c1·u of F_p² = F_p[u] / (u² + 1), the coordinate field of G2 (EIP-2537 "Fp2").
/// </summary>
public readonly struct Fp2 : IBlsField<Fp2>, IEquatable<Fp2>
{
    private static readonly BigInteger SqrtExponent1 = (Fp.Modulus - 3) >> 2;

    private static readonly BigInteger SqrtExponent2 = (Fp.Modulus - 1) >> 1;

    /// <summary>Creates c0 + c1·u.</summary>
    public Fp2(Fp c0, Fp c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>The real part.</summary>
    public Fp C0 { get; }

    /// <summary>The coefficient of u.</summary>
    public Fp C1 { get; }

    /// <summary>0.</summary>
    public static Fp2 Zero => default;

    /// <summary>1.</summary>
    public static Fp2 One { get; } = new(Fp.One, Fp.Zero);

    /// <summary>u, the square root of −1.</summary>
    public static Fp2 U { get; } = new(Fp.Zero, Fp.One);

    /// <summary>The coefficient b = 4·(1 + u) of the twist E′ that carries G2.</summary>
    public static Fp2 CurveB { get; } = new(Fp.FromUInt64(4), Fp.FromUInt64(4));

    /// <inheritdoc/>
    public static bool IsInSubgroup(BlsPoint<Fp2> point) => G2.IsInSubgroup(point);

    /// <inheritdoc/>
    public bool IsZero => C0.IsZero && C1.IsZero;

    /// <summary>sgn0 for F_p² (RFC 9380, section 4.1): the parity of c0, or of c1 when c0 = 0.</summary>
    public bool Sgn0 => C0.IsOdd || (C0.IsZero && C1.IsOdd);

    /// <summary>c0 + c1·u from integers (reduced mod p).</summary>
    public static Fp2 FromBigIntegers(BigInteger c0, BigInteger c1) => new(Fp.FromBigInteger(c0), Fp.FromBigInteger(c1));

    /// <inheritdoc/>
    public static int EncodedLength => Eip2537Encoding.Fp2Length;

    /// <inheritdoc/>
    public static bool TryReadEncoded(ReadOnlySpan<byte> input, out Fp2 value, out string? error) =>
        Eip2537Encoding.TryReadFp2(input, out value, out error);

    /// <inheritdoc/>
    public void WriteEncoded(Span<byte> output)
    {
        C0.WriteEncoded(output[..Eip2537Encoding.FpLength]);
        C1.WriteEncoded(output.Slice(Eip2537Encoding.FpLength, Eip2537Encoding.FpLength));
    }

    /// <summary>a + b.</summary>
    public static Fp2 operator +(Fp2 a, Fp2 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    /// <summary>a − b.</summary>
    public static Fp2 operator -(Fp2 a, Fp2 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    /// <summary>−a.</summary>
    public static Fp2 operator -(Fp2 a) => new(-a.C0, -a.C1);

    /// <summary>a · b (Karatsuba: three F_p multiplications).</summary>
    public static Fp2 operator *(Fp2 a, Fp2 b)
    {
        Fp v0 = a.C0 * b.C0;
        Fp v1 = a.C1 * b.C1;
        return new Fp2(v0 - v1, ((a.C0 + a.C1) * (b.C0 + b.C1)) - v0 - v1);
    }

    /// <summary>a · s for s in F_p.</summary>
    public static Fp2 operator *(Fp2 a, Fp s) => new(a.C0 * s, a.C1 * s);

    /// <summary>a == b.</summary>
    public static bool operator ==(Fp2 a, Fp2 b) => a.Equals(b);

    /// <summary>a != b.</summary>
    public static bool operator !=(Fp2 a, Fp2 b) => !a.Equals(b);

    /// <summary>a² = (c0 + c1)(c0 − c1) + 2·c0·c1·u.</summary>
    public Fp2 Square()
    {
        Fp t = C0 * C1;
        return new Fp2((C0 + C1) * (C0 - C1), t + t);
    }

    /// <inheritdoc/>
    public Fp2 Double() => new(C0.Double(), C1.Double());

    /// <summary>The conjugate c0 − c1·u, which is also the Frobenius map a^p.</summary>
    public Fp2 Conjugate() => new(C0, -C1);

    /// <summary>a · ξ with ξ = 1 + u, the non-residue that defines F_p⁶ over F_p².</summary>
    public Fp2 MulByNonResidue() => new(C0 - C1, C0 + C1);

    /// <summary>a⁻¹ = conj(a) / (c0² + c1²); 0 maps to 0.</summary>
    public Fp2 Inverse()
    {
        Fp norm = C0.Square() + C1.Square();
        Fp inv = norm.Inverse();
        return new Fp2(C0 * inv, -(C1 * inv));
    }

    /// <summary>a^e for a non-negative exponent.</summary>
    public Fp2 Pow(BigInteger exponent) => FieldPower.Pow(this, exponent);

    /// <summary>
    /// A square root when one exists (Adj and Rodríguez-Henríquez, "Square root computation over even extension
    /// fields", algorithm 9, for p ≡ 3 mod 4); the candidate is checked by squaring.
    /// </summary>
    public bool TrySqrt(out Fp2 root)
    {
        Fp2 a1 = Pow(SqrtExponent1);
        Fp2 x0 = a1 * this;
        Fp2 alpha = a1 * x0;
        root = alpha == -One ? U * x0 : (One + alpha).Pow(SqrtExponent2) * x0;
        return root.Square() == this;
    }

    /// <inheritdoc/>
    public bool Equals(Fp2 other) => C0 == other.C0 && C1 == other.C1;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp2 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C0, C1);

    /// <inheritdoc/>
    public override string ToString() => "(" + C0 + ", " + C1 + ")";
}
