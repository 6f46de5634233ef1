using Zexus.Crypto.Bls12381;
using Zexus.Crypto.Kzg;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;
using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>EIP-4844 point evaluation (0x0a) over the c-kzg-4844 verify_kzg_proof reference vectors.</summary>
public class BlsPointEvaluationTests
{
    private static readonly PointEvaluationPrecompile Precompile = new();

    public static TheoryData<string> Cases() => KzgProofVectors.Names();

    [FixtureTheory]
    [MemberData(nameof(Cases))]
    public void Run_ReferenceVector_SucceedsExactlyForValidProofs(string name)
    {
        var v = KzgProofVectors.Read(name);
        byte[] input = [.. KzgVerifier.VersionedHash(v.Commitment), .. v.Z, .. v.Y, .. v.Commitment, .. v.Proof];

        var result = Precompile.Run(input, Fork.Cancun);

        if (v.Expected == true)
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
