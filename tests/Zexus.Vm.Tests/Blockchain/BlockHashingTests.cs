using System.Security.Cryptography;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests.Blockchain;

public class BlockHashingTests
{
    /// <summary><c>{name: "zexus", values: [1, -2, 3.5, true, null, 2**70], nested: {k: [], "é": "✓"}}</c>.</summary>
    private static Value Nested() => M(
        ("name", S("zexus")),
        ("values", L(I(1), I(-2), F(3.5), Value.True, Value.Null, I(Pow2(70)))),
        ("nested", M(("k", L()), ("é", S("✓")))));

    /// <summary>The encoding written out field by field (docs/blockchain-semantics.md section 1), and its SHA-256,
    /// both cross-checked with an independent Python implementation of the same rules.</summary>
    [Fact]
    public void HashValue_NestedValue_KnownVector()
    {
        const string expectedEncoding =
            "06" + "00000003"
            + "00000004" + "6e616d65" + "04" + "00000005" + "7a65787573"
            + "00000006" + "76616c756573" + "05" + "00000006"
            + "02" + "00000002" + "00" + "01"
            + "02" + "00000002" + "01" + "02"
            + "03" + "00000008" + "400c000000000000"
            + "01" + "00000001" + "01"
            + "00" + "00000000"
            + "02" + "0000000a" + "00" + "400000000000000000"
            + "00000006" + "6e6573746564" + "06" + "00000002"
            + "00000001" + "6b" + "05" + "00000000"
            + "00000002" + "c3a9" + "04" + "00000003" + "e29c93";
        Assert.Equal(expectedEncoding, Convert.ToHexStringLower(CanonicalEncoding.Encode(Nested())));
        Assert.Equal("5051e5f81666b2d42a941b888557e46f7b225afd2c2bc50579ca11910ce3304b", BlockHashing.HashValue(Nested()));
    }

    [Fact]
    public void HashValue_IsSha256OfEncoding_LowercaseHex()
    {
        var value = L(S("a"), I(2));
        var expected = Convert.ToHexStringLower(SHA256.HashData(CanonicalEncoding.Encode(value)));
        Assert.Equal(expected, BlockHashing.HashValue(value));
        Assert.Equal(Convert.FromHexString(expected), BlockHashing.HashValueBytes(value));
    }

    [Fact]
    public void HashValue_EqualStructures_EqualHashes_DistinctObjects() =>
        Assert.Equal(BlockHashing.HashValue(Nested()), BlockHashing.HashValue(Nested()));

    [Fact]
    public void HashValue_SameTextForm_DifferentHashes()
    {
        Assert.Equal(TextForm.Of(L(S("a, b"))), TextForm.Of(L(S("a"), S("b"))));
        Assert.NotEqual(BlockHashing.HashValue(L(S("a, b"))), BlockHashing.HashValue(L(S("a"), S("b"))));
    }

    [Fact]
    public void HashValueBytes_Limit_Enforced() =>
        Assert.Throws<ZexusError>(() => BlockHashing.HashValueBytes(S("abcdef"), 8));
}
