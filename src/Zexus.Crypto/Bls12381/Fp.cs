using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Crypto.Bls12381;

/// <summary>
/// An element of the BLS12-381 base field F_p, p = 0x1a0111ea…ffffaaab (381 bits), kept in Montgomery form
/// a·R mod p with R = 2³⁸⁴ on six 64-bit limbs. Every operation takes and returns fully reduced values.
/// </summary>
/// <remarks>Not constant-time: the EVM precompiles only handle public data.</remarks>
public readonly struct Fp : IBlsField<Fp>, IEquatable<Fp>
{
    /// <summary>The size of a big-endian encoding of an element.</summary>
    public const int ByteLength = 48;

    /// <summary>The field modulus p.</summary>
    public static readonly BigInteger Modulus = BigInteger.Parse(
        "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
        NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static readonly Limbs6 P = ToLimbs(Modulus);

    /// <summary>−p⁻¹ mod 2⁶⁴, the Montgomery reduction factor.</summary>
    private static readonly ulong Inv = ComputeInv(P[0]);

    /// <summary>R² mod p, which converts a plain value to Montgomery form by one multiplication.</summary>
    private static readonly Fp R2 = new(ToLimbs((BigInteger.One << 768) % Modulus));

    private static readonly BigInteger SqrtExponent = (Modulus + 1) >> 2;

    private static readonly BigInteger InverseExponent = Modulus - 2;

    private readonly Limbs6 _limbs;

    private Fp(Limbs6 limbs) => _limbs = limbs;

    /// <summary>0.</summary>
    public static Fp Zero => default;

    /// <summary>1.</summary>
    public static Fp One { get; } = new(ToLimbs((BigInteger.One << 384) % Modulus));

    /// <summary>The coefficient b = 4 of G1: y² = x³ + 4.</summary>
    public static Fp CurveB { get; } = FromBigInteger(4);

    /// <summary>Whether this is 0.</summary>
    public bool IsZero
    {
        get
        {
            ReadOnlySpan<ulong> a = _limbs;
            return (a[0] | a[1] | a[2] | a[3] | a[4] | a[5]) == 0;
        }
    }

    /// <summary>Whether the canonical value is odd: sgn0 of RFC 9380, section 4.1.</summary>
    public bool IsOdd => (FromMontgomery()[0] & 1) != 0;

    /// <inheritdoc/>
    public bool Sgn0 => IsOdd;

    /// <summary>The element for <paramref name="value"/> mod p (any sign).</summary>
    public static Fp FromBigInteger(BigInteger value)
    {
        var reduced = BigInteger.Remainder(value, Modulus);
        if (reduced.Sign < 0)
        {
            reduced += Modulus;
        }

        return new Fp(ToLimbs(reduced)) * R2;
    }

    /// <summary>The element for the small value <paramref name="value"/>.</summary>
    public static Fp FromUInt64(ulong value)
    {
        Limbs6 limbs = default;
        limbs[0] = value;
        return new Fp(limbs) * R2;
    }

    /// <summary>
    /// Reads a 48-byte big-endian integer; false when it is not canonical (≥ p).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian48, out Fp value)
    {
        if (bigEndian48.Length != ByteLength)
        {
            throw new ArgumentException("An Fp element is 48 bytes.", nameof(bigEndian48));
        }

        Limbs6 limbs = default;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            limbs[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bigEndian48[((5 - i) * 8)..]);
        }

        if (!LessThanP(limbs))
        {
            value = default;
            return false;
        }

        value = new Fp(limbs) * R2;
        return true;
    }

    /// <summary>Writes the canonical value as 48 big-endian bytes.</summary>
    public void Write(Span<byte> bigEndian48)
    {
        Limbs6 plain = FromMontgomery();
        for (int i = 0; i < Limbs6.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bigEndian48[((5 - i) * 8)..], plain[i]);
        }
    }

    /// <inheritdoc/>
    public static int EncodedLength => Eip2537Encoding.FpLength;

    /// <inheritdoc/>
    public static bool TryReadEncoded(ReadOnlySpan<byte> input, out Fp value, out string? error) =>
        Eip2537Encoding.TryReadFp(input, out value, out error);

    /// <inheritdoc/>
    public void WriteEncoded(Span<byte> output) => Eip2537Encoding.WriteFp(this, output);

    /// <summary>The canonical value as a <see cref="BigInteger"/>.</summary>
    public BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[ByteLength];
        Write(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>a + b.</summary>
    public static Fp operator +(Fp a, Fp b)
    {
        ReadOnlySpan<ulong> x = a._limbs, y = b._limbs;
        Limbs6 r = default;
        ulong carry = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            ulong s = x[i] + y[i];
            ulong c1 = s < x[i] ? 1UL : 0UL;
            ulong t = s + carry;
            carry = c1 | (t < s ? 1UL : 0UL);
            r[i] = t;
        }

        // p < 2³⁸¹, so the sum fits in 384 bits and one conditional subtraction reduces it.
        return new Fp(SubtractPIfNeeded(r));
    }

    /// <summary>a − b.</summary>
    public static Fp operator -(Fp a, Fp b)
    {
        Limbs6 r = default;
        ulong borrow = Subtract(a._limbs, b._limbs, r);
        if (borrow != 0)
        {
            AddInPlace(r, P);
        }

        return new Fp(r);
    }

    /// <summary>−a.</summary>
    public static Fp operator -(Fp a) => a.IsZero ? a : new Fp(SubtractFromP(a._limbs));

    /// <summary>a · b (Montgomery multiplication, CIOS).</summary>
    public static Fp operator *(Fp a, Fp b) => new(MontgomeryMultiply(a._limbs, b._limbs));

    /// <summary>a == b.</summary>
    public static bool operator ==(Fp a, Fp b) => a.Equals(b);

    /// <summary>a != b.</summary>
    public static bool operator !=(Fp a, Fp b) => !a.Equals(b);

    /// <summary>a².</summary>
    public Fp Square() => this * this;

    /// <summary>2·a.</summary>
    public Fp Double() => this + this;

    /// <summary>a^e for a non-negative exponent.</summary>
    public Fp Pow(BigInteger exponent) => FieldPower.Pow(this, exponent);

    /// <summary>a⁻¹ by Fermat's little theorem (a^(p−2)); 0 maps to 0.</summary>
    public Fp Inverse() => Pow(InverseExponent);

    /// <summary>
    /// A square root when one exists: p ≡ 3 (mod 4), so a^((p+1)/4) is a root of every square.
    /// </summary>
    public bool TrySqrt(out Fp root)
    {
        root = Pow(SqrtExponent);
        return root.Square() == this;
    }

    /// <inheritdoc/>
    public bool Equals(Fp other)
    {
        ReadOnlySpan<ulong> x = _limbs, y = other._limbs;
        return x.SequenceEqual(y);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        ReadOnlySpan<ulong> x = _limbs;
        return HashCode.Combine(x[0], x[1], x[2], x[3], x[4], x[5]);
    }

    /// <summary>The canonical value in hexadecimal (for diagnostics).</summary>
    public override string ToString() => "0x" + ToBigInteger().ToString("x", CultureInfo.InvariantCulture);

    private Limbs6 FromMontgomery()
    {
        Limbs6 one = default;
        one[0] = 1;
        return MontgomeryMultiply(_limbs, one);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulAdd(ulong a, ulong b, ulong c, ref ulong carry)
    {
        UInt128 r = ((UInt128)a * b) + c + carry;
        carry = (ulong)(r >> 64);
        return (ulong)r;
    }

    // PERF (Bls12381Benchmarks): coarsely integrated operand scanning with the reduction interleaved; p < 2³⁸²
    // leaves spare bits in the top limb, so the running value never needs a seventh carry word.
    private static Limbs6 MontgomeryMultiply(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        ReadOnlySpan<ulong> p = P;
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            ulong yi = y[i];
            ulong c = 0;
            t0 = MulAdd(x[0], yi, t0, ref c);
            t1 = MulAdd(x[1], yi, t1, ref c);
            t2 = MulAdd(x[2], yi, t2, ref c);
            t3 = MulAdd(x[3], yi, t3, ref c);
            t4 = MulAdd(x[4], yi, t4, ref c);
            t5 = MulAdd(x[5], yi, t5, ref c);
            ulong t6 = c;

            ulong m = t0 * Inv;
            c = 0;
            _ = MulAdd(m, p[0], t0, ref c);
            t0 = MulAdd(m, p[1], t1, ref c);
            t1 = MulAdd(m, p[2], t2, ref c);
            t2 = MulAdd(m, p[3], t3, ref c);
            t3 = MulAdd(m, p[4], t4, ref c);
            t4 = MulAdd(m, p[5], t5, ref c);
            t5 = t6 + c;
        }

        Limbs6 r = default;
        r[0] = t0;
        r[1] = t1;
        r[2] = t2;
        r[3] = t3;
        r[4] = t4;
        r[5] = t5;
        return SubtractPIfNeeded(r);
    }

    private static Limbs6 SubtractPIfNeeded(Limbs6 value)
    {
        Limbs6 reduced = default;
        return Subtract(value, P, reduced) == 0 ? reduced : value;
    }

    private static Limbs6 SubtractFromP(ReadOnlySpan<ulong> value)
    {
        Limbs6 r = default;
        _ = Subtract(P, value, r);
        return r;
    }

    private static bool LessThanP(ReadOnlySpan<ulong> value)
    {
        Span<ulong> scratch = stackalloc ulong[Limbs6.Count];
        return Subtract(value, P, scratch) != 0;
    }

    /// <summary>r = x − y; returns the final borrow (1 when x &lt; y).</summary>
    private static ulong Subtract(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, Span<ulong> r)
    {
        ulong borrow = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            ulong d = x[i] - y[i];
            ulong b1 = x[i] < y[i] ? 1UL : 0UL;
            ulong e = d - borrow;
            borrow = b1 | (d < borrow ? 1UL : 0UL);
            r[i] = e;
        }

        return borrow;
    }

    private static void AddInPlace(Span<ulong> r, ReadOnlySpan<ulong> y)
    {
        ulong carry = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            ulong s = r[i] + y[i];
            ulong c1 = s < r[i] ? 1UL : 0UL;
            ulong t = s + carry;
            carry = c1 | (t < s ? 1UL : 0UL);
            r[i] = t;
        }
    }

    private static Limbs6 ToLimbs(BigInteger value)
    {
        Limbs6 limbs = default;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            limbs[i] = (ulong)(value & ulong.MaxValue);
            value >>= 64;
        }

        return limbs;
    }

    private static ulong ComputeInv(ulong p0)
    {
        // Newton's iteration doubles the correct low bits of p⁻¹ mod 2⁶⁴ each step (1 → 64 in six steps).
        ulong inv = 1;
        for (int i = 0; i < 6; i++)
        {
            inv *= 2 - (p0 * inv);
        }

        return unchecked(0 - inv);
    }
}
