using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zexus.Crypto.Bls12381;

/// <summary>
/// An element of the BLS12-381 base field F_p, p = 0x1a0111ea…ffffaaab (381 bits), kept in Montgomery form
/// a·R mod p with R = 2³⁸⁴ on six 64-bit limbs. Every operation takes and returns fully reduced values.
/// </summary>
/// <remarks>Not constant-time: the EVM precompiles only handle public data.</remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly struct Fp : IBlsField<Fp>, IEquatable<Fp>
{
    /// <summary>The size of a big-endian encoding of an element.</summary>
    public const int ByteLength = 48;

    /// <summary>The field modulus p.</summary>
    public static readonly BigInteger Modulus = BigInteger.Parse(
        "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
        NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>R² mod p, which converts a plain value to Montgomery form by one multiplication.</summary>
    private static readonly Fp R2 = new(ToLimbs((BigInteger.One << 768) % Modulus));

    private static readonly BigInteger SqrtExponent = (Modulus + 1) >> 2;

    private static readonly BigInteger InverseExponent = Modulus - 2;

    // p in little-endian 64-bit limbs, and −p⁻¹ mod 2⁶⁴ (checked against Modulus by the static constructor).
    private const ulong P0 = 0xb9feffffffffaaab, P1 = 0x1eabfffeb153ffff, P2 = 0x6730d2a0f6b0f624;
    private const ulong P3 = 0x64774b84f38512bf, P4 = 0x4b1ba7b6434bacd7, P5 = 0x1a0111ea397fe69a;
    private const ulong Inv = 0x89f3fffcfffcfffd;

    private static ReadOnlySpan<ulong> PLimbs => [P0, P1, P2, P3, P4, P5];

    private readonly ulong _l0, _l1, _l2, _l3, _l4, _l5;

    static Fp()
    {
        if (ToLimbs(Modulus) is var p && (p[0] != P0 || p[1] != P1 || p[2] != P2 || p[3] != P3 || p[4] != P4 || p[5] != P5 || unchecked(P0 * Inv) != ulong.MaxValue))
        {
            throw new InvalidOperationException("Fp limb constants do not match the modulus.");
        }
    }

    private Fp(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5)
    {
        _l0 = l0;
        _l1 = l1;
        _l2 = l2;
        _l3 = l3;
        _l4 = l4;
        _l5 = l5;
    }

    private Fp(Limbs6 limbs)
        : this(limbs[0], limbs[1], limbs[2], limbs[3], limbs[4], limbs[5])
    {
    }

    /// <summary>0.</summary>
    public static Fp Zero => default;

    /// <summary>1.</summary>
    public static Fp One { get; } = new(ToLimbs((BigInteger.One << 384) % Modulus));

    /// <summary>The coefficient b = 4 of G1: y² = x³ + 4.</summary>
    public static Fp CurveB { get; } = FromBigInteger(4);

    /// <inheritdoc/>
    public static bool IsInSubgroup(BlsPoint<Fp> point) => G1.IsInSubgroup(point);

    /// <summary>Whether this is 0.</summary>
    public bool IsZero
    {
        get => (_l0 | _l1 | _l2 | _l3 | _l4 | _l5) == 0;
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
        // p < 2³⁸¹, so the sum fits in 384 bits and one conditional subtraction reduces it.
        ReadOnlySpan<ulong> x = Limbs(in a), y = Limbs(in b);
        Limbs6 r = default;
        ulong carry = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            r[i] = AddCarry(x[i], y[i], ref carry);
        }

        return Reduce(r);
    }

    /// <summary>a − b.</summary>
    public static Fp operator -(Fp a, Fp b)
    {
        ReadOnlySpan<ulong> x = Limbs(in a), y = Limbs(in b);
        Limbs6 r = default;
        ulong borrow = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            r[i] = SubBorrow(x[i], y[i], ref borrow);
        }

        if (borrow != 0)
        {
            ulong carry = 0;
            for (int i = 0; i < Limbs6.Count; i++)
            {
                r[i] = AddCarry(r[i], PLimbs[i], ref carry);
            }
        }

        return new Fp(r);
    }

    /// <summary>−a.</summary>
    public static Fp operator -(Fp a) => a.IsZero ? a : Zero - a;

    /// <summary>a · b (Montgomery multiplication).</summary>
    // PERF (Bls12381Benchmarks): coarsely integrated operand scanning with a's limbs in registers and the reduction
    // interleaved; p < 2³⁸² leaves spare bits in the top limb, so the running value needs no seventh carry word.
    public static Fp operator *(Fp a, Fp b)
    {
        ulong a0 = a._l0, a1 = a._l1, a2 = a._l2, a3 = a._l3, a4 = a._l4, a5 = a._l5;
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
        foreach (ulong bi in Limbs(in b))
        {
            ulong c = 0;
            t0 = MulAdd(a0, bi, t0, ref c);
            t1 = MulAdd(a1, bi, t1, ref c);
            t2 = MulAdd(a2, bi, t2, ref c);
            t3 = MulAdd(a3, bi, t3, ref c);
            t4 = MulAdd(a4, bi, t4, ref c);
            t5 = MulAdd(a5, bi, t5, ref c);
            ulong t6 = c;

            ulong m = t0 * Inv;
            c = 0;
            _ = MulAdd(m, P0, t0, ref c);
            t0 = MulAdd(m, P1, t1, ref c);
            t1 = MulAdd(m, P2, t2, ref c);
            t2 = MulAdd(m, P3, t3, ref c);
            t3 = MulAdd(m, P4, t4, ref c);
            t4 = MulAdd(m, P5, t5, ref c);
            t5 = t6 + c;
        }

        Limbs6 r = default;
        r[0] = t0;
        r[1] = t1;
        r[2] = t2;
        r[3] = t3;
        r[4] = t4;
        r[5] = t5;
        return Reduce(r);
    }

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
        return _l0 == other._l0 && _l1 == other._l1 && _l2 == other._l2 && _l3 == other._l3 && _l4 == other._l4 && _l5 == other._l5;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        return HashCode.Combine(_l0, _l1, _l2, _l3, _l4, _l5);
    }

    /// <summary>The canonical value in hexadecimal (for diagnostics).</summary>
    public override string ToString() => "0x" + ToBigInteger().ToString("x", CultureInfo.InvariantCulture);

    private Limbs6 FromMontgomery()
    {
        Fp plain = this * new Fp(1, 0, 0, 0, 0, 0);
        Limbs6 limbs = default;
        limbs[0] = plain._l0;
        limbs[1] = plain._l1;
        limbs[2] = plain._l2;
        limbs[3] = plain._l3;
        limbs[4] = plain._l4;
        limbs[5] = plain._l5;
        return limbs;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulAdd(ulong a, ulong b, ulong c, ref ulong carry)
    {
        ulong hi = Math.BigMul(a, b, out ulong lo);
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        lo += carry;
        hi += lo < carry ? 1UL : 0UL;
        carry = hi;
        return lo;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddCarry(ulong a, ulong b, ref ulong carry)
    {
        ulong s = a + b;
        ulong t = s + carry;
        carry = (s < a ? 1UL : 0UL) | (t < s ? 1UL : 0UL);
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubBorrow(ulong a, ulong b, ref ulong borrow)
    {
        ulong d = a - b;
        ulong e = d - borrow;
        borrow = (a < b ? 1UL : 0UL) | (d < borrow ? 1UL : 0UL);
        return e;
    }

    /// <summary>The value r (below 2p) reduced: r − p when that does not borrow, else r.</summary>
    private static Fp Reduce(Limbs6 r)
    {
        Limbs6 s = default;
        ulong borrow = 0;
        for (int i = 0; i < Limbs6.Count; i++)
        {
            s[i] = SubBorrow(r[i], PLimbs[i], ref borrow);
        }

        return new Fp(borrow == 0 ? s : r);
    }

    /// <summary>The six limb fields as a span.</summary>
    private static ReadOnlySpan<ulong> Limbs(ref readonly Fp value) =>
        // SAFETY: Fp is a sequential struct of exactly the six ulong fields _l0…_l5, so they are contiguous; the span
        // lives no longer than the caller's reference.
        MemoryMarshal.CreateReadOnlySpan(in value._l0, Limbs6.Count);

    private static bool LessThanP(Limbs6 value) => Reduce(value).Equals(new Fp(value));

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
}
