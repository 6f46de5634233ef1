using System.Buffers.Binary;
using System.Text;
using Zexus.Crypto;
using Zexus.Primitives;

namespace Zexus.Crypto.Tests;

public class Blake2Tests
{
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
    [InlineData("", "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
        + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce")]
    [InlineData("abc", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
        + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    public void Blake2b512_Rfc7693Vectors_Match(string input, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Blake2b.Hash(Encoding.ASCII.GetBytes(input))));
    }

    [Theory]
    [InlineData("", "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9")]
    [InlineData("abc", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")]
    public void Blake2s256_Rfc7693Vectors_Match(string input, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Blake2s.Hash(Encoding.ASCII.GetBytes(input))));
    }

    [Theory]
    [InlineData(63, "70b2a0e6daecac22c7a2df82c06e3fc0b4c66bd5ef8098e4ed54e723b393d79e"
        + "f3bceba079a01a14c6ef2ae2ed1171df1662cd14ef38e6f77b01c7f48144dd09")]
    [InlineData(127, "71546bbf9110ad184cc60f2eb120fcfd9b4dbbca7a7f1270045b8a23a6a4f433"
        + "0f65c1f030dd2f5fabc6c57617242c37cf427bd90407fac5b9deffd3ae888c39")]
    [InlineData(128, "2d9e329f42afa3601d646692b81c13e87fcaff5bf15972e9813d7373cb6d181f"
        + "9599f4d513d4af4fd6ebd37497aceb29aba5ee23ed764d8510b552bd088814fb")]
    [InlineData(129, "47889df9eb4d717afc5019df5c6a83df00a0b8677395e078cd5778ace0f338a6"
        + "18e68b7d9afb065d9e6a01ccd31d109447e7fae771c3ee3e105709194122ba2b")]
    [InlineData(256, "91019c558584980249ca43eceed27e19f1c3c24161b93eed1eee2a6a774f60bf"
        + "8a81b43750870bee1698feac9c5336ae4d5c842e7ead159bf3916387e8ded9ae")]
    [InlineData(1000, "4bdd2c9cf31d797a81d245c989ffb7515143ca345c66f73087dd5c58bf642bf0"
        + "83ba16894eab79e3b08d5126404d833e7510271b50be36a7b7cbbb46f5c89fac")]
    public void Blake2b512_AroundBlockBoundary_Matches(int length, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Blake2b.Hash(Pattern(length))));
    }

