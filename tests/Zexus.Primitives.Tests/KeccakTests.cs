using System.Security.Cryptography;
using System.Text;
using Zexus.Primitives;

namespace Zexus.Primitives.Tests;

public class KeccakTests
{
    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Repeat(char c, int count) => Ascii(new string(c, count));

    /// <summary>Bytes (7i + 3) mod 256, the pattern the extra vectors were generated with.</summary>
    private static byte[] Pattern(int length)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)((i * 7) + 3);
        }

        return bytes;
    }

    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Keccak256_KnownVectors_Match(string input, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Keccak.Keccak256(Ascii(input))));
    }

    [Fact]
    public void Keccak256_MultiBlockInput_Matches()
    {
        Assert.Equal("96ea54061def936c4be90b518992fdc6f12f535068a256229aca54267b4d084d",
            Hex.ToHex(Keccak.Keccak256(Repeat('a', 200))));
    }

    [Theory]
    [InlineData(135, "00ef96af9cf4b24c7f269d922294444a197d0a33638c2e56634c57e892103a8f")]
    [InlineData(136, "742061bcad767ed4c4f5883b1dcb1aad11afdcc140dc469d953759b127b9f9ed")]
    [InlineData(137, "e3371f61e770abf254c34239c3b0099ad90594507415bc81dd0a10b9692bbf2a")]
    [InlineData(272, "ac141fd7b0a0ffcd2e967254d508da3ec616596493c36fa304425647d90e6de5")]
    public void Keccak256_AroundRateBoundary_Matches(int length, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Keccak.Keccak256(Pattern(length))));
    }

    [Fact]
    public void Keccak256_SpanOverload_WritesSameDigestAndLeavesRestAlone()
    {
        var output = new byte[40];
        output.AsSpan(32).Fill(0xEE);
        Keccak.Keccak256(Ascii("abc"), output);
        Assert.Equal(Keccak.Keccak256(Ascii("abc")), output[..32]);
        Assert.All(output[32..], b => Assert.Equal(0xEE, b));
    }

    [Fact]
    public void Keccak256_SpanOverloadTooShort_Throws()
    {
        Assert.Throws<ArgumentException>(() => Keccak.Keccak256(Ascii("abc"), new byte[31]));
    }

    [Theory]
    [InlineData("", "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")]
    [InlineData("abc", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")]
    public void Sha3_256_FipsVectors_Match(string input, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Keccak.Sha3_256(Ascii(input))));
    }

    [Theory]
    [InlineData("", "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a6"
        + "15b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26")]
    [InlineData("abc", "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e"
        + "10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0")]
    public void Sha3_512_FipsVectors_Match(string input, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Keccak.Sha3_512(Ascii(input))));
    }

    [Fact]
    public void Sha3_256_MultiBlockInputs_Match()
    {
        Assert.Equal("cce34485baf2bf2aca99b94833892a4f52896d3d153f7b840cc4f9fe695f1387",
            Hex.ToHex(Keccak.Sha3_256(Repeat('a', 200))));
        Assert.Equal("5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1",
            Hex.ToHex(Keccak.Sha3_256(Repeat('a', 1_000_000))));
    }

    [Theory]
    [InlineData(71, "a02d5795bffd44cb0ac3cc3401ae89056b8017242eaf7e802033e974672ce794"
        + "5811760c3b0d9578bc51bf90c364636ac87cda9b4f3e45620ea9c030421e9d86")]
    [InlineData(72, "2ec0da5ff440c192d33033c4257eb39dcbd27edd7e41b5ac8db9daf13db501a2"
        + "ef938151aaddd82f600335654f77512cbcc926ec5abb05b79282ec716d685618")]
    [InlineData(73, "d26d1f9fc91b1d6c31405cc4a546f246fa7777f698d956c26a15170bccdd696a"
        + "ab3ee2e0597ee6f33bc7ac0336b1e4bfa0cc4355ab9faf8111cf27312640fd65")]
    public void Sha3_512_AroundRateBoundary_Matches(int length, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Keccak.Sha3_512(Pattern(length))));
    }

    [Fact]
    public void Sha3_RandomLengths_MatchPlatform()
    {
        if (!SHA3_256.IsSupported)
        {
            return;
        }

        var random = new Random(152);
        for (int i = 0; i < 300; i++)
        {
            var data = new byte[random.Next(0, 501)];
            random.NextBytes(data);
            Assert.Equal(SHA3_256.HashData(data), Keccak.Sha3_256(data));
            if (SHA3_512.IsSupported)
            {
                Assert.Equal(SHA3_512.HashData(data), Keccak.Sha3_512(data));
            }
        }
    }

    [Fact]
    public void KeccakHasher_ChunkedUpdates_MatchOneShot()
    {
        var random = new Random(7);
        var hashers = new (KeccakHasher Hasher, Func<byte[], byte[]> OneShot)[]
        {
            (KeccakHasher.CreateKeccak256(), d => Keccak.Keccak256(d)),
            (KeccakHasher.CreateSha3_256(), d => Keccak.Sha3_256(d)),
            (KeccakHasher.CreateSha3_512(), d => Keccak.Sha3_512(d)),
        };

        for (int i = 0; i < 100; i++)
        {
            var data = new byte[random.Next(0, 700)];
            random.NextBytes(data);
            foreach (var (hasher, oneShot) in hashers)
            {
                int offset = 0;
                while (offset < data.Length)
                {
                    int take = Math.Min(random.Next(0, 150), data.Length - offset);
                    hasher.Update(data.AsSpan(offset, take));
                    offset += take;
                }

                Assert.Equal(oneShot(data), hasher.Finish());
            }
        }
    }

    [Fact]
    public void KeccakHasher_AfterFinish_StartsOver()
    {
        var hasher = KeccakHasher.CreateKeccak256();
        hasher.Update(Ascii("something else"));
        _ = hasher.Finish();
        hasher.Update(Ascii("abc"));
        Assert.Equal("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
            Hex.ToHex(hasher.Finish()));
    }

    [Fact]
    public void KeccakHasher_LongOutput_SqueezesSeveralBlocks()
    {
        // A 300-byte squeeze at rate 136 needs three permutations; its prefix is the 32-byte digest.
        var hasher = new KeccakHasher(136, 0x01, 300);
        hasher.Update(Ascii("abc"));
        byte[] longDigest = hasher.Finish();
        Assert.Equal(300, longDigest.Length);
        Assert.Equal(Keccak.Keccak256(Ascii("abc")), longDigest[..32]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(200)]
    public void KeccakHasher_InvalidRate_Throws(int rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeccakHasher(rate, 0x01, 32));
    }
}
