using System.IO.Compression;
using Zexus.Crypto.Bls12381;
using Zexus.Crypto.Kzg;
using Zexus.TestSupport;

namespace Zexus.Crypto.Tests.Kzg;

public class KzgVerifyProofTests
{
    private static readonly Lazy<KzgTrustedSetup> FixtureSetup = new(() =>
    {
        var path = Path.Combine(Fixtures.SourceDirectory ?? throw new InvalidOperationException(Fixtures.Hint), "kzg-trusted-setup.txt.gz");
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return KzgTrustedSetup.Parse(reader);
    });

    public static TheoryData<string> Cases() => KzgProofVectors.Names();

    [FixtureTheory]
    [MemberData(nameof(Cases))]
    public void VerifyProof_ReferenceVector_GivesExpectedResult(string name)
    {
        var v = KzgProofVectors.Read(name);

        // Inputs of the wrong length are errors too (the precompile never sees them: its slices are fixed).
        bool? actual = v.Commitment.Length != KzgVerifier.PointLength || v.Proof.Length != KzgVerifier.PointLength
            ? null
            : KzgVerifier.Mainnet.VerifyProof(v.Commitment, v.Z, v.Y, v.Proof, out _);
        Assert.Equal(v.Expected, actual);
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
}
