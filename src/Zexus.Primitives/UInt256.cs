using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zexus.Primitives;

/// <summary>
/// An unsigned 256-bit integer: the EVM word (Yellow Paper section 9.1, the stack item and the
/// storage key/value). Four 64-bit limbs, <see cref="u0"/> least significant.
/// </summary>
/// <remarks>
/// <para>
/// All arithmetic has EVM semantics (Yellow Paper appendix H.2): results wrap modulo 2^256 and
/// division or modulo by zero gives zero. The operators (<c>+ - * / %</c>, bitwise, shifts,
/// comparisons) follow the same rules, so <c>x / 0 == 0</c>.
/// </para>
/// <para>
/// API shape: every operation has a static <c>Op(in a, in b, out result)</c> form. It is the one
/// the interpreter uses: operands are passed by reference straight from the stack and the result
/// is written into the destination slot, without copying 32-byte structs through return buffers.
/// The result may alias either operand — each implementation reads all its inputs before it
/// writes <c>result</c>. Operators are thin wrappers over the same code for readable callers.
/// </para>
/// <para>
/// Signed operations (SDIV, SMOD, SLT, SGT, SAR, SIGNEXTEND) are static methods here that read
/// the word as two's complement, rather than a separate <c>Int256</c> type: EVM words are
/// untyped, the opcode chooses the interpretation, and a view type would only add conversions on
/// the hot path.
/// </para>
/// <para>
/// Field layout is fixed (sequential, limb 0 first), so on a little-endian machine the struct's
/// memory is the number's little-endian byte encoding; the bitwise operations rely on this.
/// </para>
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
[SuppressMessage("Style", "IDE1006:Naming rule violation", Justification = "u0..u3 mirror the limb notation of the algorithms (Knuth, Moller-Granlund).")]
public readonly struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>, IComparable
{
    /// <summary>Bits 0..63 (least significant limb).</summary>
    public readonly ulong u0;

    /// <summary>Bits 64..127.</summary>
    public readonly ulong u1;

    /// <summary>Bits 128..191.</summary>
    public readonly ulong u2;

    /// <summary>Bits 192..255 (most significant limb; bit 63 is the two's-complement sign).</summary>
    public readonly ulong u3;

    /// <summary>0.</summary>
    public static readonly UInt256 Zero;

    /// <summary>1.</summary>
    public static readonly UInt256 One = new(1UL);

    /// <summary>2^256 - 1 (also -1 in two's complement).</summary>
    public static readonly UInt256 MaxValue = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>The value <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256(ulong value)
    {
        u0 = value;
    }

    /// <summary>The value u3·2^192 + u2·2^128 + u1·2^64 + u0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256(ulong u0, ulong u1, ulong u2, ulong u3)
    {
        this.u0 = u0;
        this.u1 = u1;
        this.u2 = u2;
        this.u3 = u3;
    }

    /// <summary>
    /// The big-endian unsigned number in <paramref name="bigEndian"/> (0 to 32 bytes; shorter
    /// input is left-padded with zeros, as PUSHn and CALLDATALOAD read it).
    /// </summary>
    /// <exception cref="ArgumentException">More than 32 bytes.</exception>
    public UInt256(ReadOnlySpan<byte> bigEndian)
    {
        if (bigEndian.Length == 32)
        {
            u3 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian);
            u2 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian[8..]);
            u1 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian[16..]);
            u0 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian[24..]);
            return;
        }

        if (bigEndian.Length > 32)
        {
            ThrowTooLong(nameof(bigEndian));
        }

        Span<byte> padded = stackalloc byte[32];
        padded.Clear();
        bigEndian.CopyTo(padded[(32 - bigEndian.Length)..]);
        u3 = BinaryPrimitives.ReadUInt64BigEndian(padded);
        u2 = BinaryPrimitives.ReadUInt64BigEndian(padded[8..]);
        u1 = BinaryPrimitives.ReadUInt64BigEndian(padded[16..]);
        u0 = BinaryPrimitives.ReadUInt64BigEndian(padded[24..]);
    }

    /// <summary>Whether the value is 0 (the ISZERO opcode).</summary>
    public bool IsZero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (u0 | u1 | u2 | u3) == 0;
    }

    /// <summary>Whether the value is 1.</summary>
    public bool IsOne
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ((u0 ^ 1) | u1 | u2 | u3) == 0;
    }

    /// <summary>Whether the value fits in 64 bits (the upper three limbs are zero).</summary>
    public bool FitsInUInt64
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (u1 | u2 | u3) == 0;
    }

    /// <summary>Whether bit 255 is set, i.e. the word is negative in two's complement.</summary>
    public bool IsNegative
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (long)u3 < 0;
    }

    /// <summary>
    /// Writes the value as exactly 32 big-endian bytes (the EVM memory and storage encoding).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void WriteBigEndian(Span<byte> destination)
    {
        if (destination.Length < 32)
        {
            ThrowTooShort(nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, u3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], u2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], u1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], u0);
    }

    /// <summary>The value as a new 32-byte big-endian array.</summary>
    public byte[] ToBigEndianBytes()
    {
        var bytes = new byte[32];
        WriteBigEndian(bytes);
        return bytes;
    }

    /// <summary>The value as a (non-negative) <see cref="BigInteger"/>; for tests and slow paths.</summary>
    public BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>The word read as a two's-complement signed number, as a <see cref="BigInteger"/>.</summary>
    public BigInteger ToSignedBigInteger()
    {
        BigInteger value = ToBigInteger();
        return IsNegative ? value - (BigInteger.One << 256) : value;
    }

    /// <summary>Converts a <see cref="BigInteger"/> in [0, 2^256); for tests and slow paths.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or at least 2^256.</exception>
    public static UInt256 FromBigInteger(BigInteger value)
    {
        if (value.Sign < 0 || value.GetBitLength() > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The value must be in [0, 2^256).");
        }

        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        value.TryWriteBytes(bytes, out int written, isUnsigned: true, isBigEndian: true);
        return new UInt256(bytes[..written]);
    }

    /// <summary>
    /// Parses <c>0x</c>-prefixed hex (any number of leading zeros, at least one digit) or plain
    /// decimal digits, the two quantity forms of the Ethereum JSON test fixtures.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UInt256 value) =>
        UInt256Text.TryParse(text, out value);

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">Not a hex or decimal number below 2^256.</exception>
    public static UInt256 Parse(string text)
    {
        if (!UInt256Text.TryParse(text, out UInt256 value))
        {
            throw new FormatException("Expected 0x-prefixed hex or decimal digits of a number below 2^256.");
        }

        return value;
    }

    /// <summary>The value in decimal (culture-invariant).</summary>
    public override string ToString() => ToBigInteger().ToString(CultureInfo.InvariantCulture);

    /// <summary>The value as <c>0x</c> and lowercase hex digits without leading zeros (<c>0x0</c> for 0).</summary>
    public string ToHexString() => UInt256Text.ToHexString(this);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(UInt256 other) =>
        ((u0 ^ other.u0) | (u1 ^ other.u1) | (u2 ^ other.u2) | (u3 ^ other.u3)) == 0;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UInt256 other && Equals(other);

    /// <summary>A deterministic hash (no per-process seed; DESIGN.md invariant 3).</summary>
    public override int GetHashCode()
    {
        ulong h = (u0 * 0x9E3779B97F4A7C15UL) ^ (u1 * 0xC2B2AE3D27D4EB4FUL) ^ (u2 * 0x165667B19E3779F9UL) ^ (u3 * 0x27D4EB2F165667C5UL);
        return (int)(h ^ (h >> 32));
    }

    /// <inheritdoc/>
    public int CompareTo(UInt256 other)
    {
        if (u3 != other.u3)
        {
            return u3 < other.u3 ? -1 : 1;
        }

        if (u2 != other.u2)
        {
            return u2 < other.u2 ? -1 : 1;
        }

        if (u1 != other.u1)
        {
            return u1 < other.u1 ? -1 : 1;
        }

        return u0 == other.u0 ? 0 : u0 < other.u0 ? -1 : 1;
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        UInt256 other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a UInt256.", nameof(obj)),
    };

    /// <summary>Explicit narrowing: the low 64 bits.</summary>
    public static explicit operator ulong(in UInt256 value) => value.u0;

    /// <summary>Widening from <see cref="ulong"/>.</summary>
    public static implicit operator UInt256(ulong value) => new(value);

    /// <summary>Widening from a non-negative <see cref="int"/>.</summary>
    /// <exception cref="OverflowException">The value is negative.</exception>
    public static explicit operator UInt256(int value) =>
        value >= 0 ? new UInt256((ulong)value) : throw new OverflowException("UInt256 cannot hold a negative value.");

    // ---- EVM operations (Yellow Paper appendix H.2). Implementations live in the UInt256*
    // classes beside this file; these entry points inline into the caller. ----

    /// <summary>ADD: (a + b) mod 2^256.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Arithmetic.Add(in a, in b, out result);

    /// <summary>(a + b) mod 2^256, reporting whether the true sum reached 2^256.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AddOverflow(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Arithmetic.Add(in a, in b, out result) != 0;

    /// <summary>SUB: (a - b) mod 2^256.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sub(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Arithmetic.Subtract(in a, in b, out result);

    /// <summary>(a - b) mod 2^256, reporting whether b &gt; a (the subtraction borrowed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SubUnderflow(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Arithmetic.Subtract(in a, in b, out result) != 0;

    /// <summary>MUL: (a · b) mod 2^256.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mul(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Arithmetic.Multiply(in a, in b, out result);

    /// <summary>DIV: ⌊a ÷ b⌋, or 0 when b = 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Div(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Division.Divide(in a, in b, out result);

    /// <summary>MOD: a mod b, or 0 when b = 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mod(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Division.Mod(in a, in b, out result);

    /// <summary>Quotient and remainder together (both 0 when b = 0).</summary>
    public static void DivRem(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder) =>
        UInt256Division.DivRem(in a, in b, out quotient, out remainder);

    /// <summary>ADDMOD: (a + b) mod m over the exact 257-bit sum, or 0 when m = 0.</summary>
    public static void AddMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result) => UInt256Modular.AddMod(in a, in b, in m, out result);

    /// <summary>MULMOD: (a · b) mod m over the exact 512-bit product, or 0 when m = 0.</summary>
    public static void MulMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result) => UInt256Modular.MulMod(in a, in b, in m, out result);

    /// <summary>EXP: base^exponent mod 2^256 (0^0 = 1).</summary>
    public static void Exp(in UInt256 @base, in UInt256 exponent, out UInt256 result) => UInt256Modular.Exp(in @base, in exponent, out result);

    /// <summary>
    /// SDIV: two's-complement division truncated toward zero; 0 when b = 0, and
    /// SDIV(-2^255, -1) = -2^255 (the overflow wraps).
    /// </summary>
    public static void SDiv(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Signed.SDiv(in a, in b, out result);

    /// <summary>SMOD: two's-complement remainder with the sign of a; 0 when b = 0.</summary>
    public static void SMod(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Signed.SMod(in a, in b, out result);

    /// <summary>
    /// SIGNEXTEND: extends the sign bit of the low (b + 1) bytes of x over the word; x unchanged
    /// when b ≥ 31.
    /// </summary>
    public static void SignExtend(in UInt256 b, in UInt256 x, out UInt256 result) => UInt256Signed.SignExtend(in b, in x, out result);

    /// <summary>BYTE: byte i of x counting from the most significant (i = 0); 0 when i ≥ 32.</summary>
    public static void Byte(in UInt256 i, in UInt256 x, out UInt256 result) => UInt256Bits.Byte(in i, in x, out result);

    /// <summary>SHL (EIP-145): value · 2^shift mod 2^256; 0 when shift ≥ 256.</summary>
    public static void Shl(in UInt256 shift, in UInt256 value, out UInt256 result) => UInt256Bits.ShiftLeft(in shift, in value, out result);

    /// <summary>SHR (EIP-145): ⌊value ÷ 2^shift⌋; 0 when shift ≥ 256.</summary>
    public static void Shr(in UInt256 shift, in UInt256 value, out UInt256 result) => UInt256Bits.ShiftRight(in shift, in value, out result);

    /// <summary>
    /// SAR (EIP-145): arithmetic right shift of the two's-complement value; when shift ≥ 256 the
    /// result is 0 for non-negative and -1 for negative values.
    /// </summary>
    public static void Sar(in UInt256 shift, in UInt256 value, out UInt256 result) => UInt256Signed.Sar(in shift, in value, out result);

    /// <summary>Left shift by a machine count; 0 when <paramref name="shift"/> ≥ 256.</summary>
    public static void ShiftLeft(in UInt256 value, int shift, out UInt256 result) => UInt256Bits.ShiftLeft(in value, (uint)shift, out result);

    /// <summary>Logical right shift by a machine count; 0 when <paramref name="shift"/> ≥ 256.</summary>
    public static void ShiftRight(in UInt256 value, int shift, out UInt256 result) => UInt256Bits.ShiftRight(in value, (uint)shift, out result);

    /// <summary>AND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void And(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Bits.And(in a, in b, out result);

    /// <summary>OR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Or(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Bits.Or(in a, in b, out result);

    /// <summary>XOR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Xor(in UInt256 a, in UInt256 b, out UInt256 result) => UInt256Bits.Xor(in a, in b, out result);

    /// <summary>NOT: the bitwise complement, 2^256 - 1 - a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Not(in UInt256 a, out UInt256 result) => UInt256Bits.Not(in a, out result);

    /// <summary>LT: unsigned a &lt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Lt(in UInt256 a, in UInt256 b) => UInt256Arithmetic.LessThan(in a, in b);

    /// <summary>GT: unsigned a &gt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Gt(in UInt256 a, in UInt256 b) => UInt256Arithmetic.LessThan(in b, in a);

    /// <summary>SLT: two's-complement a &lt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Slt(in UInt256 a, in UInt256 b) => UInt256Signed.LessThan(in a, in b);

    /// <summary>SGT: two's-complement a &gt; b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Sgt(in UInt256 a, in UInt256 b) => UInt256Signed.LessThan(in b, in a);

    /// <summary>EQ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(in UInt256 a, in UInt256 b) => a.Equals(b);

    /// <summary>ISZERO (see also <see cref="IsZero"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZeroValue(in UInt256 a) => a.IsZero;

    /// <summary>The number of leading zero bits (256 for 0).</summary>
    public static int CountLeadingZeros(in UInt256 a) => UInt256Bits.CountLeadingZeros(in a);

    /// <summary>The number of significant bits, ⌈log2(a + 1)⌉ (0 for 0).</summary>
    public static int BitLength(in UInt256 a) => 256 - UInt256Bits.CountLeadingZeros(in a);

    /// <summary>
    /// The number of significant bytes (0 for 0): the byte size of the exponent that EXP charges
    /// for (Yellow Paper appendix G, G_expbyte; EIP-160).
    /// </summary>
    public static int ByteLength(in UInt256 a) => (BitLength(in a) + 7) >> 3;

    /// <summary>The two's-complement negation, (2^256 - a) mod 2^256.</summary>
    public static void Negate(in UInt256 a, out UInt256 result) => UInt256Arithmetic.Subtract(Zero, in a, out result);

    // ---- Operators (EVM semantics: wrapping, x / 0 = x % 0 = 0). ----

    /// <summary>Wrapping addition.</summary>
    public static UInt256 operator +(in UInt256 a, in UInt256 b)
    {
        UInt256Arithmetic.Add(in a, in b, out UInt256 r);
        return r;
    }

    /// <summary>Wrapping subtraction.</summary>
    public static UInt256 operator -(in UInt256 a, in UInt256 b)
    {
        UInt256Arithmetic.Subtract(in a, in b, out UInt256 r);
        return r;
    }

    /// <summary>Two's-complement negation.</summary>
    public static UInt256 operator -(in UInt256 a)
    {
        UInt256Arithmetic.Subtract(Zero, in a, out UInt256 r);
        return r;
    }

    /// <summary>Wrapping multiplication.</summary>
    public static UInt256 operator *(in UInt256 a, in UInt256 b)
    {
        UInt256Arithmetic.Multiply(in a, in b, out UInt256 r);
        return r;
    }

    /// <summary>Unsigned division; 0 when b = 0 (EVM DIV).</summary>
    public static UInt256 operator /(in UInt256 a, in UInt256 b)
    {
        UInt256Division.Divide(in a, in b, out UInt256 r);
        return r;
    }

    /// <summary>Unsigned remainder; 0 when b = 0 (EVM MOD).</summary>
    public static UInt256 operator %(in UInt256 a, in UInt256 b)
    {
        UInt256Division.Mod(in a, in b, out UInt256 r);
        return r;
    }

    /// <summary>Bitwise AND.</summary>
    public static UInt256 operator &(in UInt256 a, in UInt256 b) => new(a.u0 & b.u0, a.u1 & b.u1, a.u2 & b.u2, a.u3 & b.u3);

    /// <summary>Bitwise OR.</summary>
    public static UInt256 operator |(in UInt256 a, in UInt256 b) => new(a.u0 | b.u0, a.u1 | b.u1, a.u2 | b.u2, a.u3 | b.u3);

    /// <summary>Bitwise XOR.</summary>
    public static UInt256 operator ^(in UInt256 a, in UInt256 b) => new(a.u0 ^ b.u0, a.u1 ^ b.u1, a.u2 ^ b.u2, a.u3 ^ b.u3);

    /// <summary>Bitwise complement.</summary>
    public static UInt256 operator ~(in UInt256 a) => new(~a.u0, ~a.u1, ~a.u2, ~a.u3);

    /// <summary>Left shift; 0 when <paramref name="shift"/> is negative or ≥ 256 (unlike C#'s masked count).</summary>
    public static UInt256 operator <<(in UInt256 a, int shift)
    {
        UInt256Bits.ShiftLeft(in a, (uint)shift, out UInt256 r);
        return r;
    }

    /// <summary>Logical right shift; 0 when <paramref name="shift"/> is negative or ≥ 256.</summary>
    public static UInt256 operator >>(in UInt256 a, int shift)
    {
        UInt256Bits.ShiftRight(in a, (uint)shift, out UInt256 r);
        return r;
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(in UInt256 a, in UInt256 b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(in UInt256 a, in UInt256 b) => !a.Equals(b);

    /// <summary>Unsigned less-than.</summary>
    public static bool operator <(in UInt256 a, in UInt256 b) => UInt256Arithmetic.LessThan(in a, in b);

    /// <summary>Unsigned greater-than.</summary>
    public static bool operator >(in UInt256 a, in UInt256 b) => UInt256Arithmetic.LessThan(in b, in a);

    /// <summary>Unsigned less-or-equal.</summary>
    public static bool operator <=(in UInt256 a, in UInt256 b) => !UInt256Arithmetic.LessThan(in b, in a);

    /// <summary>Unsigned greater-or-equal.</summary>
    public static bool operator >=(in UInt256 a, in UInt256 b) => !UInt256Arithmetic.LessThan(in a, in b);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooLong(string name) =>
        throw new ArgumentException("A UInt256 is at most 32 big-endian bytes.", name);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooShort(string name) =>
        throw new ArgumentException("The destination needs 32 bytes.", name);
}
