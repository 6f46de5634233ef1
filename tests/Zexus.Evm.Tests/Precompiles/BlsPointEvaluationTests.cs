using Zexus.Crypto.Bls12381;
using Zexus.Crypto.Kzg;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;
using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>EIP-4844 point evaluation (0x0a) over the c-kzg-4844 verify_kzg_proof reference vectors.</summary>
public class BlsPointEvaluationTests
{
    private const string VectorsFolder = "kzg-reference-tests/verify_kzg_proof/kzg-mainnet";

    private static readonly PointEvaluationPrecompile Precompile = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Fixtures.Unpacked("kzg-verify-proof-tests.tar.gz");
        if (root is null)
        {
            data.Add("(fixtures missing)");
            return data;
        }

        foreach (var dir in Directory.GetDirectories(Path.Combine(root, VectorsFolder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [FixtureTheory]
    [MemberData(nameof(Cases))]
    public void Run_ReferenceVector_SucceedsExactlyForValidProofs(string name)
    {
        var root = Fixtures.Unpacked("kzg-verify-proof-tests.tar.gz") ?? throw new InvalidOperationException(Fixtures.Hint);
        var fields = File.ReadAllLines(Path.Combine(root, VectorsFolder, name, "data.yaml"))
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[1].Trim().Length > 0)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim().Trim('\'').Replace("0x", "", StringComparison.Ordinal), StringComparer.Ordinal);
        byte[] commitment = Convert.FromHexString(fields["commitment"]);
        byte[] input = [.. KzgVerifier.VersionedHash(commitment), .. Convert.FromHexString(fields["z"]), .. Convert.FromHexString(fields["y"]),
            .. commitment, .. Convert.FromHexString(fields["proof"])];

        var result = Precompile.Run(input, Fork.Cancun);

        if (fields["output"] == "true")
        {
            Assert.True(result.IsSuccess, result.Error);
            Assert.Equal(64, result.Output.Length);
            Assert.Equal(4096, (result.Output.Span[30] << 8) | result.Output.Span[31]);
            Assert.Equal(Bls12381Parameters.RBigEndian.ToArray(), result.Output.Span[32..].ToArray());
        }
        else
        {
            Assert.False(result.IsSuccess);
            Assert.NotNull(result.Error);
        }
    }

    [Fact]
    public void Run_TrivialValidProof_SucceedsAndWrongVersionedHashFails()
    {
        // The zero polynomial: commitment and proof are the point at infinity, y = 0 at any z.
        byte[] infinity = new byte[48];
        infinity[0] = 0xC0;
        byte[] z = new byte[32];
        z[31] = 5;
        byte[] input = [.. KzgVerifier.VersionedHash(infinity), .. z, .. new byte[32], .. infinity, .. infinity];
        Assert.True(Precompile.Run(input, Fork.Cancun).IsSuccess);

        input[0] = 0x02;
        Assert.Contains("versioned hash", Precompile.Run(input, Fork.Cancun).Error, StringComparison.Ordinal);
        input[0] = 0x01;
        input[5] ^= 1;
        Assert.False(Precompile.Run(input, Fork.Cancun).IsSuccess);
    }

    [Fact]
    public void Run_WrongLengthOrNonCanonicalScalar_Fails()
    {
        Assert.False(Precompile.Run(new byte[191], Fork.Cancun).IsSuccess);
        Assert.False(Precompile.Run(new byte[193], Fork.Cancun).IsSuccess);
        byte[] infinity = new byte[48];
        infinity[0] = 0xC0;
        byte[] input = [.. KzgVerifier.VersionedHash(infinity), .. Bls12381Parameters.RBigEndian, .. new byte[32], .. infinity, .. infinity];
        Assert.Contains("canonical", Precompile.Run(input, Fork.Cancun).Error, StringComparison.Ordinal);
        Assert.Equal(50000, Precompile.Gas(input, Fork.Cancun));
        Assert.Equal(Fork.Cancun, Precompile.Since);
    }
}