    [Theory]
    [InlineData(0, "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")]
    [InlineData(129, "a34a4e1e03c541dfbf3099c4b6c143c022ced65c28bd7e8a10e0a098461aecf0")]
    [InlineData(1000, "d62b6c768ce1afc8367e0498ab2f8e3f7c178c35b1429f14c4604b545d200f52")]
    public void Blake2b256_ShorterDigest_IsNotATruncation(int length, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Blake2b.Hash(Pattern(length), 32)));
    }

    [Theory]
    [InlineData(3, "ca943acca89a34cf4040cf8ea24147dd94ea62a49de8ef9a88af5272339927b3")]
    [InlineData(63, "de27df0e375d83c49f1af9ca8270f9f2fe7b70bf800fc01672db0e9746021ebf")]
    [InlineData(64, "5377e4ff957bda4d4535f4879876b71a61056c4cec31e78397c66ec47a86a130")]
    [InlineData(65, "19b1b26fba093f4a670d8913e1b71cbb2916dfa701018cc6b05785c966593374")]
    [InlineData(128, "83470c75afa23d90cd7659906e4b47daa278131fbb225241dd37a40fd5355ac7")]
    [InlineData(255, "f0ddb42a1ccb39d2d65d2e0bbb394de770a85d6de4c648ac55c19d355f6983c2")]
    [InlineData(1000, "02a016193469710efadf8fb005ca19b509331cb847df5598cc0794bded669681")]
    public void Blake2s256_AroundBlockBoundary_Matches(int length, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Blake2s.Hash(Pattern(length))));
    }

    [Theory]
    [InlineData(0, "64550d6ffe2c0a01a14aba1eade0200c")]
    [InlineData(65, "a1d89afda4bd7197ecb46086bdb38e30")]
    public void Blake2s128_ShorterDigest_IsNotATruncation(int length, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Blake2s.Hash(Pattern(length), 16)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Blake2b_OutputLengthOutOfRange_Throws(int outputLength)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Blake2b.Hash([], outputLength));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public void Blake2s_OutputLengthOutOfRange_Throws(int outputLength)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Blake2s.Hash([], outputLength));
    }

    // EIP-152 test vectors 4 to 7: input is rounds (4 bytes BE) ‖ h (64) ‖ m (128) ‖ t (16) ‖ f (1).
    private static readonly string Eip152Tail =
        "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5"
        + "d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b"
        + "616263".PadRight(256, '0')
        + "03".PadRight(32, '0');

    [Theory]
    [InlineData("00000000", "01", "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5"
        + "d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b")]
    [InlineData("0000000c", "01", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
        + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [InlineData("0000000c", "00", "75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d28752"
        + "98743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735")]
    [InlineData("00000001", "01", "b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fb"
        + "a551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421")]
    public void Compress_Eip152Vectors_Match(string rounds, string finalFlag, string expected)
    {
        byte[] input = Hex.Parse(rounds + Eip152Tail + finalFlag);
        Assert.Equal(213, input.Length);

        uint roundCount = BinaryPrimitives.ReadUInt32BigEndian(input.AsSpan(0, 4));
        var h = new ulong[8];
        var m = new ulong[16];
        for (int i = 0; i < 8; i++)
        {
            h[i] = BinaryPrimitives.ReadUInt64LittleEndian(input.AsSpan(4 + (i * 8), 8));
        }

        for (int i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt64LittleEndian(input.AsSpan(68 + (i * 8), 8));
        }

        ulong t0 = BinaryPrimitives.ReadUInt64LittleEndian(input.AsSpan(196, 8));
        ulong t1 = BinaryPrimitives.ReadUInt64LittleEndian(input.AsSpan(204, 8));
        Blake2b.Compress(h, m, t0, t1, input[212] == 1, roundCount);

        var output = new byte[64];
        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(i * 8, 8), h[i]);
        }

        Assert.Equal(expected, Hex.ToHex(output));
    }

    [Fact]
    public void Compress_ShortState_Throws()
    {
        Assert.Throws<ArgumentException>(() => Blake2b.Compress(new ulong[7], new ulong[16], 0, 0, true, 12));
        Assert.Throws<ArgumentException>(() => Blake2b.Compress(new ulong[8], new ulong[15], 0, 0, true, 12));
    }

    [Avx2Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(9u)]
    [InlineData(10u)]
    [InlineData(11u)]
    [InlineData(12u)]
    [InlineData(37u)]
    [InlineData(1000u)]
    public void Compress_Avx2_MatchesScalar(uint rounds)
    {
        var random = new Random((int)rounds + 152);
        for (var trial = 0; trial < 50; trial++)
        {
            var h = new ulong[8];
            var m = new ulong[16];
            for (var i = 0; i < h.Length; i++)
            {
                h[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            }

            for (var i = 0; i < m.Length; i++)
            {
                m[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            }

            var t0 = (ulong)random.NextInt64();
            var t1 = (ulong)random.NextInt64();
            var final = (trial & 1) == 0;
            var scalar = (ulong[])h.Clone();
            Blake2b.CompressScalar(scalar, m, Blake2b.IV, t0, t1, final, rounds);
            var vector = (ulong[])h.Clone();
            Blake2bAvx2.Compress(vector, m, Blake2b.IV, t0, t1, final, rounds);
            Assert.Equal(scalar, vector);
        }
    }
}
