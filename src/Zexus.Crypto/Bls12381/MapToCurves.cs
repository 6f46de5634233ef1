namespace Zexus.Crypto.Bls12381;

/// <summary>The two instances of <see cref="MapToCurve{T}"/>: F_p → G1 and F_p² → G2 (RFC 9380, section 8.8).</summary>
public static class MapToCurves
{
    private static readonly Lazy<MapToCurve<Fp>> G1Map = new(() => new MapToCurve<Fp>(
        ParseFp(MapToCurveConstants.G1A),
        ParseFp(MapToCurveConstants.G1B),
        ParseFp(MapToCurveConstants.G1Z),
        [.. MapToCurveConstants.G1XNumerator.Select(ParseFp)],
        [.. MapToCurveConstants.G1XDenominator.Select(ParseFp)],
        [.. MapToCurveConstants.G1YNumerator.Select(ParseFp)],
        [.. MapToCurveConstants.G1YDenominator.Select(ParseFp)],
        G1.ClearCofactor));

    private static readonly Lazy<MapToCurve<Fp2>> G2Map = new(() => new MapToCurve<Fp2>(
        ParseFp2(MapToCurveConstants.G2A),
        ParseFp2(MapToCurveConstants.G2B),
        ParseFp2(MapToCurveConstants.G2Z),
        [.. MapToCurveConstants.G2XNumerator.Select(ParseFp2)],
        [.. MapToCurveConstants.G2XDenominator.Select(ParseFp2)],
        [.. MapToCurveConstants.G2YNumerator.Select(ParseFp2)],
        [.. MapToCurveConstants.G2YDenominator.Select(ParseFp2)],
        G2.ClearCofactor));

    /// <summary>The map F_p → G1 (the SWU map to E1′, the 11-isogeny, h_eff = 1 − x).</summary>
    public static MapToCurve<Fp> FpToG1 => G1Map.Value;

    /// <summary>The map F_p² → G2 (the SWU map to E2′, the 3-isogeny, h_eff of section 8.8.2).</summary>
    public static MapToCurve<Fp2> Fp2ToG2 => G2Map.Value;

    private static Fp ParseFp(string hex) =>
        hex.StartsWith('-') ? -Fp.FromBigInteger(Bls12381Parameters.Hex(hex[1..])) : Fp.FromBigInteger(Bls12381Parameters.Hex(hex));

    private static Fp2 ParseFp2(string pair)
    {
        int comma = pair.IndexOf(',', StringComparison.Ordinal);
        return new Fp2(ParseFp(pair[..comma]), ParseFp(pair[(comma + 1)..]));
    }
}
