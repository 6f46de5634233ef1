using Xunit;

namespace Zexus.TestSupport;

/// <summary>
/// The c-kzg-4844 <c>verify_kzg_proof</c> reference vectors (<c>kzg-verify-proof-tests.tar.gz</c>): one folder per case
/// holding <c>data.yaml</c> with the inputs commitment, z, y, proof (hex) and the output true, false or null (error).
/// </summary>
public static class KzgProofVectors
{
    private const string Archive = "kzg-verify-proof-tests.tar.gz";
    private const string Folder = "kzg-reference-tests/verify_kzg_proof/kzg-mainnet";

    /// <summary>The case names, for a theory; one placeholder when the fixtures are missing (the theory is skipped).</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        var root = Fixtures.Unpacked(Archive);
        if (root is null)
        {
            data.Add("(fixtures missing)");
            return data;
        }

        foreach (var dir in Directory.GetDirectories(Path.Combine(root, Folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    /// <summary>Reads one case.</summary>
    public static KzgProofVector Read(string name)
    {
        var root = Fixtures.Unpacked(Archive) ?? throw new InvalidOperationException(Fixtures.Hint);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(root, Folder, name, "data.yaml")))
        {
            var parts = line.Split(':', 2);
            var value = parts.Length == 2 ? parts[1].Trim().Trim('\'') : "";
            if (value.Length > 0)
            {
                fields[parts[0].Trim()] = value;
            }
        }

        bool? expected = fields["output"] switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            var other => throw new InvalidDataException($"{name}: unexpected output {other}"),
        };
        return new KzgProofVector(Bytes(fields["commitment"]), Bytes(fields["z"]), Bytes(fields["y"]), Bytes(fields["proof"]), expected);
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.StartsWith("0x", StringComparison.Ordinal) ? hex[2..] : hex);
}

/// <summary>One verify_kzg_proof case: inputs and the expected result (null: the inputs are invalid).</summary>
public sealed record KzgProofVector(byte[] Commitment, byte[] Z, byte[] Y, byte[] Proof, bool? Expected);
