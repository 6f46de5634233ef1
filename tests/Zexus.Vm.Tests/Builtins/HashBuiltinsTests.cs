using static Zexus.Vm.Tests.Builtins.BuiltinTestKit;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>hash and keccak256 (LANGUAGE.md 9.6) against known digests.</summary>
public class HashBuiltinsTests
{
    [Fact]
    public void Hash_DefaultsToSha256()
    {
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Text("hash", S("hello")));
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Text("hash", S("hello"), S("SHA256")));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Text("hash", S("")));
    }

    [Theory]
    [InlineData("SHA256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("SHA512", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
    [InlineData("SHA3-256", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")]
    [InlineData("SHA3-512", "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0")]
    [InlineData("BLAKE2B", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [InlineData("BLAKE2S", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")]
    [InlineData("KECCAK256", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("sha3-256", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")]
    [InlineData("Blake2s", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")]
    [InlineData("keccak256", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Hash_Algorithms_OfAbc(string alg, string expected) =>
        Assert.Equal(expected, Text("hash", S("abc"), S(alg)));

    [Fact]
    public void Hash_EmptyInputVectors()
    {
        Assert.Equal("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Text("hash", S(""), S("keccak256")));
        Assert.Equal("69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9", Text("hash", S(""), S("blake2s")));
    }

    [Fact]
    public void Keccak256_IsPrefixed()
    {
        Assert.Equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Text("keccak256", S("")));
        Assert.Equal("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", Text("keccak256", S("abc")));
    }

    [Fact]
    public void Data_NonStringsHashTheirTextForm()
    {
        Assert.Equal(Text("hash", S("42")), Text("hash", I(42)));
        Assert.Equal(Text("hash", S("[1, a, null]")), Text("hash", L(I(1), S("a"), Null)));
        Assert.Equal(Text("hash", S("{k: true}")), Text("hash", M(("k", B(true)))));
        Assert.Equal(Text("keccak256", S("1.5")), Text("keccak256", F(1.5)));
        // A string is its UTF-8 bytes: "é" is C3 A9.
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new byte[] { 0xC3, 0xA9 })), Text("hash", S("é")));
    }

    [Fact]
    public void Hash_Errors()
    {
        Assert.Equal("Unsupported hash algorithm: MD5", Error("hash", S("abc"), S("MD5")));
        Assert.Equal("Unsupported hash algorithm: sha-256", Error("hash", S("abc"), S("sha-256")));
        Assert.Equal("Unsupported hash algorithm: ", Error("hash", S("abc"), S("")));
        // Only ASCII letters fold: U+017F (long s) is not "S".
        Assert.Equal("Unsupported hash algorithm: \u017Fha256", Error("hash", S("abc"), S("\u017Fha256")));
        Assert.Equal("hash() argument 2 must be a string, got INTEGER", Error("hash", S("abc"), I(256)));
        Assert.Equal("hash() expects 1 to 2 arguments, got 0", Error("hash"));
        Assert.Equal("keccak256() expects 1 argument, got 2", Error("keccak256", S("a"), S("b")));
    }
}
