using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Zexus.Crypto;

namespace Zexus.Crypto.Tests;

public class Ed25519Tests
{
    /// <summary>RFC 8032 section 7.1: seed, public key, message and signature, all hex.</summary>
    public static TheoryData<string, string, string, string, string> Rfc8032Vectors => new()
    {
        {
            "TEST 1",
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "TEST 2",
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "TEST 3",
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
        {
            "TEST 1024",
            "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
            "278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e",
            Message1024,
            "0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03"
        },
        {
            "TEST SHA(abc)",
            "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
            "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"
        },
    };

    /// <summary>Seeds SHA-256("zexus-N"), messages "message for zexus-N"; signatures from @noble/curves 2.x.</summary>
    public static TheoryData<string, string, string, string> NobleVectors => new()
    {
        {
            "0afbfe320dbc2b1db367f933068d14f0a74a870fbb5bcbccf932073e55db6df9",
            "1cab32c5875549a13eede7b52ba651cf3ed1394191b26dc892ce7843c02a08c6",
            "message for zexus-1",
            "59c646f78091b713b02f040ccc3dcbe9cdd53ecbe92cc80382bfadafe0ff504c0413d055519cafb748b81d5cc53dddff05596622379266465ae7fc702cd57e0b"
        },
        {
            "3513247e1d09a2f6d506aa57a166722e20415a231625c6cef1d4fa760bf04e9a",
            "19bde4dcc3ba6721c1ba760583a582ca65df1e3c9052b4b868b1ff6c6602038f",
            "message for zexus-2",
            "844d660ec255f3663aa6a523c8e454d4a0383ce4b46351281397ba641650c86c0b5a857a00a5712d24058dce59a21e7d0c9cd30ea5709b308da98901e9cb8b08"
        },
        {
            "14a469a50872bc82b95d6d262ef5f42b48aeef951631fb6b0bc30e8ba1b5b5d6",
            "0a0081684d1a3f893baf47464de3b0840f5acaeb13490c404c49be1650eed033",
            "message for zexus-3",
            "6d5c92937740500e4ce100f24f138d70bfc53716b92cc755cd5426c5e7455ae363c7b13018359f8212335b939fc566721f1a33efbe082cab4a6f350721129301"
        },
    };

    private const string Message1024 = ""
        + "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98"
        + "fa6e264bf09efe12ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d8"
        + "79de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d"
        + "658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc"
        + "1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4fe"
        + "ba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e"
        + "06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbef"
        + "efd75499da96bd68a8a97b928a8bbc103b6621fcde2beca1231d206be6cd9ec7"
        + "aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1"
        + "85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2"
        + "d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24"
        + "554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270"
        + "88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc"
        + "2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2cf65bd92dd597b07"
        + "07e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
        + "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51a"
        + "ddd3b75a2b1ae0784504df543af8969be3ea7082ff7fc9888c144da2af58429e"
        + "c96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7"
        + "51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c"
        + "42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8"
        + "ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df"
        + "f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08"
        + "d78ff4ef5d63653a65040cf9bfd4aca7984a74d37145986780fc0b16ac451649"
        + "de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4"
        + "88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a3"
        + "2ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e"
        + "6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f"
        + "b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b5"
        + "0d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d90d11faa933a15ef1"
        + "369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
        + "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c"
        + "0618983f8741c5ef68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0";

    private static readonly BigInteger L = (BigInteger.One << 252)
        + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly byte[] Seed2 = Convert.FromHexString("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    private static readonly byte[] Public2 = Convert.FromHexString("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    private static readonly byte[] Message2 = [0x72];
    private static readonly byte[] Signature2 = Convert.FromHexString(
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

    [Fact]
    public void Message1024_IsThe1023ByteRfcMessage() => Assert.Equal(1023, Message1024.Length / 2);

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Rfc8032Vector_KeySignatureAndVerification_Match(string name, string seed, string publicKey, string message, string signature)
    {
        var seedBytes = Convert.FromHexString(seed);
        var messageBytes = Convert.FromHexString(message);
        Assert.Equal(publicKey, Convert.ToHexStringLower(Ed25519.PublicKeyFromSeed(seedBytes)));
        Assert.Equal(signature, Convert.ToHexStringLower(Ed25519.Sign(seedBytes, messageBytes)));
        Assert.True(Ed25519.Verify(Convert.FromHexString(publicKey), messageBytes, Convert.FromHexString(signature)), name);
    }

    [Theory]
    [MemberData(nameof(NobleVectors))]
    public void NobleVector_SignatureMatchesAndVerifies(string seed, string publicKey, string message, string signature)
    {
        var messageBytes = Encoding.UTF8.GetBytes(message);
        Assert.Equal(seed, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message["message for ".Length..]))));
        Assert.Equal(publicKey, Convert.ToHexStringLower(Ed25519.PublicKeyFromSeed(Convert.FromHexString(seed))));
        Assert.Equal(signature, Convert.ToHexStringLower(Ed25519.Sign(Convert.FromHexString(seed), messageBytes)));
        Assert.True(Ed25519.Verify(Convert.FromHexString(publicKey), messageBytes, Convert.FromHexString(signature)));
    }

    [Fact]
    public void Verify_AlteredMessage_False()
    {
        Assert.False(Ed25519.Verify(Public2, [0x73], Signature2));
        Assert.False(Ed25519.Verify(Public2, [], Signature2));
        Assert.False(Ed25519.Verify(Public2, [0x72, 0x00], Signature2));
    }

