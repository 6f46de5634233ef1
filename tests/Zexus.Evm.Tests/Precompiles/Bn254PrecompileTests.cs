using System.Text.Json;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;
using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>EIP-196 (ECADD 0x06, ECMUL 0x07), EIP-197 (pairing 0x08) and their EIP-1108 repricing.</summary>
public class Bn254PrecompileTests
{
    // The generator (1, 2) of G1 and 2·(1, 2).
    private const string G1Generator =
        "0000000000000000000000000000000000000000000000000000000000000001"
        + "0000000000000000000000000000000000000000000000000000000000000002";

    private const string G1Double =
        "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3"
        + "15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4";

    // The G2 generator of EIP-197 (imaginary parts first).
    private const string G2Generator =
        "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
        + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
        + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
        + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";

    private const string FieldModulus = "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47";

    private static readonly string Zero32 = new('0', 64);

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(VectorFile()));
        foreach (string operation in new[] { "add", "mul", "pairing" })
        {
            foreach (JsonElement vector in document.RootElement.GetProperty(operation).EnumerateArray())
            {
                data.Add(operation, vector.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Fact]
    public void Identity_AddressesNamesAndFork()
    {
        Assert.Equal("0x0000000000000000000000000000000000000006", Bn254AddPrecompile.Instance.Address.ToString());
        Assert.Equal("0x0000000000000000000000000000000000000007", Bn254MulPrecompile.Instance.Address.ToString());
        Assert.Equal("0x0000000000000000000000000000000000000008", Bn254PairingPrecompile.Instance.Address.ToString());
        Assert.Equal(["BN254_ADD", "BN254_MUL", "BN254_PAIRING"],
            new Precompile[] { Bn254AddPrecompile.Instance, Bn254MulPrecompile.Instance, Bn254PairingPrecompile.Instance }.Select(p => p.Name));
        Assert.All(new Precompile[] { Bn254AddPrecompile.Instance, Bn254MulPrecompile.Instance, Bn254PairingPrecompile.Instance },
            p => Assert.Equal(Fork.Byzantium, p.Since));
    }

    [Theory]
    [InlineData(Fork.Byzantium, 500, 40_000, 100_000, 80_000)]
    [InlineData(Fork.Petersburg, 500, 40_000, 100_000, 80_000)]
    [InlineData(Fork.Istanbul, 150, 6_000, 45_000, 34_000)]
    [InlineData(Fork.Cancun, 150, 6_000, 45_000, 34_000)]
    [InlineData(Fork.Prague, 150, 6_000, 45_000, 34_000)]
    public void Gas_PerFork_FollowsEip196Eip197AndEip1108(Fork fork, long add, long mul, long pairingBase, long perPair)
    {
        Assert.Equal(add, Bn254AddPrecompile.Instance.Gas(new byte[300], fork));
        Assert.Equal(mul, Bn254MulPrecompile.Instance.Gas(new byte[5], fork));
        Assert.Equal(pairingBase, Bn254PairingPrecompile.Instance.Gas([], fork));
        Assert.Equal(pairingBase + perPair, Bn254PairingPrecompile.Instance.Gas(new byte[192], fork));
        Assert.Equal(pairingBase + 3 * perPair, Bn254PairingPrecompile.Instance.Gas(new byte[3 * 192], fork));
        Assert.Equal(pairingBase + perPair, Bn254PairingPrecompile.Instance.Gas(new byte[200], fork));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Run_NobleVector_MatchesOutput(string operation, string name)
    {
        (byte[] input, string expected) = Vector(operation, name);
        Precompile precompile = operation switch
        {
            "add" => Bn254AddPrecompile.Instance,
            "mul" => Bn254MulPrecompile.Instance,
            _ => Bn254PairingPrecompile.Instance,
        };

        PrecompileResult result = precompile.Run(input, Fork.Cancun);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(expected, Convert.ToHexStringLower(result.Output.Span));
    }

    [Fact]
    public void Add_ShortInput_IsZeroPadded()
    {
        Assert.Equal(new string('0', 128), RunHex(Bn254AddPrecompile.Instance, ""));
        Assert.Equal(G1Generator, RunHex(Bn254AddPrecompile.Instance, G1Generator));
        Assert.Equal(G1Generator, RunHex(Bn254AddPrecompile.Instance, G1Generator + "00"));
    }

    [Fact]
    public void Add_LongInput_IsTruncated()
    {
        Assert.Equal(G1Double, RunHex(Bn254AddPrecompile.Instance, G1Generator + G1Generator + "ffff"));
        Assert.Equal(G1Double, RunHex(Bn254AddPrecompile.Instance, G1Generator + G1Generator + FieldModulus));
    }

    [Fact]
    public void Mul_ShortInput_IsZeroPaddedOnTheRight()
    {
        // 80 bytes: the 16 scalar bytes given are the high half, so the scalar is 1·2¹²⁸.
        string scalarHigh = "00000000000000000000000000000001";
        string full = RunHex(Bn254MulPrecompile.Instance, G1Generator + scalarHigh + new string('0', 32));

        Assert.Equal(full, RunHex(Bn254MulPrecompile.Instance, G1Generator + scalarHigh));
        Assert.Equal(new string('0', 128), RunHex(Bn254MulPrecompile.Instance, G1Generator));
        Assert.Equal(new string('0', 128), RunHex(Bn254MulPrecompile.Instance, ""));
        Assert.Equal(G1Double, RunHex(Bn254MulPrecompile.Instance, G1Generator + Zero32[..^1] + "2" + "ff"));
    }

    [Fact]
    public void Pairing_EmptyInput_ReturnsOne()
    {
        Assert.Equal(Zero32[..^1] + "1", RunHex(Bn254PairingPrecompile.Instance, ""));
    }

    [Fact]
    public void Pairing_GeneratorWithItsNegation_ReturnsOneAndWithItselfZero()
    {
        // −(1, 2) = (1, p − 2).
        string negated = Zero32[..^1] + "1" + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";

        Assert.Equal(Zero32[..^1] + "1", RunHex(Bn254PairingPrecompile.Instance, G1Generator + G2Generator + negated + G2Generator));
        Assert.Equal(Zero32, RunHex(Bn254PairingPrecompile.Instance, G1Generator + G2Generator + G1Generator + G2Generator));
    }

    [Theory]
    [InlineData(Zero32Hex + FieldModulus, "coordinate")]
    [InlineData(FieldModulus + Zero32Hex, "coordinate")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000003", "not on curve")]
    public void AddAndMul_InvalidPoint_Fail(string point, string reason)
    {
        AssertFails(Bn254AddPrecompile.Instance, point + G1Generator, reason);
        AssertFails(Bn254AddPrecompile.Instance, G1Generator + point, reason);
        AssertFails(Bn254MulPrecompile.Instance, point + Zero32Hex, reason);
        AssertFails(Bn254PairingPrecompile.Instance, point + G2Generator, reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(191)]
    [InlineData(193)]
    [InlineData(64)]
    public void Pairing_LengthNotMultipleOf192_Fails(int length)
    {
        AssertFails(Bn254PairingPrecompile.Instance, new string('0', 2 * length), "multiple of 192");
    }

    [Fact]
    public void Pairing_InvalidG2Points_Fail()
    {
        string offTwist = G2Generator[..^1] + "b";
        string xAtModulus = FieldModulus + G2Generator[64..];
        // A random point of the twist (y² = x³ + 3/ξ solved for a random x): on the curve, not in G2.
        string outsideSubgroup = OutsideSubgroupPoint();

        AssertFails(Bn254PairingPrecompile.Instance, G1Generator + offTwist, "not on curve");
        AssertFails(Bn254PairingPrecompile.Instance, G1Generator + xAtModulus, "coordinate");
        AssertFails(Bn254PairingPrecompile.Instance, new string('0', 128) + outsideSubgroup, "subgroup");
        AssertFails(Bn254PairingPrecompile.Instance, G1Generator + outsideSubgroup, "subgroup");
    }

    private const string Zero32Hex = "0000000000000000000000000000000000000000000000000000000000000000";

    private static string OutsideSubgroupPoint()
    {
        var random = new Random(8);
        while (true)
        {
            var x = new Crypto.Bn254.Fp2(Crypto.Bn254.Fp.FromUInt64((ulong)random.NextInt64()), Crypto.Bn254.Fp.FromUInt64((ulong)random.NextInt64()));
            if ((x.Square() * x + Crypto.Bn254.G2.B).TrySqrt(out Crypto.Bn254.Fp2 y))
            {
                var bytes = new byte[128];
                Crypto.Bn254.G2.Write(Crypto.Bn254.CurvePoint<Crypto.Bn254.Fp2>.FromAffine(x, y), bytes);
                return Convert.ToHexStringLower(bytes);
            }
        }
    }

    private static string RunHex(Precompile precompile, string inputHex)
    {
        PrecompileResult result = precompile.Run(Convert.FromHexString(inputHex), Fork.Cancun);
        Assert.True(result.IsSuccess, result.Error);
        return Convert.ToHexStringLower(result.Output.Span);
    }

    private static void AssertFails(Precompile precompile, string inputHex, string reason)
    {
        PrecompileResult result = precompile.Run(Convert.FromHexString(inputHex), Fork.Cancun);

        Assert.False(result.IsSuccess);
        Assert.True(result.Output.IsEmpty);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    private static (byte[] Input, string Output) Vector(string operation, string name)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(VectorFile()));
        JsonElement vector = document.RootElement.GetProperty(operation).EnumerateArray()
            .First(v => v.GetProperty("name").GetString() == name);
        return (Convert.FromHexString(vector.GetProperty("input").GetString()!), vector.GetProperty("output").GetString()!);
    }

    // Generated by tests/Zexus.Crypto.Tests/Bn254/Vectors/generate.mjs with @noble/curves.
    private static string VectorFile() =>
        Path.Combine(Fixtures.RepositoryRoot, "tests", "Zexus.Crypto.Tests", "Bn254", "Vectors", "bn254-vectors.json");
}
