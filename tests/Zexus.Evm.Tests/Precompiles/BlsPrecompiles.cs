using System.Text.Json;
using Zexus.Evm.Precompiles;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>The BLS12-381 precompiles by their EIP-2537 names, and the oracle vectors of <c>BlsVectors/generate.mjs</c>.</summary>
internal static class BlsPrecompiles
{
    public static readonly Dictionary<string, Precompile> ByName = new(StringComparer.Ordinal)
    {
        ["G1ADD"] = new Bls12G1AddPrecompile(),
        ["G1MSM"] = new Bls12G1MsmPrecompile(),
        ["G2ADD"] = new Bls12G2AddPrecompile(),
        ["G2MSM"] = new Bls12G2MsmPrecompile(),
        ["PAIRING_CHECK"] = new Bls12PairingCheckPrecompile(),
        ["MAP_FP_TO_G1"] = new Bls12MapFpToG1Precompile(),
        ["MAP_FP2_TO_G2"] = new Bls12MapFp2ToG2Precompile(),
    };

    private static readonly Lazy<List<Vector>> AllVectors = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Precompiles", "BlsVectors", "bls-vectors.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<Vector>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("empty vector file");
    });

    public static IReadOnlyList<Vector> Vectors => AllVectors.Value;

    public static byte[] Input(string precompile, string name) =>
        Convert.FromHexString(Vectors.Single(v => v.Precompile == precompile && v.Name == name).Input);

    internal sealed record Vector(string Precompile, string Name, string Input, string? Output);
}
