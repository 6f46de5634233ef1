using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.Builtins.BuiltinTestKit;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>signature, verify_sig, generateKeypair, deriveAddress (LANGUAGE.md 9.7).</summary>
public class SignatureBuiltinsTests
{
    private const string Priv1 = "0000000000000000000000000000000000000000000000000000000000000001";
    private const string Pub1 = "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
    private const string Pub1Compressed = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    private const string SigHello = "0f2fff8620d8ffe97040f8cf72ae476ef8ff4412373929c0324ce8428d3352e71845ae4903027667005846f8f0be3e5ed2db5c3826ba83a6e542e080792f9a9d";
    private const string N = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    [Fact]
    public void Vector_PrivateKey1()
    {
        Assert.Equal("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf", Text("deriveAddress", S(Pub1)));
        Assert.Equal(SigHello, Text("signature", S("hello"), S(Priv1)));
        Assert.True(Call("verify_sig", S("hello"), S(SigHello), S(Pub1)).AsBool);
        Assert.False(Call("verify_sig", S("hello!"), S(SigHello), S(Pub1)).AsBool);
    }

    [Fact]
    public void Signature_AcceptsPrefixAndUppercase_AndAlgorithmArgument()
    {
        Assert.Equal(SigHello, Text("signature", S("hello"), S("0x" + Priv1)));
        Assert.Equal(SigHello, Text("signature", S("hello"), S("0X" + Priv1.ToUpperInvariant())));
        Assert.Equal(SigHello, Text("signature", S("hello"), S(Priv1), S("ecdsa")));
    }

    [Fact]
    public void Signature_IsDeterministic_AndSignsTextForm()
    {
        Assert.Equal(Text("signature", S("[1, 2]"), S(Priv1)), Text("signature", L(I(1), I(2)), S(Priv1)));
        Assert.Equal(Text("signature", S("x"), S(Priv1)), Text("signature", S("x"), S(Priv1)));
    }

    [Fact]
    public void Signature_Errors_InOrder()
    {
        Assert.Equal("signature() argument 2 must be a string, got INTEGER", Error("signature", S("m"), I(1)));
        Assert.Equal("signature() argument 2 must be a string, got INTEGER", Error("signature", S("m"), I(1), S("RSA")));
        Assert.Equal("signature() argument 3 must be a string, got INTEGER", Error("signature", S("m"), S("bad"), I(1)));
        Assert.Equal("Unsupported signature algorithm: RSA", Error("signature", S("m"), S("bad"), S("RSA")));
        Assert.Equal("signature(): invalid private key", Error("signature", S("m"), S("bad")));
        Assert.Equal("signature(): invalid private key", Error("signature", S("m"), S(new string('0', 64))));
        Assert.Equal("signature(): invalid private key", Error("signature", S("m"), S(N)));
        Assert.Equal("signature(): invalid private key", Error("signature", S("m"), S(Priv1[2..])));
        Assert.Equal("signature(): invalid private key", Error("signature", S("m"), S("00" + Priv1)));
        Assert.Equal("signature(): invalid private key", Error("signature", S("m"), S("")));
        Assert.Equal("signature() expects 2 to 3 arguments, got 1", Error("signature", S("m")));
    }

    [Fact]
    public void VerifySig_AcceptsCompressedKeyAndPrefixes()
    {
        Assert.True(Call("verify_sig", S("hello"), S(SigHello), S(Pub1Compressed)).AsBool);
        Assert.True(Call("verify_sig", S("hello"), S("0x" + SigHello.ToUpperInvariant()), S("0X" + Pub1), S("ECDSA")).AsBool);
    }

    [Fact]
    public void VerifySig_MalformedInputs_AreFalse()
    {
        Value[] badSigs = [I(1), Null, S(""), S("zz"), S(SigHello[..^2]), S(SigHello + "00"), S(new string('0', 128)), S(N + SigHello[64..]), L()];
        foreach (var sig in badSigs)
        {
            Assert.False(Call("verify_sig", S("hello"), sig, S(Pub1)).AsBool);
        }

        Value[] badKeys = [I(1), Null, S(""), S(Pub1[..^2]), S("04" + new string('0', 128)), S("05" + Pub1[2..]), S(Pub1[..^1] + "9"), M()];
        foreach (var key in badKeys)
        {
            Assert.False(Call("verify_sig", S("hello"), S(SigHello), key).AsBool);
        }
    }

    [Fact]
    public void VerifySig_AlgorithmErrors()
    {
        Assert.Equal("Unsupported signature algorithm: RSA", Error("verify_sig", S("m"), S(SigHello), S(Pub1), S("RSA")));
        Assert.Equal("verify_sig() argument 4 must be a string, got NULL", Error("verify_sig", S("m"), S(SigHello), S(Pub1), Null));
    }

    [Fact]
    public void GenerateKeypair_ProducesUsableKeys()
    {
        var kp = Call("generateKeypair");
        Assert.Equal("[private_key, public_key]", Text("keys", kp));
        var priv = kp.AsMap.Get("private_key").AsString;
        var pub = kp.AsMap.Get("public_key").AsString;
        Assert.Equal(64, priv.Length);
        Assert.Equal(130, pub.Length);
        Assert.StartsWith("04", pub, StringComparison.Ordinal);
        Assert.Equal(priv.ToLowerInvariant(), priv);
        var sig = Call("signature", S("message"), S(priv));
        Assert.True(Call("verify_sig", S("message"), sig, S(pub)).AsBool);
        Assert.False(Call("verify_sig", S("other"), sig, S(pub)).AsBool);
        Assert.Equal(42, Call("deriveAddress", S(pub)).AsString.Length);

        var kp2 = Call("generateKeypair", S("ECDSA"));
        Assert.NotEqual(priv, kp2.AsMap.Get("private_key").AsString);
        Assert.Equal("Unsupported signature algorithm: ed25519", Error("generateKeypair", S("ed25519")));
        Assert.Equal("generateKeypair() argument 1 must be a string, got INTEGER", Error("generateKeypair", I(1)));
    }

    [Fact]
    public void DeriveAddress_PrefixAndCompressedKey()
    {
        Assert.Equal("7e5f4552091a69125d5dfcb7b8c2659029395bdf", Text("deriveAddress", S(Pub1), S("")));
        Assert.Equal("Zx7e5f4552091a69125d5dfcb7b8c2659029395bdf", Text("deriveAddress", S(Pub1), S("Zx")));
        Assert.Equal("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf", Text("deriveAddress", S(Pub1Compressed)));
        Assert.Equal("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf", Text("deriveAddress", S("0x" + Pub1.ToUpperInvariant())));
    }

    [Fact]
    public void DeriveAddress_Errors()
    {
        Assert.Equal("deriveAddress(): invalid public key", Error("deriveAddress", I(5)));
        Assert.Equal("deriveAddress(): invalid public key", Error("deriveAddress", S("04abc")));
        Assert.Equal("deriveAddress(): invalid public key", Error("deriveAddress", S("04" + new string('0', 128))));
        Assert.Equal("deriveAddress(): invalid public key", Error("deriveAddress", S(Pub1[2..])));
        Assert.Equal("deriveAddress() argument 2 must be a string, got INTEGER", Error("deriveAddress", S(Pub1), I(1)));
        Assert.Equal("deriveAddress() argument 2 must be a string, got INTEGER", Error("deriveAddress", I(5), I(1)));
        Assert.Equal("deriveAddress() expects 1 to 2 arguments, got 0", Error("deriveAddress"));
    }
}
