namespace Zexus.Crypto.Bn254;

/// <summary>Algorithms shared by every field of the tower.</summary>
public static class FieldMath
{
    /// <summary>
    /// <paramref name="value"/> raised to <paramref name="exponent"/> (little-endian 64-bit limbs),
    /// by left-to-right square-and-multiply. Not constant-time.
    /// </summary>
    public static T Pow<T>(in T value, ReadOnlySpan<ulong> exponent)
        where T : unmanaged, IField<T>
    {
        T result = T.One;
        for (int limb = exponent.Length - 1; limb >= 0; limb--)
        {
            ulong word = exponent[limb];
            for (int bit = 63; bit >= 0; bit--)
            {
                result = result.Square();
                if (((word >> bit) & 1) != 0)
                {
                    result *= value;
                }
            }
        }

        return result;
    }

    /// <summary>⌊n / divisor⌋ for a little-endian multi-limb n (used once, for constants).</summary>
    internal static ulong[] Divide(ReadOnlySpan<ulong> n, ulong divisor)
    {
        var quotient = new ulong[n.Length];
        UInt128 remainder = 0;
        for (int i = n.Length - 1; i >= 0; i--)
        {
            UInt128 current = (remainder << 64) | n[i];
            quotient[i] = (ulong)(current / divisor);
            remainder = current % divisor;
        }

        return quotient;
    }
}
