using Zexus.Primitives;

namespace Zexus.Primitives.Tests;

public class HexTests
{
    [Fact]
    public void ToHex_Bytes_LowercaseWithoutPrefix()
    {
        Assert.Equal("00ff10abcdef", Hex.ToHex(new byte[] { 0x00, 0xFF, 0x10, 0xAB, 0xCD, 0xEF }));
        Assert.Equal("", Hex.ToHex([]));
    }

    [Theory]
    [InlineData("00ff10abcdef")]
    [InlineData("00FF10ABCDEF")]
    [InlineData("0x00ff10AbCdEf")]
    [InlineData("0X00FF10abcdef")]
    public void TryParse_EitherCaseAndPrefix_Succeeds(string text)
    {
        Assert.True(Hex.TryParse(text, out byte[] bytes));
        Assert.Equal(new byte[] { 0x00, 0xFF, 0x10, 0xAB, 0xCD, 0xEF }, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    public void TryParse_NoDigits_IsEmpty(string text)
    {
        Assert.True(Hex.TryParse(text, out byte[] bytes));
        Assert.Empty(bytes);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0x1")]
    [InlineData("zz")]
    [InlineData("0g")]
    [InlineData(" 00")]
    [InlineData("00 ")]
    [InlineData("x00")]
    [InlineData("0x0x00")]
    [InlineData("+0")]
    [InlineData("٣٣")]
    public void TryParse_Malformed_Fails(string text)
    {
        Assert.False(Hex.TryParse(text, out byte[] bytes));
        Assert.Empty(bytes);
        Assert.Throws<FormatException>(() => Hex.Parse(text));
    }

    [Fact]
    public void TryParse_Null_Fails()
    {
        Assert.False(Hex.TryParse(null, out _));
    }

    [Fact]
    public void Parse_RandomBytes_RoundTrips()
    {
        var random = new Random(42);
        for (int i = 0; i < 200; i++)
        {
            var data = new byte[random.Next(0, 70)];
            random.NextBytes(data);
            string text = Hex.ToHex(data);
            Assert.Equal(data, Hex.Parse(text));
            Assert.Equal(data, Hex.Parse("0x" + text.ToUpperInvariant()));
        }
    }
}
