using System.Runtime.CompilerServices;
using Zexus.Crypto.ModExp;
using Zexus.Primitives;

namespace Zexus.Crypto;

/// <summary>
/// An element of secp256k1's prime field F_p, p = 2²⁵⁶ − 2³² − 977, as four 64-bit limbs, always
/// fully reduced (0 ≤ value &lt; p). Reduction uses the special form of p: 2²⁵⁶ ≡ 2³² + 977 =
/// 0x1000003D1 (mod p), so the high half of a 512-bit product folds into the low half with two
/// small multiplications instead of a division.
/// </summary>
/// <remarks>Variable-time: meant for verification and recovery, whose inputs are public.</remarks>
internal readonly struct Secp256k1FieldElement : IEquatable<Secp256k1FieldElement>
{
    /// <summary>2²⁵⁶ − p.</summary>
    private const ulong Fold = 0x1000003D1UL;

    /// <summary>The lowest limb of p; its other limbs are all ones.</summary>
    private const ulong PrimeLow = 0xFFFFFFFEFFFFFC2FUL;

    public readonly ulong L0;
    public readonly ulong L1;
    public readonly ulong L2;
    public readonly ulong L3;

    public Secp256k1FieldElement(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    /// <summary>p as a 256-bit number.</summary>
    public static UInt256 Prime { get; } = new(PrimeLow, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    public static Secp256k1FieldElement Zero => default;

    public static Secp256k1FieldElement One => new(1, 0, 0, 0);

    /// <summary>The curve constant b = 7.</summary>
    public static Secp256k1FieldElement Seven => new(7, 0, 0, 0);

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    public bool IsOdd => (L0 & 1) != 0;

    /// <summary>The element <paramref name="value"/>, which must be below p.</summary>
    public static bool TryCreate(in UInt256 value, out Secp256k1FieldElement element)
    {
        element = new Secp256k1FieldElement(value.u0, value.u1, value.u2, value.u3);
        return value < Prime;
    }

    /// <summary>The element of 32 big-endian bytes, which must encode a number below p.</summary>
    public static bool TryCreate(ReadOnlySpan<byte> bigEndian32, out Secp256k1FieldElement element) =>
        TryCreate(new UInt256(bigEndian32), out element);

    public UInt256 ToUInt256() => new(L0, L1, L2, L3);

    public void WriteBigEndian(Span<byte> destination32) => ToUInt256().WriteBigEndian(destination32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Secp256k1FieldElement Add(in Secp256k1FieldElement a, in Secp256k1FieldElement b)
    {
        ulong carry = 0;
        ulong s0 = Limbs.AddCarry(a.L0, b.L0, ref carry);
        ulong s1 = Limbs.AddCarry(a.L1, b.L1, ref carry);
        ulong s2 = Limbs.AddCarry(a.L2, b.L2, ref carry);
        ulong s3 = Limbs.AddCarry(a.L3, b.L3, ref carry);
        if (carry != 0)
        {
            // a + b − p = s + 2²⁵⁶ − p = s + Fold, which is below p, so nothing overflows.
            return AddFold(s0, s1, s2, s3, Fold);
        }

        return Normalize(s0, s1, s2, s3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Secp256k1FieldElement Subtract(in Secp256k1FieldElement a, in Secp256k1FieldElement b)
    {
        ulong borrow = 0;
        ulong d0 = Limbs.SubBorrow(a.L0, b.L0, ref borrow);
        ulong d1 = Limbs.SubBorrow(a.L1, b.L1, ref borrow);
        ulong d2 = Limbs.SubBorrow(a.L2, b.L2, ref borrow);
        ulong d3 = Limbs.SubBorrow(a.L3, b.L3, ref borrow);
        if (borrow != 0)
        {
            // The limbs hold a − b + 2²⁵⁶; adding p is subtracting Fold, and a − b + p ≥ 0.
            borrow = 0;
            d0 = Limbs.SubBorrow(d0, Fold, ref borrow);
            d1 = Limbs.SubBorrow(d1, 0, ref borrow);
            d2 = Limbs.SubBorrow(d2, 0, ref borrow);
            d3 = Limbs.SubBorrow(d3, 0, ref borrow);
        }

        return new Secp256k1FieldElement(d0, d1, d2, d3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Secp256k1FieldElement Negate(in Secp256k1FieldElement a) => Subtract(Zero, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Secp256k1FieldElement Double(in Secp256k1FieldElement a) => Add(a, a);

    /// <summary>k · a for a small k (one pass and one fold, cheaper than repeated additions).</summary>
    public static Secp256k1FieldElement MultiplySmall(in Secp256k1FieldElement a, uint k)
    {
        ulong carry = 0;
        ulong s0 = Limbs.MulAdd(a.L0, k, 0, ref carry);
        ulong s1 = Limbs.MulAdd(a.L1, k, 0, ref carry);
        ulong s2 = Limbs.MulAdd(a.L2, k, 0, ref carry);
        ulong s3 = Limbs.MulAdd(a.L3, k, 0, ref carry);
        return Reduce(s0, s1, s2, s3, carry, 0, 0, 0);
    }

    // PERF (Secp256k1Benchmarks.Recover): the 4×4 schoolbook product is unrolled (rows inlined) so
    // the JIT keeps the limbs in registers; field multiplication is most of an ecrecover.
    public static Secp256k1FieldElement Multiply(in Secp256k1FieldElement a, in Secp256k1FieldElement b)
    {
        ulong r0 = 0, r1 = 0, r2 = 0, r3 = 0;
        ulong r4 = AddProductRow(a.L0, b, ref r0, ref r1, ref r2, ref r3);
        ulong r5 = AddProductRow(a.L1, b, ref r1, ref r2, ref r3, ref r4);
        ulong r6 = AddProductRow(a.L2, b, ref r2, ref r3, ref r4, ref r5);
        ulong r7 = AddProductRow(a.L3, b, ref r3, ref r4, ref r5, ref r6);
        return Reduce(r0, r1, r2, r3, r4, r5, r6, r7);
    }

    /// <summary>(r3‖r2‖r1‖r0) += a · b, returning the limb carried out above r3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddProductRow(ulong a, in Secp256k1FieldElement b, ref ulong r0, ref ulong r1, ref ulong r2, ref ulong r3)
    {
        ulong carry = 0;
        r0 = Limbs.MulAdd(a, b.L0, r0, ref carry);
        r1 = Limbs.MulAdd(a, b.L1, r1, ref carry);
        r2 = Limbs.MulAdd(a, b.L2, r2, ref carry);
        r3 = Limbs.MulAdd(a, b.L3, r3, ref carry);
        return carry;
    }

    // PERF (Secp256k1Benchmarks.Recover): a square needs 10 limb products instead of 16 (each cross product once, doubled).
    public static Secp256k1FieldElement Square(in Secp256k1FieldElement a)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3;
        ulong carry = 0;
        ulong r1 = Limbs.MulAdd(a0, a1, 0, ref carry);
        ulong r2 = Limbs.MulAdd(a0, a2, 0, ref carry);
        ulong r3 = Limbs.MulAdd(a0, a3, 0, ref carry);
        ulong r4 = carry;
        carry = 0;
        r3 = Limbs.MulAdd(a1, a2, r3, ref carry);
        r4 = Limbs.MulAdd(a1, a3, r4, ref carry);
        ulong r5 = carry;
        carry = 0;
        r5 = Limbs.MulAdd(a2, a3, r5, ref carry);
        ulong r6 = carry;

        ulong r7 = r6 >> 63;
        r6 = (r6 << 1) | (r5 >> 63);
        r5 = (r5 << 1) | (r4 >> 63);
        r4 = (r4 << 1) | (r3 >> 63);
        r3 = (r3 << 1) | (r2 >> 63);
        r2 = (r2 << 1) | (r1 >> 63);
        r1 <<= 1;

        ulong h0 = Limbs.MultiplyHigh(a0, a0), r0 = a0 * a0;
        ulong h1 = Limbs.MultiplyHigh(a1, a1), l1 = a1 * a1;
        ulong h2 = Limbs.MultiplyHigh(a2, a2), l2 = a2 * a2;
        ulong h3 = Limbs.MultiplyHigh(a3, a3), l3 = a3 * a3;
        carry = 0;
        r1 = Limbs.AddCarry(r1, h0, ref carry);
        r2 = Limbs.AddCarry(r2, l1, ref carry);
        r3 = Limbs.AddCarry(r3, h1, ref carry);
        r4 = Limbs.AddCarry(r4, l2, ref carry);
        r5 = Limbs.AddCarry(r5, h2, ref carry);
        r6 = Limbs.AddCarry(r6, l3, ref carry);
        r7 += h3 + carry;
        return Reduce(r0, r1, r2, r3, r4, r5, r6, r7);
    }

    /// <summary>a^e by a 4-bit fixed window (the square root and tests use it).</summary>
    public static Secp256k1FieldElement Pow(in Secp256k1FieldElement a, in UInt256 exponent)
    {
        Span<Secp256k1FieldElement> powers = stackalloc Secp256k1FieldElement[16];
        powers[0] = One;
        for (int i = 1; i < 16; i++)
        {
            powers[i] = Multiply(powers[i - 1], a);
        }

        Secp256k1FieldElement result = One;
        for (int nibble = 63; nibble >= 0; nibble--)
        {
            result = Square(Square(Square(Square(result))));
            int digit = (int)((exponent >> (nibble * 4)).u0 & 0xF);
            if (digit != 0)
            {
                result = Multiply(result, powers[digit]);
            }
        }

        return result;
    }

    /// <summary>a⁻¹ (a ≠ 0) by the binary extended Euclidean algorithm.</summary>
    public static Secp256k1FieldElement Invert(in Secp256k1FieldElement a)
    {
        UInt256 inverse = ModularInverse.Invert(a.ToUInt256(), Prime);
        return new Secp256k1FieldElement(inverse.u0, inverse.u1, inverse.u2, inverse.u3);
    }

    /// <summary>
    /// A square root of a when one exists: since p ≡ 3 (mod 4), a^((p+1)/4) squares to a exactly
    /// when a is a square (SEC 1, section 2.3.4).
    /// </summary>
    public static bool TrySqrt(in Secp256k1FieldElement a, out Secp256k1FieldElement root)
    {
        root = Pow(a, SqrtExponent);
        return Square(root).Equals(a);
    }

    public bool Equals(Secp256k1FieldElement other) =>
        ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)) == 0;

    public override bool Equals(object? obj) => obj is Secp256k1FieldElement other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    /// <summary>(p + 1) / 4.</summary>
    private static UInt256 SqrtExponent { get; } = (Prime + UInt256.One) >> 2;

    /// <summary>Reduces the 512-bit number r7‖…‖r0 modulo p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Secp256k1FieldElement Reduce(ulong r0, ulong r1, ulong r2, ulong r3, ulong r4, ulong r5, ulong r6, ulong r7)
    {
        // low + high · Fold: at most 256 + 34 bits.
        ulong carry = 0;
        ulong s0 = Limbs.MulAdd(r4, Fold, r0, ref carry);
        ulong s1 = Limbs.MulAdd(r5, Fold, r1, ref carry);
        ulong s2 = Limbs.MulAdd(r6, Fold, r2, ref carry);
        ulong s3 = Limbs.MulAdd(r7, Fold, r3, ref carry);

        // Fold the top limb once more: carry · Fold < 2⁶⁷.
        ulong high = Limbs.MultiplyHigh(carry, Fold), low = carry * Fold;
        ulong c = 0;
        s0 = Limbs.AddCarry(s0, low, ref c);
        s1 = Limbs.AddCarry(s1, high, ref c);
        s2 = Limbs.AddCarry(s2, 0, ref c);
        s3 = Limbs.AddCarry(s3, 0, ref c);
        if (c != 0)
        {
            // It wrapped past 2²⁵⁶, so the limbs are now small; 2²⁵⁶ ≡ Fold.
            return AddFold(s0, s1, s2, s3, Fold);
        }

        return Normalize(s0, s1, s2, s3);
    }

    /// <summary>s + <paramref name="fold"/> for an s known not to overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Secp256k1FieldElement AddFold(ulong s0, ulong s1, ulong s2, ulong s3, ulong fold)
    {
        ulong carry = 0;
        s0 = Limbs.AddCarry(s0, fold, ref carry);
        s1 = Limbs.AddCarry(s1, 0, ref carry);
        s2 = Limbs.AddCarry(s2, 0, ref carry);
        s3 += carry;
        return new Secp256k1FieldElement(s0, s1, s2, s3);
    }

    /// <summary>s mod p for s &lt; 2²⁵⁶ (at most one subtraction of p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Secp256k1FieldElement Normalize(ulong s0, ulong s1, ulong s2, ulong s3) =>
        (s3 & s2 & s1) == ulong.MaxValue && s0 >= PrimeLow
            ? new Secp256k1FieldElement(s0 - PrimeLow, 0, 0, 0)
            : new Secp256k1FieldElement(s0, s1, s2, s3);
}
