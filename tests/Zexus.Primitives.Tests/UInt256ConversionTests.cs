using System.Numerics;
using Zexus.Primitives;
using static Zexus.Primitives.Tests.Reference;

namespace Zexus.Primitives.Tests;

/// <summary>Big-endian bytes, BigInteger and text conversions of <see cref="UInt256"/>.</summary>
public class UInt256ConversionTests
{
    /// <summary>The value of the limbs computed without any UInt256 conversion code.</summary>
    private static BigInteger FromLimbs(in UInt256 x) =>
        ((BigInteger)x.u3 << 192) | ((BigInteger)x.u2 << 128) | ((BigInteger)x.u1 << 64) | x.u0;

    [Fact]
    public void BigEndianBytes_RandomWords_RoundTrip()
    {
        var random = new WordGenerator(401);
        Span<byte> bytes = stackalloc byte[32];
        for (int i = 0; i < Cases; i++)
        {
            UInt256 x = random.Next();
            x.WriteBigEndian(bytes);
            Assert.Equal(x, new UInt256(bytes));

            // Leading zero bytes may be dropped: PUSHn and short CALLDATALOAD reads.
            int skip = random.NextInt(33);
            bytes[..skip].Clear();
            Assert.Equal(new UInt256(bytes), new UInt256(bytes[skip..]));
        }
    }

    [Fact]
    public void BigInteger_RandomWords_RoundTripAndMatchLimbs()
    {
        var random = new WordGenerator(402);
        for (int i = 0; i < Cases; i++)
        {
            UInt256 x = random.Next();
            BigInteger big = x.ToBigInteger();
            Assert.Equal(FromLimbs(x), big);
            Assert.Equal(x, UInt256.FromBigInteger(big));
            Assert.Equal(Signed(big), x.ToSignedBigInteger());
        }
    }

    [Fact]
    public void Constructor_BytesAreBigEndian()
    {
        byte[] bytes = new byte[32];
        bytes[31] = 0x01;
        bytes[0] = 0x80;
        var x = new UInt256(bytes);
        Assert.Equal(new UInt256(1, 0, 0, 0x8000000000000000), x);
        Assert.Equal(bytes, x.ToBigEndianBytes());
        Assert.Equal(new UInt256(0x0102), new UInt256([0x01, 0x02]));
        Assert.Equal(UInt256.Zero, new UInt256([]));
    }

    [Fact]
    public void Constructor_MoreThan32Bytes_Throws() =>
        Assert.Throws<ArgumentException>(() => new UInt256(new byte[33]));

    [Fact]
    public void WriteBigEndian_ShortDestination_Throws() =>
        Assert.Throws<ArgumentException>(() => UInt256.One.WriteBigEndian(new byte[31]));

    [Fact]
    public void FromBigInteger_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UInt256.FromBigInteger(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UInt256.FromBigInteger(Two256));
        Assert.Equal(UInt256.MaxValue, UInt256.FromBigInteger(Two256 - 1));
    }

    [Fact]
    public void Text_RandomWords_RoundTripThroughHexAndDecimal()
    {
        var random = new WordGenerator(403);
        for (int i = 0; i < 20_000; i++)
        {
            UInt256 x = random.Next();
            Assert.Equal(x, UInt256.Parse(x.ToHexString()));
            Assert.Equal(x, UInt256.Parse(x.ToString()));
            Assert.Equal(x.ToBigInteger().ToString(System.Globalization.CultureInfo.InvariantCulture), x.ToString());
        }
    }

    [Theory]
    [InlineData("0x0", "0")]
    [InlineData("0x00", "0")]
    [InlineData("0X1f", "31")]
    [InlineData("0x000000000000000000000000000000000000000000000000000000000000000000ff", "255")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935", "115792089237316195423570985008687907853269984665640564039457584007913129639935")]
    [InlineData("00012", "12")]
    public void TryParse_ValidText(string text, string expectedDecimal)
    {
        Assert.True(UInt256.TryParse(text, out UInt256 value));
        Assert.Equal(BigInteger.Parse(expectedDecimal, System.Globalization.CultureInfo.InvariantCulture), value.ToBigInteger());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0xg")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData(" 1")]
    [InlineData("0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639936")]
    [InlineData("999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    public void TryParse_InvalidText_Fails(string? text) =>
        Assert.False(UInt256.TryParse(text, out _));

    [Fact]
    public void ToHexString_MinimalDigits()
    {
        Assert.Equal("0x0", UInt256.Zero.ToHexString());
        Assert.Equal("0x1", UInt256.One.ToHexString());
        Assert.Equal("0x" + new string('f', 64), UInt256.MaxValue.ToHexString());
    }

    [Fact]
    public void Constants_AndNarrowing()
    {
        Assert.True(UInt256.Zero.IsZero);
        Assert.True(UInt256.One.IsOne);
        Assert.Equal(Two256 - 1, UInt256.MaxValue.ToBigInteger());
        Assert.Equal(42UL, (ulong)new UInt256(42, 7, 0, 0));
        Assert.True(new UInt256(42).FitsInUInt64);
        Assert.False(new UInt256(0, 1, 0, 0).FitsInUInt64);
        Assert.Throws<OverflowException>(() => (UInt256)(-1));
    }
}
