using System.Buffers.Binary;

namespace Zexus.Crypto.Bn254;

/// <summary>
/// The BN parameter of the curve: p = 36x⁴ + 36x³ + 24x² + 6x + 1 and r = 36x⁴ + 36x³ + 18x² + 6x + 1 with
/// x = 4965661367192848881, and the integers derived from it that the pairing and the subgroup check use.
/// </summary>
internal static class CurveParameters
{
    /// <summary>The BN parameter x (often called u).</summary>
    public const ulong X = 4965661367192848881;

    /// <summary>6x + 2, the optimal ate Miller-loop length (65 bits).</summary>
    public static UInt128 AteLoopCount => (UInt128)X * 6 + 2;

    /// <summary>x as 8 big-endian bytes, the scalar of the G2 subgroup check (<see cref="G2.IsInSubgroup"/>).</summary>
    public static ReadOnlySpan<byte> XBytes => XBigEndian;

    private static readonly byte[] XBigEndian = BitConverter.IsLittleEndian
        ? BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness(X))
        : BitConverter.GetBytes(X);

    /// <summary>The non-adjacent form of <paramref name="n"/>: digits −1, 0, 1, least significant first, no two adjacent non-zero.</summary>
    public static sbyte[] NonAdjacentForm(UInt128 n) => WindowedNonAdjacentForm(n, 2);

    /// <summary>
    /// The width-<paramref name="width"/> non-adjacent form of <paramref name="n"/>: odd digits
    /// |d| &lt; 2^(width−1), least significant first, any two non-zero digits at least <paramref name="width"/> apart.
    /// </summary>
    public static sbyte[] WindowedNonAdjacentForm(UInt128 n, int width)
    {
        var digits = new List<sbyte>();
        int modulus = 1 << width;
        while (n != 0)
        {
            sbyte digit = 0;
            if ((n & 1) != 0)
            {
                int residue = (int)(n & (UInt128)(modulus - 1));
                digit = (sbyte)(residue >= modulus / 2 ? residue - modulus : residue);
                n = digit > 0 ? n - (UInt128)digit : n + (UInt128)(-digit);
            }

            digits.Add(digit);
            n >>= 1;
        }

        return [.. digits];
    }
}
