using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Zexus.Crypto.Bn254;

/// <summary>
/// An element of the BN254 base field F_p (EIP-196: p = 21888242871839275222246405745257275088696311157297823662689037894645226208583),
/// kept in Montgomery form a·R mod p, R = 2²⁵⁶, on four 64-bit limbs (little-endian), always fully reduced.
/// </summary>
/// <remarks>
/// None of this is constant-time: the precompiles only ever see public data.
/// </remarks>
public readonly struct Fp : IField<Fp>
{
    // p, little-endian limbs.
    internal const ulong P0 = 0x3c208c16d87cfd47;
    internal const ulong P1 = 0x97816a916871ca8d;
    internal const ulong P2 = 0xb85045b68181585d;
    internal const ulong P3 = 0x30644e72e131a029;

    // −p⁻¹ mod 2⁶⁴, the Montgomery reduction factor.
    private const ulong NegInvP = 0x87d20782e4866389;

    private readonly ulong _l0;
    private readonly ulong _l1;
    private readonly ulong _l2;
    private readonly ulong _l3;

    private Fp(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        _l0 = l0;
        _l1 = l1;
        _l2 = l2;
        _l3 = l3;
    }

    // R² mod p: multiplying a canonical value by it enters Montgomery form.
    private static readonly Fp RSquared = new(0xf32cfc5b538afa89, 0xb5e71911d44501fb, 0x47ab1eff0a417ff6, 0x06d89f71cab8351f);

    // R³ mod p: Montgomery-multiplying a plain inverse (a·R)⁻¹ by it gives a⁻¹ in Montgomery form.
    private static readonly Fp RCubed = RSquared * RSquared;

    /// <summary>The additive identity.</summary>
    public static Fp Zero => default;

    /// <summary>The multiplicative identity (R mod p in Montgomery form).</summary>
    public static Fp One { get; } = new(0xd35d438dc58f0d9d, 0x0a78eb28f5c70b3d, 0x666ea36f7879462c, 0x0e0a77c19a07df2f);

    /// <summary>The exponent p − 2 (Fermat inversion), little-endian limbs.</summary>
    internal static ReadOnlySpan<ulong> PMinus2 => [P0 - 2, P1, P2, P3];

    /// <summary>The exponent (p + 1) / 4: p ≡ 3 (mod 4), so a^((p+1)/4) is a square root of a square a.</summary>
    internal static ReadOnlySpan<ulong> SqrtExponent =>
        [(P0 + 1) >> 2 | P1 << 62, P1 >> 2 | P2 << 62, P2 >> 2 | P3 << 62, P3 >> 2];

    /// <summary>Whether this is zero.</summary>
    public bool IsZero => (_l0 | _l1 | _l2 | _l3) == 0;

    /// <summary>
    /// Reads a 32-byte big-endian integer; false when it is not below p (EIP-196: such a coordinate
    /// makes the call fail).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian32, out Fp value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bigEndian32.Length, 32, nameof(bigEndian32));
        ulong l3 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32);
        ulong l2 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]);
        ulong l1 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]);
        ulong l0 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]);
        ulong borrow = 0;
        _ = Sbb(l0, P0, ref borrow);
        _ = Sbb(l1, P1, ref borrow);
        _ = Sbb(l2, P2, ref borrow);
        _ = Sbb(l3, P3, ref borrow);
        if (borrow == 0)
        {
            value = default;
            return false;
        }

        value = new Fp(l0, l1, l2, l3) * RSquared;
        return true;
    }

    /// <summary>The element of the small integer <paramref name="n"/>.</summary>
    public static Fp FromUInt64(ulong n) => new Fp(n, 0, 0, 0) * RSquared;

    /// <summary>Writes the canonical value (0 ≤ v &lt; p) as 32 big-endian bytes.</summary>
    public void Write(Span<byte> bigEndian32)
    {
        Fp plain = Montgomery(this, 1, 0, 0, 0);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32, plain._l3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[8..], plain._l2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[16..], plain._l1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[24..], plain._l0);
    }

    /// <summary>The sum a + b.</summary>
    public static Fp operator +(in Fp a, in Fp b)
    {
        // p < 2²⁵⁴, so the sum of two reduced values cannot overflow 256 bits.
        ulong carry = 0;
        ulong s0 = Adc(a._l0, b._l0, ref carry);
        ulong s1 = Adc(a._l1, b._l1, ref carry);
        ulong s2 = Adc(a._l2, b._l2, ref carry);
        ulong s3 = Adc(a._l3, b._l3, ref carry);
        return ReduceOnce(s0, s1, s2, s3);
    }

    /// <summary>The difference a − b.</summary>
    public static Fp operator -(in Fp a, in Fp b)
    {
        ulong borrow = 0;
        ulong d0 = Sbb(a._l0, b._l0, ref borrow);
        ulong d1 = Sbb(a._l1, b._l1, ref borrow);
        ulong d2 = Sbb(a._l2, b._l2, ref borrow);
        ulong d3 = Sbb(a._l3, b._l3, ref borrow);
        // PERF (Bn254Benchmarks.FpMul): add p under a mask instead of branching on random data.
        ulong mask = 0 - borrow;
        ulong carry = 0;
        d0 = Adc(d0, P0 & mask, ref carry);
        d1 = Adc(d1, P1 & mask, ref carry);
        d2 = Adc(d2, P2 & mask, ref carry);
        d3 = Adc(d3, P3 & mask, ref carry);
        return new Fp(d0, d1, d2, d3);
    }

    /// <summary>The negation −a.</summary>
    public static Fp operator -(in Fp a) => a.IsZero ? a : Zero - a;

    /// <summary>The product a · b (Montgomery multiplication).</summary>
    public static Fp operator *(in Fp a, in Fp b) => Montgomery(a, b._l0, b._l1, b._l2, b._l3);

    /// <summary>Whether a equals b.</summary>
    public static bool operator ==(in Fp a, in Fp b) =>
        ((a._l0 ^ b._l0) | (a._l1 ^ b._l1) | (a._l2 ^ b._l2) | (a._l3 ^ b._l3)) == 0;

    /// <summary>Whether a differs from b.</summary>
    public static bool operator !=(in Fp a, in Fp b) => !(a == b);

    /// <summary>This element squared.</summary>
    public Fp Square() => Montgomery(this, _l0, _l1, _l2, _l3);

    /// <summary>This element doubled.</summary>
    public Fp Double() => this + this;

    /// <summary>This element halved: a / 2 = (a + p) / 2 when a is odd (works in Montgomery form, halving is linear).</summary>
    public Fp Half()
    {
        ulong l0 = _l0, l1 = _l1, l2 = _l2, l3 = _l3;
        if ((l0 & 1) != 0)
        {
            // a + p < 2²⁵⁵: no carry out of the top limb.
            ulong carry = 0;
            l0 = Adc(l0, P0, ref carry);
            l1 = Adc(l1, P1, ref carry);
            l2 = Adc(l2, P2, ref carry);
            l3 = Adc(l3, P3, ref carry);
        }

        return new Fp(l0 >> 1 | l1 << 63, l1 >> 1 | l2 << 63, l2 >> 1 | l3 << 63, l3 >> 1);
    }

    /// <summary>The inverse; zero maps to zero.</summary>
    /// <remarks>
    /// PERF (Bn254Benchmarks.EcAdd): the binary extended Euclidean algorithm on the Montgomery
    /// representative m = a·R gives m⁻¹ = a⁻¹·R⁻¹, and one Montgomery multiplication by R³ turns that into
    /// a⁻¹·R. It costs a few microseconds, several times less than Fermat's a^(p−2) (about 380
    /// multiplications), and ECADD and ECMUL pay one inversion each.
    /// </remarks>
    public Fp Inverse()
    {
        if (IsZero)
        {
            return this;
        }

        // Invariants: u ≡ x1·m and v ≡ x2·m (mod p), with u, v plain integers and x1, x2 reduced.
        ulong u0 = _l0, u1 = _l1, u2 = _l2, u3 = _l3;
        ulong v0 = P0, v1 = P1, v2 = P2, v3 = P3;
        Fp x1 = new(1, 0, 0, 0);
        Fp x2 = default;
        while (!IsOne(u0, u1, u2, u3) && !IsOne(v0, v1, v2, v3))
        {
            while ((u0 & 1) == 0)
            {
                ShiftRight(ref u0, ref u1, ref u2, ref u3);
                x1 = x1.Half();
            }

            while ((v0 & 1) == 0)
            {
                ShiftRight(ref v0, ref v1, ref v2, ref v3);
                x2 = x2.Half();
            }

            if (!Below(u0, u1, u2, u3, v0, v1, v2, v3))
            {
                Subtract(ref u0, ref u1, ref u2, ref u3, v0, v1, v2, v3);
                x1 -= x2;
            }
            else
            {
                Subtract(ref v0, ref v1, ref v2, ref v3, u0, u1, u2, u3);
                x2 -= x1;
            }
        }

        return (IsOne(u0, u1, u2, u3) ? x1 : x2) * RCubed;
    }

    /// <summary>The inverse by Fermat's little theorem, a^(p−2): the slow reference for tests.</summary>
    public Fp InverseByFermat() => FieldMath.Pow(this, PMinus2);

    /// <summary>
    /// A square root, if this is a square: since p ≡ 3 (mod 4) the candidate is a^((p+1)/4), kept
    /// when it squares back to a.
    /// </summary>
    public bool TrySqrt(out Fp root)
    {
        root = FieldMath.Pow(this, SqrtExponent);
        if (root.Square() == this)
        {
            return true;
        }

        root = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Fp other) => this == other;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Fp other && this == other;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_l0, _l1, _l2, _l3);

    /// <summary>The canonical value as 0x-prefixed big-endian hex.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        Write(bytes);
        return "0x" + Convert.ToHexStringLower(bytes);
    }

    // PERF (Bn254Benchmarks): operand-scanning Montgomery multiplication with the "no-carry"
    // shortcut. The top limb of p is below 2⁶³ − 1, so each row's running total fits in four
    // limbs and the final carry word of textbook CIOS is never needed.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp Montgomery(in Fp a, ulong b0, ulong b1, ulong b2, ulong b3)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        Row(a, b0, ref t0, ref t1, ref t2, ref t3);
        Row(a, b1, ref t0, ref t1, ref t2, ref t3);
        Row(a, b2, ref t0, ref t1, ref t2, ref t3);
        Row(a, b3, ref t0, ref t1, ref t2, ref t3);
        return ReduceOnce(t0, t1, t2, t3);
    }

    /// <summary>t ← (t + a·bᵢ + m·p) / 2⁶⁴ with m chosen to clear the low limb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Row(in Fp a, ulong bi, ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3)
    {
        ulong hiA = Mac(a._l0, bi, t0, 0, out t0);
        ulong m = t0 * NegInvP;
        ulong hiC = Mac(m, P0, t0, 0, out _);
        hiA = Mac(a._l1, bi, t1, hiA, out t1);
        hiC = Mac(m, P1, t1, hiC, out t0);
        hiA = Mac(a._l2, bi, t2, hiA, out t2);
        hiC = Mac(m, P2, t2, hiC, out t1);
        hiA = Mac(a._l3, bi, t3, hiA, out t3);
        hiC = Mac(m, P3, t3, hiC, out t2);
        t3 = hiC + hiA;
    }

    /// <summary>The value t (t &lt; 2p) reduced below p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp ReduceOnce(ulong t0, ulong t1, ulong t2, ulong t3)
    {
        ulong borrow = 0;
        ulong r0 = Sbb(t0, P0, ref borrow);
        ulong r1 = Sbb(t1, P1, ref borrow);
        ulong r2 = Sbb(t2, P2, ref borrow);
        ulong r3 = Sbb(t3, P3, ref borrow);
        // PERF (Bn254Benchmarks.FpMul): select under a mask; a branch here mispredicts half the time.
        ulong keep = 0 - borrow;
        return new Fp(
            (t0 & keep) | (r0 & ~keep),
            (t1 & keep) | (r1 & ~keep),
            (t2 & keep) | (r2 & ~keep),
            (t3 & keep) | (r3 & ~keep));
    }

    private static bool IsOne(ulong l0, ulong l1, ulong l2, ulong l3) => l0 == 1 && (l1 | l2 | l3) == 0;

    private static bool Below(ulong a0, ulong a1, ulong a2, ulong a3, ulong b0, ulong b1, ulong b2, ulong b3)
    {
        ulong borrow = 0;
        _ = Sbb(a0, b0, ref borrow);
        _ = Sbb(a1, b1, ref borrow);
        _ = Sbb(a2, b2, ref borrow);
        _ = Sbb(a3, b3, ref borrow);
        return borrow != 0;
    }

    private static void ShiftRight(ref ulong l0, ref ulong l1, ref ulong l2, ref ulong l3)
    {
        l0 = l0 >> 1 | l1 << 63;
        l1 = l1 >> 1 | l2 << 63;
        l2 = l2 >> 1 | l3 << 63;
        l3 >>= 1;
    }

    private static void Subtract(ref ulong a0, ref ulong a1, ref ulong a2, ref ulong a3, ulong b0, ulong b1, ulong b2, ulong b3)
    {
        ulong borrow = 0;
        a0 = Sbb(a0, b0, ref borrow);
        a1 = Sbb(a1, b1, ref borrow);
        a2 = Sbb(a2, b2, ref borrow);
        a3 = Sbb(a3, b3, ref borrow);
    }

    /// <summary>a·b + c + d as (high, low); cannot overflow 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mac(ulong a, ulong b, ulong c, ulong d, out ulong low)
    {
        ulong high;
        ulong lo;
        if (Bmi2.X64.IsSupported)
        {
            // PERF (Bn254Benchmarks.FpMul): Math.BigMul's out parameter makes the JIT spill the low
            // half through the stack; MULX for the high half plus an IMUL for the low half stays in registers.
            high = Bmi2.X64.MultiplyNoFlags(a, b);
            lo = a * b;
        }
        else
        {
            high = Math.BigMul(a, b, out lo);
        }

        lo += c;
        high += lo < c ? 1UL : 0UL;
        lo += d;
        high += lo < d ? 1UL : 0UL;
        low = lo;
        return high;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Adc(ulong a, ulong b, ref ulong carry)
    {
        ulong sum = a + b + carry;
        carry = ((a & b) | ((a | b) & ~sum)) >> 63;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Sbb(ulong a, ulong b, ref ulong borrow)
    {
        ulong difference = a - b - borrow;
        borrow = ((~a & b) | (~(a ^ b) & difference)) >> 63;
        return difference;
    }
}
