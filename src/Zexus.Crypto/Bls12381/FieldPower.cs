using System.Numerics;

namespace Zexus.Crypto.Bls12381;

/// <summary>Exponentiation in any <see cref="IBlsField{T}"/> by square-and-multiply.</summary>
internal static class FieldPower
{
    /// <summary><paramref name="value"/>^<paramref name="exponent"/> for a non-negative exponent.</summary>
    public static T Pow<T>(T value, BigInteger exponent)
        where T : unmanaged, IBlsField<T>
    {
        byte[] bits = exponent.ToByteArray(isUnsigned: true, isBigEndian: false);
        T result = T.One;
        for (int bit = (bits.Length * 8) - 1; bit >= 0; bit--)
        {
            result = result.Square();
            if (((bits[bit >> 3] >> (bit & 7)) & 1) != 0)
            {
                result *= value;
            }
        }

        return result;
    }
}
