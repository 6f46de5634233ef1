using System.IO.Compression;
using Zexus.Crypto.Bls12381;
using Zexus.Crypto.Kzg;
using Zexus.TestSupport;

namespace Zexus.Crypto.Tests.Kzg;

public class KzgVerifyProofTests
{
    private const string VectorsFolder = "kzg-reference-tests/verify_kzg_proof/kzg-mainnet";

    private static readonly Lazy<KzgTrustedSetup> FixtureSetup = new(() =>
    {
        var path = Path.Combine(Fixtures.SourceDirectory ?? throw new InvalidOperationException(Fixtures.Hint), "kzg-trusted-setup.txt.gz");
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return KzgTrustedSetup.Parse(reader);
    });

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
    public void VerifyProof_ReferenceVector_GivesExpectedResult(string name)
    {
        var root = Fixtures.Unpacked("kzg-verify-proof-tests.tar.gz") ?? throw new InvalidOperationException(Fixtures.Hint);
        var fields = ReadYaml(Path.Combine(root, VectorsFolder, name, "data.yaml"));
        bool? expected = fields["output"] switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            var other => throw new InvalidDataException("unexpected output " + other),
        };

        // Inputs of the wrong length are errors too (the precompile never sees them: its slices are fixed).
        byte[] commitment = Bytes(fields["commitment"]), z = Bytes(fields["z"]), y = Bytes(fields["y"]), proof = Bytes(fields["proof"]);
        bool? actual = commitment.Length != KzgVerifier.PointLength || proof.Length != KzgVerifier.PointLength
            ? null
            : KzgVerifier.Mainnet.VerifyProof(commitment, z, y, proof, out string? error);
        Assert.Equal(expected, actual);
    }

    [FixtureFact]
    public void TrustedSetup_FixtureFile_ParsesAndMatchesEmbeddedTau()
    {
        var setup = FixtureSetup.Value;
        Assert.Equal(4096, setup.G1Lagrange.Count);
        Assert.Equal(65, setup.G2Monomial.Count);
        Assert.Equal(4096, setup.G1Monomial.Count);
        Assert.Equal(G2.Generator, setup.G2Monomial[0]);
        Assert.Equal(setup.G2Monomial[1], KzgVerifier.Mainnet.TauG2);
        Assert.True(G2.IsInSubgroup(setup.G2Monomial[1]));
        Assert.Equal(G1.Generator, CompressedPoint.DecodeG1(setup.G1Monomial[0], out _));
    }

    [Fact]
    public void TrustedSetup_Malformed_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => KzgTrustedSetup.Parse(new StringReader("")));
        Assert.Throws<FormatException>(() => KzgTrustedSetup.Parse(new StringReader("1\n2\nzz\n")));
        var g1 = Convert.ToHexStringLower(CompressedPoint.EncodeG1(G1.Generator));
        Assert.Throws<FormatException>(() => KzgTrustedSetup.Parse(new StringReader($"1\n2\n{g1}\n{g1}\n{g1}\n")));
    }

    [Fact]
    public void CompressedG1_RoundTripsAndRejectsBadFlags()
    {
        var point = G1.MultiplyGenerator(424242);
        var encoded = CompressedPoint.EncodeG1(point);
        Assert.Equal(point, CompressedPoint.DecodeG1(encoded, out _));
        Assert.Equal(point.Negate(), CompressedPoint.DecodeG1(CompressedPoint.EncodeG1(point.Negate()), out _));
        var uncompressed = (byte[])encoded.Clone();
        uncompressed[0] &= 0x7F;
        Assert.Null(CompressedPoint.DecodeG1(uncompressed, out string? error));
        Assert.NotNull(error);
        var badInfinity = new byte[48];
        badInfinity[0] = 0xC0;
        badInfinity[47] = 1;
        Assert.Null(CompressedPoint.DecodeG1(badInfinity, out _));
    }

    private static Dictionary<string, string> ReadYaml(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            int colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var value = raw[(colon + 1)..].Trim().Trim('\'');
            if (value.Length > 0)
            {
                result[raw[..colon].Trim()] = value;
            }
        }

        return result;
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.StartsWith("0x", StringComparison.Ordinal) ? hex[2..] : hex);
}
