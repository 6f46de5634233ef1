using Zexus.Crypto.Bls12381;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;
using Zexus.Primitives.Eips;

namespace Zexus.Evm.Tests.Precompiles;

/// <summary>EIP-2537: malformed inputs fail (never throw), gas follows the final schedule.</summary>
public class BlsPrecompileInputTests
{
    private static byte[] G1Bytes(BlsPoint<Fp> p)
    {
        var bytes = new byte[128];
        Eip2537Encoding.WritePoint(p, bytes);
        return bytes;
    }

    private static byte[] G2Bytes(BlsPoint<Fp2> p)
    {
        var bytes = new byte[256];
        Eip2537Encoding.WritePoint(p, bytes);
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static readonly byte[] Scalar = Enumerable.Repeat((byte)0x11, 32).ToArray();

    public static TheoryData<string, int> WrongLengths() => new()
    {
        { "G1ADD", 0 }, { "G1ADD", 255 }, { "G1ADD", 257 }, { "G1ADD", 384 },
        { "G2ADD", 0 }, { "G2ADD", 511 }, { "G2ADD", 513 },
        { "G1MSM", 0 }, { "G1MSM", 159 }, { "G1MSM", 161 }, { "G1MSM", 128 },
        { "G2MSM", 0 }, { "G2MSM", 287 }, { "G2MSM", 289 },
        { "PAIRING_CHECK", 0 }, { "PAIRING_CHECK", 383 }, { "PAIRING_CHECK", 385 },
        { "MAP_FP_TO_G1", 0 }, { "MAP_FP_TO_G1", 48 }, { "MAP_FP_TO_G1", 65 },
        { "MAP_FP2_TO_G2", 0 }, { "MAP_FP2_TO_G2", 64 }, { "MAP_FP2_TO_G2", 129 },
    };

    [Theory]
    [MemberData(nameof(WrongLengths))]
    public void Run_WrongLength_Fails(string precompile, int length)
    {
        var result = BlsPrecompiles.ByName[precompile].Run(new byte[length], Fork.Prague);
        Assert.False(result.IsSuccess);
        Assert.Contains("length", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NonCanonicalOrPaddedFieldElement_Fails()
    {
        byte[] modulus = new byte[64];
        Fp.Modulus.ToByteArray(isUnsigned: true, isBigEndian: true).CopyTo(modulus, 16);
        byte[] topByte = new byte[64];
        topByte[0] = 1;
        byte[] padding15 = new byte[64];
        padding15[15] = 0x80;
        foreach (var bad in new[] { modulus, topByte, padding15 })
        {
            Assert.False(BlsPrecompiles.ByName["MAP_FP_TO_G1"].Run(bad, Fork.Prague).IsSuccess);
            Assert.False(BlsPrecompiles.ByName["MAP_FP2_TO_G2"].Run(Concat(new byte[64], bad), Fork.Prague).IsSuccess);

            byte[] g1 = G1Bytes(G1.Generator);
            bad.CopyTo(g1, 0);
            Assert.False(BlsPrecompiles.ByName["G1ADD"].Run(Concat(g1, new byte[128]), Fork.Prague).IsSuccess);
            Assert.False(BlsPrecompiles.ByName["G1MSM"].Run(Concat(g1, Scalar), Fork.Prague).IsSuccess);

            byte[] g2 = G2Bytes(G2.Generator);
            bad.CopyTo(g2, 192);
            Assert.False(BlsPrecompiles.ByName["G2ADD"].Run(Concat(new byte[256], g2), Fork.Prague).IsSuccess);
            Assert.False(BlsPrecompiles.ByName["PAIRING_CHECK"].Run(Concat(new byte[128], g2), Fork.Prague).IsSuccess);
        }
    }

    [Fact]
    public void Run_PointNotOnCurve_Fails()
    {
        byte[] g1 = G1Bytes(G1.Generator);
        g1[127] ^= 1;
        byte[] g2 = G2Bytes(G2.Generator);
        g2[255] ^= 1;
        Assert.False(BlsPrecompiles.ByName["G1ADD"].Run(Concat(g1, G1Bytes(G1.Generator)), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["G1MSM"].Run(Concat(g1, Scalar), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["G2ADD"].Run(Concat(G2Bytes(G2.Generator), g2), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["G2MSM"].Run(Concat(g2, Scalar), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["PAIRING_CHECK"].Run(Concat(g1, G2Bytes(G2.Generator)), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["PAIRING_CHECK"].Run(Concat(G1Bytes(G1.Generator), g2), Fork.Prague).IsSuccess);

        // (0, 0) is not on the curve but is the encoding of infinity; (0, y ≠ 0) and (x ≠ 0, 0) are errors.
        byte[] zeroX = new byte[128];
        zeroX[127] = 1;
        Assert.False(BlsPrecompiles.ByName["G1ADD"].Run(Concat(zeroX, new byte[128]), Fork.Prague).IsSuccess);
    }

    [Fact]
    public void Run_PointOutsideSubgroup_FailsForMsmAndPairingButNotForAdd()
    {
        byte[] g1 = Convert.FromHexString(BlsPrecompiles.Vectors.Single(v => v.Precompile == "OFF_SUBGROUP_G1").Input);
        byte[] g2 = Convert.FromHexString(BlsPrecompiles.Vectors.Single(v => v.Precompile == "OFF_SUBGROUP_G2").Input);
        Assert.True(BlsPrecompiles.ByName["G1ADD"].Run(Concat(g1, g1), Fork.Prague).IsSuccess);
        Assert.True(BlsPrecompiles.ByName["G2ADD"].Run(Concat(g2, g2), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["G1MSM"].Run(Concat(G1Bytes(G1.Generator), Scalar, g1, Scalar), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["G1MSM"].Run(Concat(g1, new byte[32]), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["G2MSM"].Run(Concat(g2, Scalar), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["PAIRING_CHECK"].Run(Concat(g1, G2Bytes(G2.Generator)), Fork.Prague).IsSuccess);
        Assert.False(BlsPrecompiles.ByName["PAIRING_CHECK"].Run(Concat(G1Bytes(G1.Generator), g2), Fork.Prague).IsSuccess);
    }

    [Fact]
    public void Run_RandomBytes_NeverThrows()
    {
        var random = new Random(2537);
        foreach (var precompile in BlsPrecompiles.ByName.Values)
        {
            foreach (int length in new[] { 64, 128, 160, 256, 288, 384, 512 })
            {
                var input = new byte[length];
                random.NextBytes(input);
                for (int i = 0; i < length; i += 64)
                {
                    input.AsSpan(i, 16).Clear();
                    input[i + 16] &= 0x1F;
                }

                var result = precompile.Run(input, Fork.Prague);
                Assert.True(result.IsSuccess || result.Error is not null);
            }
        }
    }

    [Theory]
    [InlineData("G1ADD", 256, 375)]
    [InlineData("G2ADD", 512, 600)]
    [InlineData("MAP_FP_TO_G1", 64, 5500)]
    [InlineData("MAP_FP2_TO_G2", 128, 23800)]
    [InlineData("PAIRING_CHECK", 384, 32600 + 37700)]
    [InlineData("PAIRING_CHECK", 384 * 3, (3 * 32600) + 37700)]
    [InlineData("G1MSM", 160, 12000)]
    [InlineData("G1MSM", 160 * 2, 2 * 12000 * 949 / 1000)]
    [InlineData("G1MSM", 160 * 128, 128 * 12000 * 519 / 1000)]
    [InlineData("G1MSM", 160 * 200, 200 * 12000 * 519 / 1000)]
    [InlineData("G2MSM", 288, 22500)]
    [InlineData("G2MSM", 288 * 2, 2 * 22500)]
    [InlineData("G2MSM", 288 * 3, 3 * 22500 * 923 / 1000)]
    [InlineData("G2MSM", 288 * 128, 128 * 22500 * 524 / 1000)]
    [InlineData("G2MSM", 288 * 129, 129 * 22500 * 524 / 1000)]
    public void Gas_FollowsFinalSchedule(string precompile, int length, long gas)
    {
        Assert.Equal(gas, BlsPrecompiles.ByName[precompile].Gas(new byte[length], Fork.Prague));
    }

    [Fact]
    public void DiscountTables_HaveOneEntryPerKUpTo128AndEndAtTheCap()
    {
        Assert.Equal(128, Eip2537.G1Discounts.Length);
        Assert.Equal(128, Eip2537.G2Discounts.Length);
        Assert.Equal(519, Eip2537.G1Discounts[^1]);
        Assert.Equal(524, Eip2537.G2Discounts[^1]);
        for (int i = 1; i < 128; i++)
        {
            Assert.True(Eip2537.G1Discounts[i] <= Eip2537.G1Discounts[i - 1]);
            Assert.True(Eip2537.G2Discounts[i] <= Eip2537.G2Discounts[i - 1]);
        }
    }

    [Fact]
    public void AddressesAndForks_AreThoseOfTheFinalEip()
    {
        int[] expected = [0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11];
        string[] names = ["G1ADD", "G1MSM", "G2ADD", "G2MSM", "PAIRING_CHECK", "MAP_FP_TO_G1", "MAP_FP2_TO_G2"];
        for (int i = 0; i < names.Length; i++)
        {
            var precompile = BlsPrecompiles.ByName[names[i]];
            Assert.Equal(expected[i], precompile.Address.ToString()[^2..] switch { var h => Convert.ToInt32(h, 16) });
            Assert.Equal(Fork.Prague, precompile.Since);
        }
    }
}
