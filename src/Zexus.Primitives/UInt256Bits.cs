using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Zexus.Primitives;

/// <summary>
/// Bitwise operations on <see cref="UInt256"/>: AND, OR, XOR, NOT, BYTE (Yellow Paper appendix
/// H.2), SHL and SHR (EIP-145), and leading-zero counting.
/// </summary>
internal static class UInt256Bits
{
    /// <summary>Limb <paramref name="index"/> (0..3, least significant first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Limb(in UInt256 x, int index) => index switch
    {
        0 => x.u0,
        1 => x.u1,
        2 => x.u2,
        _ => x.u3,
    };

    // SAFETY (And, Or, Xor, Not): UInt256 is exactly four ulong fields in sequential layout
    // (32 bytes, no padding), so a reference to one is a valid reference to a Vector256<ulong>.
    // Unaligned access is fine: Vector256 loads and stores through a reference need no alignment.
    // The result is written only after both operands are loaded, so it may alias them.
    // PERF: UInt256Benchmarks.And — one 32-byte load/op/store instead of four scalar triples.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void And(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ulong> r = AsVector(in a) & AsVector(in b);
            Unsafe.SkipInit(out result);
            Unsafe.As<UInt256, Vector256<ulong>>(ref result) = r;
            return;
        }

        result = new UInt256(a.u0 & b.u0, a.u1 & b.u1, a.u2 & b.u2, a.u3 & b.u3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Or(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ulong> r = AsVector(in a) | AsVector(in b);
            Unsafe.SkipInit(out result);
            Unsafe.As<UInt256, Vector256<ulong>>(ref result) = r;
            return;
        }

        result = new UInt256(a.u0 | b.u0, a.u1 | b.u1, a.u2 | b.u2, a.u3 | b.u3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Xor(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ulong> r = AsVector(in a) ^ AsVector(in b);
            Unsafe.SkipInit(out result);
            Unsafe.As<UInt256, Vector256<ulong>>(ref result) = r;
            return;
        }

        result = new UInt256(a.u0 ^ b.u0, a.u1 ^ b.u1, a.u2 ^ b.u2, a.u3 ^ b.u3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Not(in UInt256 a, out UInt256 result)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ulong> r = ~AsVector(in a);
            Unsafe.SkipInit(out result);
            Unsafe.As<UInt256, Vector256<ulong>>(ref result) = r;
            return;
        }

        result = new UInt256(~a.u0, ~a.u1, ~a.u2, ~a.u3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> AsVector(in UInt256 x) =>
        Unsafe.As<UInt256, Vector256<ulong>>(ref Unsafe.AsRef(in x));

    /// <summary>Leading zero bits (256 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CountLeadingZeros(in UInt256 x)
    {
        if (x.u3 != 0)
        {
            return BitOperations.LeadingZeroCount(x.u3);
        }

        if (x.u2 != 0)
        {
            return 64 + BitOperations.LeadingZeroCount(x.u2);
        }

        if (x.u1 != 0)
        {
            return 128 + BitOperations.LeadingZeroCount(x.u1);
        }

        return 192 + BitOperations.LeadingZeroCount(x.u0);
    }

    /// <summary>BYTE: byte i of x, i = 0 the most significant; 0 when i ≥ 32.</summary>
    internal static void Byte(in UInt256 i, in UInt256 x, out UInt256 result)
    {
        if ((i.u1 | i.u2 | i.u3) != 0 || i.u0 >= 32)
        {
            result = default;
            return;
        }

        int fromLow = 31 - (int)i.u0;
        ulong limb = Limb(x, fromLow >> 3);
        result = new UInt256((limb >> ((fromLow & 7) << 3)) & 0xFF);
    }

    /// <summary>SHL (EIP-145): value · 2^shift mod 2^256 (0 when shift ≥ 256).</summary>
    internal static void ShiftLeft(in UInt256 shift, in UInt256 value, out UInt256 result)
    {
        if ((shift.u1 | shift.u2 | shift.u3) != 0 || shift.u0 >= 256)
        {
            result = default;
            return;
        }

        ShiftLeft(value, (uint)shift.u0, out result);
    }

    /// <summary>SHR (EIP-145): ⌊value ÷ 2^shift⌋ (0 when shift ≥ 256).</summary>
    internal static void ShiftRight(in UInt256 shift, in UInt256 value, out UInt256 result)
    {
        if ((shift.u1 | shift.u2 | shift.u3) != 0 || shift.u0 >= 256)
        {
            result = default;
            return;
        }

        ShiftRight(value, (uint)shift.u0, out result);
    }

    /// <summary>Left shift by a machine count; 0 when shift ≥ 256.</summary>
    internal static void ShiftLeft(in UInt256 value, uint shift, out UInt256 result)
    {
        if (shift >= 256)
        {
            result = default;
            return;
        }

        ulong x0 = value.u0, x1 = value.u1, x2 = value.u2, x3 = value.u3;
        int bits = (int)(shift & 63);

        // (v >> 1) >> (63 - bits) is v >> (64 - bits), and 0 when bits = 0 (C# masks a count of 64 to 0).
        ulong c0 = (x0 >> 1) >> (63 - bits);
        ulong c1 = (x1 >> 1) >> (63 - bits);
        ulong c2 = (x2 >> 1) >> (63 - bits);
        ulong s0 = x0 << bits;
        ulong s1 = (x1 << bits) | c0;
        ulong s2 = (x2 << bits) | c1;
        ulong s3 = (x3 << bits) | c2;

        result = (shift >> 6) switch
        {
            0 => new UInt256(s0, s1, s2, s3),
            1 => new UInt256(0, s0, s1, s2),
            2 => new UInt256(0, 0, s0, s1),
            _ => new UInt256(0, 0, 0, s0),
        };
    }

    /// <summary>Logical right shift by a machine count; 0 when shift ≥ 256.</summary>
    internal static void ShiftRight(in UInt256 value, uint shift, out UInt256 result)
    {
        if (shift >= 256)
        {
            result = default;
            return;
        }

        ulong x0 = value.u0, x1 = value.u1, x2 = value.u2, x3 = value.u3;
        int bits = (int)(shift & 63);

        ulong c1 = (x1 << 1) << (63 - bits);
        ulong c2 = (x2 << 1) << (63 - bits);
        ulong c3 = (x3 << 1) << (63 - bits);
        ulong s0 = (x0 >> bits) | c1;
        ulong s1 = (x1 >> bits) | c2;
        ulong s2 = (x2 >> bits) | c3;
        ulong s3 = x3 >> bits;

        result = (shift >> 6) switch
        {
            0 => new UInt256(s0, s1, s2, s3),
            1 => new UInt256(s1, s2, s3, 0),
            2 => new UInt256(s2, s3, 0, 0),
            _ => new UInt256(s3, 0, 0, 0),
        };
    }
}
