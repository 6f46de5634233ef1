using System.Text;
using Zexus.Primitives;

namespace Zexus.Primitives.Tests;

/// <summary><see cref="Address"/> and <see cref="Hash256"/>: bytes, text and word conversions.</summary>
public class AddressTests
{
    private const string Sample = "0x0123456789abcdef00112233445566778899aabb";

    [Theory]
    [InlineData(Sample)]
    [InlineData("0123456789abcdef00112233445566778899aabb")]
    [InlineData("0x0123456789ABCDEF00112233445566778899AABB")]
    [InlineData("0X0123456789abCDef00112233445566778899aabb")]
    public void Address_Parse_AcceptsEitherCaseAndOptionalPrefix(string text)
    {
        Address address = Address.Parse(text);
        Assert.Equal(Sample, address.ToString());
        Assert.Equal(Convert.FromHexString(Sample[2..]), address.ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0x0123456789abcdef00112233445566778899aab")]
    [InlineData("0x0123456789abcdef00112233445566778899aabbcc")]
    [InlineData("0x0123456789abcdef00112233445566778899aabg")]
    [InlineData(" 0x0123456789abcdef00112233445566778899aabb")]
    public void Address_TryParse_Malformed_Fails(string? text)
    {
        Assert.False(Address.TryParse(text, out Address address));
        Assert.Equal(Address.Zero, address);
    }

    [Fact]
    public void Address_Parse_Malformed_Throws() =>
        Assert.Throws<FormatException>(() => Address.Parse("0x12"));

    [Fact]
    public void Address_Bytes_RoundTripAndIndex()
    {
        byte[] bytes = Enumerable.Range(1, 20).Select(i => (byte)(i * 11)).ToArray();
        var address = new Address(bytes);
        Assert.Equal(bytes, address.ToArray());
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(bytes[i], address[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => address[20]);
        Assert.Throws<ArgumentException>(() => new Address(new byte[19]));
        Assert.Throws<ArgumentException>(() => new Address(new byte[32]));
    }

    [Fact]
    public void Address_FromUInt256_TakesLow160Bits()
    {
        var random = new WordGenerator(501);
        Span<byte> word = stackalloc byte[32];
        for (int i = 0; i < 10_000; i++)
        {
            UInt256 x = random.Next();
            x.WriteBigEndian(word);
            Address address = Address.FromUInt256(x);
            Assert.Equal(word[12..].ToArray(), address.ToArray());
            Assert.Equal(x & ((UInt256.One << 160) - UInt256.One), address.ToUInt256());
            Assert.Equal(address, (Address)x);
            Assert.Equal(address.ToUInt256(), (UInt256)address);
        }
    }

    [Fact]
    public void Address_EqualityHashingAndOrder()
    {
        Address a = Address.Parse(Sample);
        Address b = Address.Parse(Sample.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal));
        Address c = Address.Parse("0x0123456789abcdef00112233445566778899aabc");
        Assert.True(a == b);
        Assert.True(a != c);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.CompareTo(c) < 0);
        Assert.True(Address.Zero.IsZero);
        Assert.Equal("0x0000000000000000000000000000000000000000", Address.Zero.ToString());
        var set = new HashSet<Address> { a, b, c };
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void Hash256_Keccak_OfEmptyInput_IsKnownDigest()
    {
        Assert.Equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Hash256.Keccak([]).ToString());
        Assert.Equal(
            "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
            Hash256.Keccak(Encoding.ASCII.GetBytes("abc")).ToString());
    }

    [Fact]
    public void Hash256_ParseAndFormat_RoundTrip()
    {
        const string text = "0x00112233445566778899aabbccddeeff0123456789abcdef0011223344556677";
        Hash256 hash = Hash256.Parse(text.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal));
        Assert.Equal(text, hash.ToString());
        Assert.Equal(hash, Hash256.Parse(text[2..]));
        Assert.Equal(Convert.FromHexString(text[2..]), hash.ToArray());
        Assert.Equal(hash, new Hash256(hash.ToArray()));
        Assert.False(Hash256.TryParse(text[..^1], out _));
        Assert.False(Hash256.TryParse(text + "0", out _));
        Assert.False(Hash256.TryParse(null, out _));
        Assert.Throws<FormatException>(() => Hash256.Parse("0x1234"));
        Assert.Throws<ArgumentException>(() => new Hash256(new byte[20]));
    }

    [Fact]
    public void Hash256_UInt256_IsBigEndianNumber()
    {
        var random = new WordGenerator(502);
        for (int i = 0; i < 10_000; i++)
        {
            UInt256 x = random.Next();
            Hash256 hash = Hash256.FromUInt256(x);
            Assert.Equal(x.ToBigEndianBytes(), hash.ToArray());
            Assert.Equal(x, hash.ToUInt256());
            Assert.Equal(x, (UInt256)(Hash256)x);
        }
    }

    [Fact]
    public void Hash256_EqualityHashingAndOrder()
    {
        Hash256 a = Hash256.Keccak([1]);
        Hash256 b = Hash256.Keccak([1]);
        Hash256 c = Hash256.Keccak([2]);
        Assert.True(a == b);
        Assert.True(a != c);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(Math.Sign(string.CompareOrdinal(a.ToString(), c.ToString())), Math.Sign(a.CompareTo(c)));
        Assert.True(Hash256.Zero.IsZero);
        Assert.False(a.IsZero);
    }
}
