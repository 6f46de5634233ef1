using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Zexus.Crypto.ModExp;

/// <summary>
/// Little-endian arrays of 64-bit limbs (limb 0 least significant): conversion from and to
/// big-endian bytes and the carry primitives multi-precision arithmetic is built from.
/// </summary>
internal static class Limbs
{
    /// <summary>The number of limbs that hold <paramref name="byteLength"/> bytes.</summary>
    public static int For(int byteLength) => (byteLength + 7) >> 3;

    /// <summary>Reads big-endian <paramref name="bytes"/> into <paramref name="limbs"/> (zero-extended).</summary>
    public static void FromBigEndian(ReadOnlySpan<byte> bytes, Span<ulong> limbs)
    {
        limbs.Clear();
        int limb = 0;
        int end = bytes.Length;
        while (end >= 8)
        {
            limbs[limb++] = BinaryPrimitives.ReadUInt64BigEndian(bytes.Slice(end - 8, 8));
            end -= 8;
        }

        ulong partial = 0;
        for (int i = 0; i < end; i++)
        {
            partial = (partial << 8) | bytes[i];
        }

        if (end > 0)
        {
            limbs[limb] = partial;
        }
    }

    /// <summary>Writes <paramref name="limbs"/> as big-endian bytes filling <paramref name="destination"/> (truncating high limbs beyond it).</summary>
    public static void ToBigEndian(ReadOnlySpan<ulong> limbs, Span<byte> destination)
    {
        destination.Clear();
        int end = destination.Length;
        for (int limb = 0; limb < limbs.Length && end > 0; limb++)
        {
            ulong value = limbs[limb];
            for (int b = 0; b < 8 && end > 0; b++)
            {
                destination[--end] = (byte)value;
                value >>= 8;
            }
        }
    }

    /// <summary>a · b + c + carry as (low returned, high in <paramref name="carry"/>); never overflows 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulAdd(ulong a, ulong b, ulong c, ref ulong carry)
    {
        ulong high = MultiplyHigh(a, b);
        ulong low = a * b;
        low += c;
        high += low < c ? 1UL : 0UL;
        low += carry;
        high += low < carry ? 1UL : 0UL;
        carry = high;
        return low;
    }

    /// <summary>The high 64 bits of the 128-bit product a · b (the low half is a * b).</summary>
    // PERF (Secp256k1Benchmarks.Recover): MULX for the high half and IMUL for the low half keep both
    // in registers; Math.BigMul passes the low half through memory, which made a field
    // multiplication about 3× slower.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MultiplyHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);

    /// <summary>a + b + carry with the carry out (0 or 1) in <paramref name="carry"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AddCarry(ulong a, ulong b, ref ulong carry)
    {
        ulong sum = a + b;
        ulong carryOut = sum < a ? 1UL : 0UL;
        sum += carry;
        carryOut += sum < carry ? 1UL : 0UL;
        carry = carryOut;
        return sum;
    }

    /// <summary>a − b − borrow with the borrow out (0 or 1) in <paramref name="borrow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SubBorrow(ulong a, ulong b, ref ulong borrow)
    {
        ulong difference = a - b;
        ulong borrowOut = a < b ? 1UL : 0UL;
        borrowOut += difference < borrow ? 1UL : 0UL;
        difference -= borrow;
        borrow = borrowOut;
        return difference;
    }

    /// <summary>Whether a ≥ b for equal-length limb arrays.</summary>
    public static bool GreaterOrEqual(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (int i = a.Length - 1; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return a[i] > b[i];
            }
        }

        return true;
    }

    /// <summary>a −= b for equal-length arrays; returns the borrow out.</summary>
    public static ulong SubtractInPlace(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        ulong borrow = 0;
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = SubBorrow(a[i], b[i], ref borrow);
        }

        return borrow;
    }
}
