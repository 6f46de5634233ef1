using System.Numerics;

namespace Zexus.Crypto.ModExp;

/// <summary>
/// b^e mod m on big-endian byte strings of any length, as the EVM's MODEXP precompile (EIP-198)
/// needs it. Odd moduli use Montgomery multiplication over 64-bit limbs with a sliding window;
/// even moduli split by the Chinese remainder theorem into an odd part (Montgomery again) and a
/// power of two (<see cref="EvenModulusExponentiation"/>).
/// </summary>
public static class ModularExponentiation
{
    /// <summary>
    /// Writes b^e mod m big-endian into <paramref name="result"/>, left-padded with zeros. A zero
    /// modulus gives zero (EIP-198), and so does m = 1; e = 0 gives 1 mod m (so 0⁰ = 1).
    /// </summary>
    /// <param name="base">b, big-endian, any length.</param>
    /// <param name="exponent">e, big-endian, any length.</param>
    /// <param name="modulus">m, big-endian, any length.</param>
    /// <param name="result">At least as long as <paramref name="modulus"/> without its leading zeros.</param>
    /// <exception cref="ArgumentException"><paramref name="result"/> is too short.</exception>
    public static void Pow(ReadOnlySpan<byte> @base, ReadOnlySpan<byte> exponent, ReadOnlySpan<byte> modulus, Span<byte> result)
    {
        modulus = TrimLeadingZeros(modulus);
        exponent = TrimLeadingZeros(exponent);
        if (result.Length < modulus.Length)
        {
            throw new ArgumentException("The result must be as long as the modulus.", nameof(result));
        }

        result.Clear();
        if (modulus.IsEmpty || (modulus.Length == 1 && modulus[0] == 1))
        {
            return;
        }

        if (exponent.IsEmpty)
        {
            result[^1] = 1;
            return;
        }

        var modulusLimbs = new ulong[Limbs.For(modulus.Length)];
        Limbs.FromBigEndian(modulus, modulusLimbs);
        ulong[] value = (modulusLimbs[0] & 1) != 0
            ? PowOdd(@base, exponent, modulusLimbs)
            : EvenModulusExponentiation.Pow(@base, exponent, modulusLimbs);
        Limbs.ToBigEndian(value, result);
    }

    /// <summary>The same result through <see cref="BigInteger.ModPow"/> (the oracle in tests and benchmarks).</summary>
    public static void PowBigInteger(ReadOnlySpan<byte> @base, ReadOnlySpan<byte> exponent, ReadOnlySpan<byte> modulus, Span<byte> result)
    {
        var m = new BigInteger(modulus, isUnsigned: true, isBigEndian: true);
        result.Clear();
        if (m.IsZero)
        {
            return;
        }

        BigInteger value = BigInteger.ModPow(
            new BigInteger(@base, isUnsigned: true, isBigEndian: true),
            new BigInteger(exponent, isUnsigned: true, isBigEndian: true),
            m);
        int length = value.GetByteCount(isUnsigned: true);
        value.TryWriteBytes(result[(result.Length - length)..], out _, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>b^e mod m for an odd m &gt; 1 (top limb non-zero) and a non-zero e without leading zero bytes.</summary>
    internal static ulong[] PowOdd(ReadOnlySpan<byte> @base, ReadOnlySpan<byte> exponent, ulong[] modulusLimbs)
    {
        int k = modulusLimbs.Length;
        var context = new MontgomeryContext(modulusLimbs);

        var reducedBase = new ulong[k];
        ReduceBase(@base, modulusLimbs, reducedBase);

        int bits = ((exponent.Length - 1) * 8) + (32 - BitOperations.LeadingZeroCount((uint)exponent[0]));
        int window = WindowFor(bits);

        // Odd powers b, b³, …, b^(2^w − 1) in Montgomery form, one row of k limbs each.
        int tableSize = 1 << (window - 1);
        var table = new ulong[tableSize * k];
        Span<ulong> first = table.AsSpan(0, k);
        context.ToMontgomery(reducedBase, first);
        if (tableSize > 1)
        {
            var squared = new ulong[k];
            context.Multiply(first, first, squared);
            for (int i = 1; i < tableSize; i++)
            {
                context.Multiply(table.AsSpan((i - 1) * k, k), squared, table.AsSpan(i * k, k));
            }
        }

        var accumulator = new ulong[k];
        bool started = false;
        int bit = bits - 1;
        while (bit >= 0)
        {
            if (!BitAt(exponent, bit))
            {
                context.Multiply(accumulator, accumulator, accumulator);
                bit--;
                continue;
            }

            // The longest window [low, bit] of at most w bits that ends in a 1.
            int low = Math.Max(bit - window + 1, 0);
            while (!BitAt(exponent, low))
            {
                low++;
            }

            int value = 0;
            for (int i = bit; i >= low; i--)
            {
                value = (value << 1) | (BitAt(exponent, i) ? 1 : 0);
            }

            ReadOnlySpan<ulong> power = table.AsSpan((value >> 1) * k, k);
            if (started)
            {
                for (int i = bit; i >= low; i--)
                {
                    context.Multiply(accumulator, accumulator, accumulator);
                }

                context.Multiply(accumulator, power, accumulator);
            }
            else
            {
                power.CopyTo(accumulator);
                started = true;
            }

            bit = low - 1;
        }

        context.FromMontgomery(accumulator, accumulator);
        return accumulator;
    }

    /// <summary>b mod m as k limbs; a base longer than the modulus needs one division.</summary>
    private static void ReduceBase(ReadOnlySpan<byte> @base, ReadOnlySpan<ulong> modulus, Span<ulong> reduced)
    {
        @base = TrimLeadingZeros(@base);
        if (@base.Length <= modulus.Length * 8)
        {
            Limbs.FromBigEndian(@base, reduced);
            if (!Limbs.GreaterOrEqual(reduced, modulus))
            {
                return;
            }
        }

        var b = new BigInteger(@base, isUnsigned: true, isBigEndian: true);
        MontgomeryContext.FromBigInteger(b % MontgomeryContext.ToBigInteger(modulus), reduced);
    }

    /// <summary>A window width that keeps table building and per-window multiplications balanced.</summary>
    private static int WindowFor(int exponentBits) => exponentBits switch
    {
        > 1024 => 6,
        > 256 => 5,
        > 64 => 4,
        > 16 => 3,
        > 4 => 2,
        _ => 1,
    };

    private static bool BitAt(ReadOnlySpan<byte> bigEndian, int bit) =>
        ((bigEndian[bigEndian.Length - 1 - (bit >> 3)] >> (bit & 7)) & 1) != 0;

    private static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> bytes)
    {
        int index = bytes.IndexOfAnyExcept((byte)0);
        return index < 0 ? [] : bytes[index..];
    }
}
