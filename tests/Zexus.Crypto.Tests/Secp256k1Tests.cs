using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Crypto.Tests;

public class Secp256k1Tests
{
    private const string KeyOne = "0000000000000000000000000000000000000000000000000000000000000001";
    private const string KeyOnePublic = "04"
        + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
    private const string OrderHex = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    private static readonly BigInteger Order = new(Convert.FromHexString(OrderHex), isUnsigned: true, isBigEndian: true);

    private static byte[] Sha256Of(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static byte[] Scalar(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }

    private static byte[] RandomPrivateKey(Random random)
    {
        var key = new byte[32];
        do
        {
            random.NextBytes(key);
        }
        while (!Secp256k1.IsValidPrivateKey(key));

        return key;
    }

    [Fact]
    public void Sign_LanguageSpecVector_MatchesAndVerifies()
    {
        byte[] priv = Hex.Parse(KeyOne);
        byte[] signature = Secp256k1.Sign(Sha256Of("hello"), priv);

        Assert.Equal("0f2fff8620d8ffe97040f8cf72ae476ef8ff4412373929c0324ce8428d3352e7"
            + "1845ae4903027667005846f8f0be3e5ed2db5c3826ba83a6e542e080792f9a9d", Hex.ToHex(signature));
        Assert.Equal(KeyOnePublic, Hex.ToHex(Secp256k1.PublicKeyFromPrivate(priv)));
        Assert.True(Secp256k1.Verify(Sha256Of("hello"), signature, Hex.Parse(KeyOnePublic)));
        Assert.False(Secp256k1.Verify(Sha256Of("hello!"), signature, Hex.Parse(KeyOnePublic)));
    }

    // Generated with @noble/curves 1.9.0: secp256k1.sign(sha256(message), key, { lowS: true }).
    [Theory]
    [InlineData(KeyOne, "sample", "58db657bcd631038bea07b4941172f0167aca98f12b55e3176bd1c35435d6501"
        + "3a78e73d8ff8ab554e13c10f6390d81a882f91945d6275493882676170b53a57", 1)]
    [InlineData(KeyOne, "", "77c8d336572f6f466055b5f70f433851f8f535f6c4fc71133a6cfd71079d03b7"
        + "0ed9f5eb8aa5b266abac35d416c3207e7a538bf5f37649727d7a9823b1069577", 1)]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", "hello",
        "533b756f2dd68a5a3d7a6ca83556266df4d6835d06f58ef283943b78046673e4"
        + "0d7c3b2bcf711130279cbe66afdd62cccf5de8ccf04eb13803f00dd828fb2b00", 1)]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", "test",
        "65b79d53819915fe61f7f57d82134a73386e3f7fd0c791232f26fc1b942991e1"
        + "093a2c182134be3c4f39ac1f06ada089fcfcdd5d50f116bcfdc9e5e76e22a026", 1)]
    [InlineData("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721", "sample",
        "432310e32cb80eb6503a26ce83cc165c783b870845fb8aad6d970889fcd7a6c8"
        + "530128b6b81c548874a6305d93ed071ca6e05074d85863d4056ce89b02bfab69", 0)]
    [InlineData("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721", "test",
        "f2adcea7139057be6409855ee96d008e0e5b5f532333ec17448e26a36f47bcb2"
        + "570c9d342779b40f513c0d75cbf93e3f3de7b01f6593f17bfc2ee87151414d64", 0)]
    [InlineData("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "hello",
        "8403487598f317246384047b2415389d80757ac6e67fc77fa302c81de9bd654d"
        + "0c8078ccb08f9aaa0a31017589e92ff38e8976d40fd66cbbe6e9e2706a49671d", 1)]
    [InlineData("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "",
        "0435e7191fe7cc0c2834f3a0b375e8228248a09663710ce1e501ac4c748b6de7"
        + "6d13c81d2d95d26e74b51e73e3db79e1911b25de8f87bc6b8fe1b39d52b5389d", 1)]
    public void SignRecoverable_ReferenceVectors_MatchAndRecover(string privHex, string message, string expected, int expectedRecoveryId)
    {
        byte[] priv = Hex.Parse(privHex);
        byte[] hash = Sha256Of(message);
        byte[] signature = Secp256k1.SignRecoverable(hash, priv, out int recoveryId);

        Assert.Equal(expected, Hex.ToHex(signature));
        Assert.Equal(expectedRecoveryId, recoveryId);
        byte[] publicKey = Secp256k1.PublicKeyFromPrivate(priv);
        Assert.True(Secp256k1.Verify(hash, signature, publicKey));
        Assert.True(Secp256k1.TryRecover(hash, signature, recoveryId, out byte[] recovered));
        Assert.Equal(publicKey, recovered);
    }

    [Theory]
    [InlineData("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", KeyOnePublic)]
    [InlineData("0379be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
        "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "b7c52588d95c3b9aa25b0403f1eef75702e84bb7597aabe663b82f6f04ef2777")]
    [InlineData("024e3b81af9c2234cad09d679ce6035ed1392347ce64ce405f5dcd36228a25de6e",
        "044e3b81af9c2234cad09d679ce6035ed1392347ce64ce405f5dcd36228a25de6e"
        + "47fd35c4215d1edf53e6f83de344615ce719bdb0fd878f6ed76f06dd277956de")]
    [InlineData("032c8c31fc9f990c6b55e3865a184a4ce50e09481f2eaeb3e60ec1cea13a6ae645",
        "042c8c31fc9f990c6b55e3865a184a4ce50e09481f2eaeb3e60ec1cea13a6ae645"
        + "64b95e4fdb6948c0386e189b006a29f686769b011704275e4459822dc3328085")]
    public void TryParsePublicKey_Compressed_Decompresses(string compressed, string uncompressed)
    {
        Assert.True(Secp256k1.TryParsePublicKey(Hex.Parse(compressed), out byte[] key));
        Assert.Equal(uncompressed, Hex.ToHex(key));
        Assert.True(Secp256k1.TryParsePublicKey(Hex.Parse(uncompressed), out byte[] same));
        Assert.Equal(uncompressed, Hex.ToHex(same));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("04")]
    // Wrong prefixes: hybrid 06/07 and 05 for an otherwise valid point.
    [InlineData("0679be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")]
    [InlineData("0579be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")]
    // Off the curve: G with y + 1.
    [InlineData("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b9")]
    // x = 5: 5³ + 7 is not a square mod p.
    [InlineData("020000000000000000000000000000000000000000000000000000000000000005")]
    // x = 1 + p, y valid for x = 1: congruent to a curve point but x ≥ p.
    [InlineData("02fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc30")]
    [InlineData("04fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc30"
        + "4218f20ae6c646b363db68605822fb14264ca8d2587fdd6fbc750d587e76a7ee")]
    // Right length, wrong size: 64 and 66 bytes.
    [InlineData("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")]
    [InlineData("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b800")]
    public void TryParsePublicKey_Malformed_Fails(string encoded)
    {
        Assert.False(Secp256k1.TryParsePublicKey(Hex.Parse(encoded), out byte[] key));
        Assert.Empty(key);
    }

    [Fact]
    public void TryParsePublicKey_XEqualToOneOnCurve_Accepted()
    {
        // The valid counterpart of the x ≥ p cases above.
        Assert.True(Secp256k1.TryParsePublicKey(Hex.Parse(
            "040000000000000000000000000000000000000000000000000000000000000001"
            + "4218f20ae6c646b363db68605822fb14264ca8d2587fdd6fbc750d587e76a7ee"), out _));
    }

    [Fact]
    public void TryDeriveAddress_KeyOne_IsKnownEthereumAddress()
    {
        byte[] publicKey = Hex.Parse(KeyOnePublic);
        Assert.Equal("7e5f4552091a69125d5dfcb7b8c2659029395bdf", Hex.ToHex(Keccak.Keccak256(publicKey.AsSpan(1)).AsSpan(12)));
        Assert.True(Secp256k1.TryDeriveAddress(publicKey, out byte[] address));
        Assert.Equal("7e5f4552091a69125d5dfcb7b8c2659029395bdf", Hex.ToHex(address));
        Assert.True(Secp256k1.TryDeriveAddress(Hex.Parse("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"), out address));
        Assert.Equal("7e5f4552091a69125d5dfcb7b8c2659029395bdf", Hex.ToHex(address));
        Assert.False(Secp256k1.TryDeriveAddress(new byte[65], out _));
    }

    [Fact]
    public void RandomKeys_SignVerifyRecover_RoundTrip()
    {
        var random = new Random(6979);
        for (int i = 0; i < 16; i++)
        {
            byte[] priv = i == 0 ? Secp256k1.GeneratePrivateKey() : RandomPrivateKey(random);
            byte[] publicKey = Secp256k1.PublicKeyFromPrivate(priv);
            var hash = new byte[32];
            random.NextBytes(hash);

            byte[] signature = Secp256k1.SignRecoverable(hash, priv, out int recoveryId);
            Assert.Equal(signature, Secp256k1.Sign(hash, priv));
            BigInteger s = new(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
            Assert.True(s <= Order >> 1);

            Assert.True(Secp256k1.Verify(hash, signature, publicKey));
            Assert.True(Secp256k1.TryParsePublicKey(publicKey, out _));
            byte[] compressed = [(byte)(publicKey[64] % 2 == 0 ? 0x02 : 0x03), .. publicKey.AsSpan(1, 32)];
            Assert.True(Secp256k1.Verify(hash, signature, compressed));

            Assert.True(Secp256k1.TryRecover(hash, signature, recoveryId, out byte[] recovered));
            Assert.Equal(publicKey, recovered);
            if (Secp256k1.TryRecover(hash, signature, recoveryId ^ 1, out byte[] other))
            {
                Assert.NotEqual(publicKey, other);
            }

            byte[] alteredHash = (byte[])hash.Clone();
            alteredHash[random.Next(32)] ^= (byte)(1 << random.Next(8));
            Assert.False(Secp256k1.Verify(alteredHash, signature, publicKey));

            byte[] alteredSignature = (byte[])signature.Clone();
            alteredSignature[random.Next(64)] ^= (byte)(1 << random.Next(8));
            Assert.False(Secp256k1.Verify(hash, alteredSignature, publicKey));

            byte[] otherKey = Secp256k1.PublicKeyFromPrivate(RandomPrivateKey(random));
            Assert.False(Secp256k1.Verify(hash, signature, otherKey));
        }
    }

    [Fact]
    public void Verify_HighS_IsAccepted()
    {
        byte[] hash = Sha256Of("hello");
        byte[] signature = Secp256k1.Sign(hash, Hex.Parse(KeyOne));
        BigInteger s = new(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        byte[] highS = [.. signature.AsSpan(0, 32), .. Scalar(Order - s)];

        Assert.True(Secp256k1.Verify(hash, highS, Hex.Parse(KeyOnePublic)));
        // The recovery id flips with s.
        Assert.True(Secp256k1.TryRecover(hash, highS, 1, out byte[] recovered));
        Assert.Equal(KeyOnePublic, Hex.ToHex(recovered));
    }

    public static TheoryData<string> MalformedSignatures()
    {
        byte[] good = Secp256k1.Sign(Sha256Of("hello"), Hex.Parse(KeyOne));
        string r = Hex.ToHex(good.AsSpan(0, 32));
        string s = Hex.ToHex(good.AsSpan(32));
        string zero = new('0', 64);
        string orderPlusOne = Hex.ToHex(Scalar(Order + 1));
        return new TheoryData<string>
        {
            "",
            r,
            r + s + "00",
            r + s[..62],
            zero + s,
            r + zero,
            OrderHex + s,
            r + OrderHex,
            orderPlusOne + s,
            r + orderPlusOne,
            new string('f', 128),
        };
    }

    [Theory]
    [MemberData(nameof(MalformedSignatures))]
    public void Verify_MalformedSignature_ReturnsFalse(string signatureHex)
    {
        byte[] hash = Sha256Of("hello");
        byte[] signature = Hex.Parse(signatureHex);
        Assert.False(Secp256k1.Verify(hash, signature, Hex.Parse(KeyOnePublic)));
        for (int id = 0; id < 4; id++)
        {
            Assert.False(Secp256k1.TryRecover(hash, signature, id, out byte[] key));
            Assert.Empty(key);
        }
    }

    [Fact]
    public void Verify_MalformedKeyOrHash_ReturnsFalse()
    {
        byte[] hash = Sha256Of("hello");
        byte[] signature = Secp256k1.Sign(hash, Hex.Parse(KeyOne));
        byte[] offCurve = Hex.Parse(KeyOnePublic);
        offCurve[64] ^= 1;

        Assert.False(Secp256k1.Verify(hash, signature, offCurve));
        Assert.False(Secp256k1.Verify(hash, signature, []));
        Assert.False(Secp256k1.Verify(hash, signature, Hex.Parse(KeyOnePublic).AsSpan(0, 33)));
        Assert.False(Secp256k1.Verify(hash.AsSpan(0, 31), signature, Hex.Parse(KeyOnePublic)));
        Assert.False(Secp256k1.Verify([.. hash, 0], signature, Hex.Parse(KeyOnePublic)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void TryRecover_RecoveryIdOutOfRange_ReturnsFalse(int recoveryId)
    {
        byte[] hash = Sha256Of("hello");
        byte[] signature = Secp256k1.Sign(hash, Hex.Parse(KeyOne));
        Assert.False(Secp256k1.TryRecover(hash, signature, recoveryId, out _));
    }

    [Fact]
    public void TryRecover_RNotAnXCoordinate_ReturnsFalse()
    {
        // r = 5 is below n but 5³ + 7 has no square root, so no point R exists.
        byte[] signature = [.. Scalar(5), .. Scalar(1)];
        Assert.False(Secp256k1.TryRecover(new byte[32], signature, 0, out _));
        // r + n ≥ p for every r ≥ p − n, so ids 2 and 3 fail for a large r.
        byte[] largeR = [.. Scalar(Order - 1), .. Scalar(1)];
        Assert.False(Secp256k1.TryRecover(new byte[32], largeR, 2, out _));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData(KeyOne, true)]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", true)]
    [InlineData(OrderHex, false)]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", false)]
    [InlineData("01", false)]
    [InlineData("000000000000000000000000000000000000000000000000000000000000000001", false)]
    public void IsValidPrivateKey_Range_IsOneToNMinusOne(string privHex, bool valid)
    {
        byte[] priv = Hex.Parse(privHex);
        Assert.Equal(valid, Secp256k1.IsValidPrivateKey(priv));
        if (!valid)
        {
            Assert.Throws<ArgumentException>(() => Secp256k1.PublicKeyFromPrivate(priv));
            Assert.Throws<ArgumentException>(() => Secp256k1.Sign(new byte[32], priv));
        }
    }

    [Fact]
    public void Sign_HashNot32Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => Secp256k1.Sign(new byte[31], Hex.Parse(KeyOne)));
    }

    [Fact]
    public void GeneratePrivateKey_IsValidAndFresh()
    {
        byte[] first = Secp256k1.GeneratePrivateKey();
        byte[] second = Secp256k1.GeneratePrivateKey();
        Assert.True(Secp256k1.IsValidPrivateKey(first));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void PublicKeyFromPrivate_OrderMinusOne_IsNegatedGenerator()
    {
        byte[] key = Secp256k1.PublicKeyFromPrivate(Scalar(Order - 1));
        Assert.Equal("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
            + "b7c52588d95c3b9aa25b0403f1eef75702e84bb7597aabe663b82f6f04ef2777", Hex.ToHex(key));
    }
}
