namespace Zexus.Crypto.Bls12381;

/// <summary>The two instances of <see cref="MapToCurve{T}"/>: F_p → G1 and F_p² → G2 (RFC 9380, section 8.8).</summary>
public static class MapToCurves
{
    private static readonly Lazy<MapToCurve<Fp>> G1Map = new(() => Create(
        ParseFp,
        [MapToCurveConstants.G1A, MapToCurveConstants.G1B, MapToCurveConstants.G1Z],
        [MapToCurveConstants.G1XNumerator, MapToCurveConstants.G1XDenominator, MapToCurveConstants.G1YNumerator, MapToCurveConstants.G1YDenominator],
        G1.ClearCofactor));

    private static readonly Lazy<MapToCurve<Fp2>> G2Map = new(() => Create(
        ParseFp2,
        [MapToCurveConstants.G2A, MapToCurveConstants.G2B, MapToCurveConstants.G2Z],
        [MapToCurveConstants.G2XNumerator, MapToCurveConstants.G2XDenominator, MapToCurveConstants.G2YNumerator, MapToCurveConstants.G2YDenominator],
        G2.ClearCofactor));

    /// <summary>The map F_p → G1 (the SWU map to E1′, the 11-isogeny, h_eff = 1 − x).</summary>
    public static MapToCurve<Fp> FpToG1 => G1Map.Value;

    /// <summary>The map F_p² → G2 (the SWU map to E2′, the 3-isogeny, h_eff of section 8.8.2).</summary>
    public static MapToCurve<Fp2> Fp2ToG2 => G2Map.Value;

    /// <summary>The map from A′, B′, Z and the four isogeny polynomials, all as hexadecimal text.</summary>
    private static MapToCurve<T> Create<T>(Func<string, T> parse, string[] swu, string[][] isogeny, Func<BlsPoint<T>, BlsPoint<T>> clearCofactor)
        where T : unmanaged, IBlsField<T>
    {
        T[][] polynomials = [.. isogeny.Select(coefficients => coefficients.Select(parse).ToArray())];
        return new MapToCurve<T>(parse(swu[0]), parse(swu[1]), parse(swu[2]), polynomials[0], polynomials[1], polynomials[2], polynomials[3], clearCofactor);
    }

    private static Fp ParseFp(string hex) =>
        hex.StartsWith('-') ? -Fp.FromBigInteger(Bls12381Parameters.Hex(hex[1..])) : Fp.FromBigInteger(Bls12381Parameters.Hex(hex));

    private static Fp2 ParseFp2(string pair)
    {
        int comma = pair.IndexOf(',', StringComparison.Ordinal);
        return new Fp2(ParseFp(pair[..comma]), ParseFp(pair[(comma + 1)..]));
    }
}