    [Fact]
    public void Verify_EveryBitOfSignatureFlipped_False()
    {
        for (var bit = 0; bit < 512; bit++)
        {
            var altered = (byte[])Signature2.Clone();
            altered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(Ed25519.Verify(Public2, Message2, altered), $"bit {bit}");
        }
    }

    [Fact]
    public void Verify_EveryBitOfPublicKeyFlipped_False()
    {
        for (var bit = 0; bit < 256; bit++)
        {
            var altered = (byte[])Public2.Clone();
            altered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(Ed25519.Verify(altered, Message2, Signature2), $"bit {bit}");
        }
    }

    [Fact]
    public void Verify_OtherKeysSignature_False()
    {
        var other = Ed25519.PublicKeyFromSeed(new byte[32]);
        Assert.False(Ed25519.Verify(other, Message2, Signature2));
    }

    /// <summary>S + L satisfies the group equation, so only the canonical-S check (5.1.7 step 1) rejects it.</summary>
    [Fact]
    public void Verify_SPlusL_False()
    {
        var s = new BigInteger(Signature2.AsSpan(32), isUnsigned: true);
        var altered = WithS(Signature2, s + L);
        Assert.False(Ed25519.Verify(Public2, Message2, altered));
    }

    [Fact]
    public void Verify_SEqualToLOrAllOnes_False()
    {
        Assert.False(Ed25519.Verify(Public2, Message2, WithS(Signature2, L)));
        var allOnes = (byte[])Signature2.Clone();
        allOnes.AsSpan(32).Fill(0xFF);
        Assert.False(Ed25519.Verify(Public2, Message2, allOnes));
    }

    [Fact]
    public void Verify_SZeroOrRZero_False()
    {
        Assert.False(Ed25519.Verify(Public2, Message2, WithS(Signature2, BigInteger.Zero)));
        var zeroR = (byte[])Signature2.Clone();
        zeroR.AsSpan(0, 32).Clear();
        Assert.False(Ed25519.Verify(Public2, Message2, zeroR));
    }

    [Fact]
    public void Verify_RAndSSwapped_False()
    {
        var swapped = new byte[64];
        Signature2.AsSpan(32).CopyTo(swapped);
        Signature2.AsSpan(0, 32).CopyTo(swapped.AsSpan(32));
        Assert.False(Ed25519.Verify(Public2, Message2, swapped));
    }

    /// <summary>y = p (2^255 − 19) is a non-canonical encoding of y = 0, which 5.1.3 step 1 rejects.</summary>
    [Fact]
    public void Verify_NonCanonicalPublicKeyY_False()
    {
        var p = (BigInteger.One << 255) - 19;
        var key = new byte[32];
        p.TryWriteBytes(key, out _, isUnsigned: true);
        Assert.False(Ed25519.Verify(key, Message2, Signature2));
        key.AsSpan().Fill(0xFF);
        Assert.False(Ed25519.Verify(key, Message2, Signature2));
    }

    /// <summary>y = 2 gives u / v that is not a square, so no point has that y.</summary>
    [Fact]
    public void Verify_PublicKeyNotOnCurve_False()
    {
        var key = new byte[32];
        key[0] = 2;
        Assert.False(Ed25519.Verify(key, Message2, Signature2));
    }

    /// <summary>y = 1 gives x = 0; the sign bit may then not be set (5.1.3 step 4).</summary>
    [Fact]
    public void Verify_NegativeZeroX_False()
    {
        var key = new byte[32];
        key[0] = 1;
        key[31] = 0x80;
        Assert.False(Ed25519.Verify(key, Message2, Signature2));
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(31, 64)]
    [InlineData(33, 64)]
    [InlineData(32, 0)]
    [InlineData(32, 63)]
    [InlineData(32, 65)]
    [InlineData(64, 128)]
    public void Verify_MalformedLengths_False(int keyLength, int signatureLength)
    {
        var key = new byte[keyLength];
        Public2.AsSpan(0, Math.Min(32, keyLength)).CopyTo(key);
        var signature = new byte[signatureLength];
        Signature2.AsSpan(0, Math.Min(64, signatureLength)).CopyTo(signature);
        Assert.False(Ed25519.Verify(key, Message2, signature));
    }

    [Fact]
    public void Verify_RandomBytes_NeverThrows()
    {
        var random = new Random(8032);
        var key = new byte[32];
        var signature = new byte[64];
        for (var i = 0; i < 200; i++)
        {
            random.NextBytes(key);
            random.NextBytes(signature);
            Assert.False(Ed25519.Verify(key, Message2, signature));
        }
    }

    [Fact]
    public void Sign_RoundTripsForSeveralSeeds()
    {
        var random = new Random(25519);
        for (var i = 0; i < 10; i++)
        {
            var seed = new byte[32];
            random.NextBytes(seed);
            var message = new byte[i * 7];
            random.NextBytes(message);
            var signature = Ed25519.Sign(seed, message);
            Assert.Equal(signature, Ed25519.Sign(seed, message));
            Assert.True(Ed25519.Verify(Ed25519.PublicKeyFromSeed(seed), message, signature));
        }
    }

    [Fact]
    public void Sign_WrongSeedLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ed25519.Sign(new byte[31], Message2));
        Assert.Throws<ArgumentException>(() => Ed25519.PublicKeyFromSeed(new byte[33]));
    }

    [Fact]
    public void Seed2_MatchesPublic2() => Assert.Equal(Public2, Ed25519.PublicKeyFromSeed(Seed2));

    private static byte[] WithS(byte[] signature, BigInteger s)
    {
        var result = (byte[])signature.Clone();
        result.AsSpan(32).Clear();
        Assert.True(s.TryWriteBytes(result.AsSpan(32), out _, isUnsigned: true));
        return result;
    }
}
