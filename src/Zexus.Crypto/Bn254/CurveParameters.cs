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

    /// <summary>6x² (127 bits), big-endian: ψ(Q) = [6x²]Q exactly on G2 (see <see cref="G2.IsInSubgroup"/>).</summary>
    public static ReadOnlySpan<byte> SixXSquared => SixXSquaredBytes;

    private static readonly byte[] SixXSquaredBytes = BigEndian((UInt128)X * X * 6);

    private static byte[] BigEndian(UInt128 value)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return bytes;
    }
}
