using System.Globalization;
using Zexus.Crypto.Bls12381;

namespace Zexus.Crypto.Kzg;

/// <summary>
/// A KZG trusted setup in the text format of the Ethereum ceremony output (c-kzg-4844 <c>trusted_setup.txt</c>):
/// the number of G1 points, the number of G2 points, the G1 points in Lagrange form, the G2 points in monomial form
/// ([τ⁰]₂, [τ¹]₂, …) and, in newer files, as many G1 points in monomial form — one compressed point per line, hex.
/// </summary>
public sealed class KzgTrustedSetup
{
    private KzgTrustedSetup(byte[][] g1Lagrange, BlsPoint<Fp2>[] g2Monomial, byte[][] g1Monomial)
    {
        G1Lagrange = g1Lagrange;
        G2Monomial = g2Monomial;
        G1Monomial = g1Monomial;
    }

    /// <summary>The compressed G1 points in Lagrange form (4096 for mainnet), checked to decode.</summary>
    public IReadOnlyList<byte[]> G1Lagrange { get; }

    /// <summary>The G2 points [τ^i]₂ (65 for mainnet); index 1 is what point evaluation needs.</summary>
    public IReadOnlyList<BlsPoint<Fp2>> G2Monomial { get; }

    /// <summary>The compressed G1 points in monomial form (empty in older files), checked to decode.</summary>
    public IReadOnlyList<byte[]> G1Monomial { get; }

    /// <summary>Parses the text format; throws <see cref="FormatException"/> on any malformed line or point.</summary>
    public static KzgTrustedSetup Parse(TextReader reader)
    {
        var lines = new List<string>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Trim().Length > 0)
            {
                lines.Add(line.Trim());
            }
        }

        if (lines.Count < 2
            || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out int g1Count)
            || !int.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out int g2Count)
            || g1Count < 1 || g2Count < 2)
        {
            throw new FormatException("The trusted setup must start with the G1 and G2 point counts.");
        }

        int rest = lines.Count - 2 - g1Count - g2Count;
        if (rest != 0 && rest != g1Count)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"The trusted setup has {lines.Count - 2} points, expected {g1Count + g2Count} or {(2 * g1Count) + g2Count}."));
        }

        int index = 2;
        byte[][] lagrange = ReadG1(lines, ref index, g1Count);
        var g2 = new BlsPoint<Fp2>[g2Count];
        for (int i = 0; i < g2Count; i++, index++)
        {
            g2[i] = CompressedPoint.DecodeG2(Hex(lines[index], CompressedPoint.G2Length, index), out string? error)
                ?? throw new FormatException($"Trusted setup line {index + 1}: {error}.");
        }

        byte[][] monomial = ReadG1(lines, ref index, rest);
        return new KzgTrustedSetup(lagrange, g2, monomial);
    }

    private static byte[][] ReadG1(List<string> lines, ref int index, int count)
    {
        var points = new byte[count][];
        for (int i = 0; i < count; i++, index++)
        {
            points[i] = Hex(lines[index], CompressedPoint.G1Length, index);
            if (CompressedPoint.DecodeG1(points[i], out string? error) is null)
            {
                throw new FormatException($"Trusted setup line {index + 1}: {error}.");
            }
        }

        return points;
    }

    private static byte[] Hex(string text, int length, int index)
    {
        var digits = text.StartsWith("0x", StringComparison.Ordinal) ? text[2..] : text;
        if (digits.Length != length * 2)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"Trusted setup line {index + 1}: expected {length} bytes of hex."));
        }

        try
        {
            return Convert.FromHexString(digits);
        }
        catch (FormatException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Trusted setup line {index + 1}: not hex."), e);
        }
    }
}
