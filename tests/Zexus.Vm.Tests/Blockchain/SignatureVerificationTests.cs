using System.Security.Cryptography;
using System.Text;
using Zexus.Crypto;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests.Blockchain;

public class SignatureVerificationTests
{
    // LANGUAGE.md 9.7 test vector: private key 1, message "hello".
    private const string Secp256k1Public = "04"
        + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
    private const string Secp256k1Compressed = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    private const string Secp256k1Hello = "0f2fff8620d8ffe97040f8cf72ae476ef8ff4412373929c0324ce8428d3352e7"
        + "1845ae4903027667005846f8f0be3e5ed2db5c3826ba83a6e542e080792f9a9d";

    // RFC 8032 7.1 TEST 2: the message is the single byte 0x72, the UTF-8 of "r".
    private const string Ed25519Public = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private const string Ed25519R = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

    private static readonly byte[] Seed = SHA256.HashData("zexus ed25519 test seed"u8);

    private static string Flip(string hex, int digit)
    {
        var chars = hex.ToCharArray();
        chars[digit] = chars[digit] == '0' ? '1' : '0';
        return new string(chars);
    }

    [Fact]
    public void Secp256k1_LanguageVector_Verifies()
    {
        Assert.True(SignatureVerification.Verify(S("hello"), Secp256k1Hello, Secp256k1Public));
        Assert.True(SignatureVerification.Verify(S("hello"), Secp256k1Hello, Secp256k1Compressed));
        Assert.True(SignatureVerification.Verify(S("hello"), "0x" + Secp256k1Hello.ToUpperInvariant(), "0X" + Secp256k1Public));
    }

    [Fact]
    public void Secp256k1_Altered_False()
    {
        Assert.False(SignatureVerification.Verify(S("hello!"), Secp256k1Hello, Secp256k1Public));
        Assert.False(SignatureVerification.Verify(S("hello"), Flip(Secp256k1Hello, 10), Secp256k1Public));
        Assert.False(SignatureVerification.Verify(S("hello"), Flip(Secp256k1Hello, 100), Secp256k1Public));
        Assert.False(SignatureVerification.Verify(S("hello"), Secp256k1Hello, Flip(Secp256k1Public, 20)));
        Assert.False(SignatureVerification.Verify(S("hello"), Secp256k1Hello, "03" + Secp256k1Compressed[2..]));
    }

    [Fact]
    public void Secp256k1_NonStringData_SignsTextForm()
    {
        var priv = new byte[32];
        priv[31] = 7;
        var data = L(I(1), M(("a", F(2.5))));
        var signature = Secp256k1.Sign(SHA256.HashData(Encoding.UTF8.GetBytes("[1, {a: 2.5}]")), priv);
        var publicKey = Convert.ToHexStringLower(Secp256k1.PublicKeyFromPrivate(priv));
        Assert.True(SignatureVerification.Verify(data, Convert.ToHexStringLower(signature), publicKey));
        Assert.False(SignatureVerification.Verify(L(I(1), M(("a", F(2.0)))), Convert.ToHexStringLower(signature), publicKey));
    }

    [Fact]
    public void Ed25519_RfcTest2_VerifiesAsString() =>
        Assert.True(SignatureVerification.Verify(S("r"), Ed25519R, Ed25519Public));

    [Fact]
    public void Ed25519_SignedValue_VerifiesAndAlteredFails()
    {
        var publicKey = Convert.ToHexStringLower(Ed25519.PublicKeyFromSeed(Seed));
        var signature = Convert.ToHexStringLower(Ed25519.Sign(Seed, "transfer 10 to bob"u8));
        Assert.True(SignatureVerification.Verify(S("transfer 10 to bob"), signature, publicKey));
        Assert.True(SignatureVerification.Verify(S("transfer 10 to bob"), signature.ToUpperInvariant(), "0x" + publicKey));
        Assert.False(SignatureVerification.Verify(S("transfer 11 to bob"), signature, publicKey));
        Assert.False(SignatureVerification.Verify(S("transfer 10 to bob"), Flip(signature, 3), publicKey));
        Assert.False(SignatureVerification.Verify(S("transfer 10 to bob"), Flip(signature, 90), publicKey));
        Assert.False(SignatureVerification.Verify(S("transfer 10 to bob"), signature, Flip(publicKey, 5)));
    }

    [Fact]
    public void Ed25519_NonStringData_SignsTextForm()
    {
        var publicKey = Convert.ToHexStringLower(Ed25519.PublicKeyFromSeed(Seed));
        var signature = Convert.ToHexStringLower(Ed25519.Sign(Seed, "[1, 2, true]"u8));
        Assert.True(SignatureVerification.Verify(L(I(1), I(2), Value.True), signature, publicKey));
        Assert.True(SignatureVerification.Verify(S("[1, 2, true]"), signature, publicKey));
    }

    [Theory]
    [InlineData(null, Ed25519Public)]
    [InlineData(Ed25519R, null)]
    [InlineData("", Ed25519Public)]
    [InlineData(Ed25519R, "")]
    [InlineData("zz" + Ed25519R, Ed25519Public)]
    [InlineData(Ed25519R + "0", Ed25519Public)]
    [InlineData(Ed25519R + "00", Ed25519Public)]
    [InlineData(Ed25519R, Ed25519Public + "00")]
    [InlineData(Ed25519R, "00" + Ed25519Public)]
    [InlineData(Ed25519R, "04" + Ed25519Public)]
    [InlineData(Secp256k1Hello, "05" + Secp256k1Public)]
    [InlineData(Secp256k1Hello, "04" + Secp256k1Public)]
    [InlineData(Secp256k1Hello, "02" + Secp256k1Public)]
    [InlineData(Secp256k1Hello, "04" + Secp256k1Compressed)]
    [InlineData(Secp256k1Hello + "00", Secp256k1Public)]
    [InlineData(" " + Secp256k1Hello, Secp256k1Public)]
    public void Malformed_False(string? signature, string? publicKey)
    {
        Assert.False(SignatureVerification.Verify(S("r"), signature, publicKey));
        Assert.False(SignatureVerification.Verify(S("hello"), signature, publicKey));
    }

    [Fact]
    public void WrongAlgorithmSignature_False()
    {
        // An Ed25519 signature under a secp256k1 key and the reverse: lengths match, so only verification decides.
        Assert.False(SignatureVerification.Verify(S("r"), Ed25519R, Secp256k1Public));
        Assert.False(SignatureVerification.Verify(S("hello"), Secp256k1Hello, Ed25519Public));
    }

    [Theory]
    [InlineData(Secp256k1Public, SignatureAlgorithm.Secp256k1Ecdsa)]
    [InlineData(Secp256k1Compressed, SignatureAlgorithm.Secp256k1Ecdsa)]
    [InlineData("03" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", SignatureAlgorithm.Secp256k1Ecdsa)]
    [InlineData(Ed25519Public, SignatureAlgorithm.Ed25519)]
    [InlineData("0x" + Ed25519Public, SignatureAlgorithm.Ed25519)]
    [InlineData("04" + Ed25519Public, SignatureAlgorithm.Unknown)]
    [InlineData("01" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", SignatureAlgorithm.Unknown)]
    [InlineData("", SignatureAlgorithm.Unknown)]
    [InlineData("xyz", SignatureAlgorithm.Unknown)]
    [InlineData(null, SignatureAlgorithm.Unknown)]
    public void Classify_ByKeyEncoding(string? publicKey, SignatureAlgorithm expected) =>
        Assert.Equal(expected, SignatureVerification.Classify(publicKey));
}
