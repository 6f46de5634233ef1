using System.Globalization;
using System.Numerics;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests;

public class NumberParsingTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData(" -12 ", "-12")]
    [InlineData("+7", "7")]
    [InlineData("-0", "0")]
    [InlineData("007", "7")]
    [InlineData("\t\r\n 5 \n", "5")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("-123456789012345678901234567890", "-123456789012345678901234567890")]
    [InlineData("000000000000000000000000000000000000000001", "1")]
    [InlineData("999999999999999999", "999999999999999999")]
    public void Int_Valid(string s, string expected)
    {
        Assert.True(NumberParsing.TryParseInt(s, out var v));
        Assert.Equal(ValueKind.Integer, v.Kind);
        Assert.Equal(expected, TextForm.Of(v));
        var big = BigInteger.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(big >= long.MinValue && big <= long.MaxValue, v.IsSmallInt);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("0x10")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1_000")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("+-1")]
    [InlineData("1 2")]
    [InlineData("1e3")]
    [InlineData("١٢")]
    [InlineData("１２")]
    [InlineData("\u00A012")]
    [InlineData("\v12")]
    [InlineData("12\f")]
    [InlineData("1,000")]
    [InlineData("−1")]
    public void Int_Invalid(string s)
    {
        Assert.False(NumberParsing.TryParseInt(s, out _));
    }

    [Fact]
    public void Int_Limit()
    {
        var max = (BigInteger.One << 4096) - 1;
        var text = max.ToString(CultureInfo.InvariantCulture);
        Assert.True(NumberParsing.TryParseInt(text, out var v));
        Assert.Equal(max, v.AsBigInteger);
        Assert.True(NumberParsing.TryParseInt("-" + text, out v));
        Assert.Equal(-max, v.AsBigInteger);

        var limit = (BigInteger.One << 4096).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("Integer overflow in conversion", Error(() => NumberParsing.TryParseInt(limit, out _)).Message);
        Assert.Equal("Integer overflow in conversion", Error(() => NumberParsing.TryParseInt("-" + limit, out _)).Message);
        Assert.Equal("Integer overflow in conversion", Error(() => NumberParsing.TryParseInt(new string('9', 100_000), out _)).Message);

        // Leading zeros do not count.
        Assert.True(NumberParsing.TryParseInt(new string('0', 5000) + "12", out v));
        Assert.Equal(12, v.SmallInt);
    }

    [Fact]
    public void Int_RoundTripsRandomly()
    {
        var rng = new Random(5);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[rng.Next(1, 64)];
            rng.NextBytes(bytes);
            var b = new BigInteger(bytes);
            Assert.True(NumberParsing.TryParseInt(b.ToString(CultureInfo.InvariantCulture), out var v));
            Assert.Equal(b, v.AsBigInteger);
        }
    }

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("12.", 12.0)]
    [InlineData("12.5", 12.5)]
    [InlineData(".5", 0.5)]
    [InlineData("-.5", -0.5)]
    [InlineData("+1.5", 1.5)]
    [InlineData(" 3.25\n", 3.25)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1E3", 1000.0)]
    [InlineData("1e+3", 1000.0)]
    [InlineData("2.5e-3", 0.0025)]
    [InlineData(".5e1", 5.0)]
    [InlineData("5.e1", 50.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("1e308", 1e308)]
    [InlineData("1e309", double.PositiveInfinity)]
    [InlineData("-1e309", double.NegativeInfinity)]
    [InlineData("1e99999999999999999999", double.PositiveInfinity)]
    [InlineData("1e-99999999999999999999", 0.0)]
    [InlineData("4.9e-324", 5e-324)]
    [InlineData("2e-324", 0.0)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("INF", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("+iNfInItY", double.PositiveInfinity)]
    [InlineData(" nan ", double.NaN)]
    [InlineData("NaN", double.NaN)]
    [InlineData("-nan", double.NaN)]
    [InlineData("9007199254740993", 9007199254740992.0)]
    [InlineData("0.30000000000000004", 0.30000000000000004)]
    public void Float_Valid(string s, double expected)
    {
        Assert.True(NumberParsing.TryParseFloat(s, out var d));
        Assert.Equal(expected, d);
    }

    [Fact]
    public void Float_NegativeZero()
    {
        Assert.True(NumberParsing.TryParseFloat("-0.0", out var d));
        Assert.True(double.IsNegative(d));
        Assert.True(NumberParsing.TryParseFloat("-1e-999", out d));
        Assert.True(double.IsNegative(d) && d == 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("1_0")]
    [InlineData("0x10")]
    [InlineData("infinit")]
    [InlineData("in")]
    [InlineData("nana")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("1 .5")]
    [InlineData("١.٥")]
    [InlineData("\u00A01.5")]
    [InlineData("1.5f")]
    [InlineData("1d")]
    [InlineData("∞")]
    [InlineData("- 1")]
    [InlineData("(1)")]
    [InlineData("1e5.5")]
    public void Float_Invalid(string s)
    {
        Assert.False(NumberParsing.TryParseFloat(s, out _));
    }

    [Fact]
    public void Float_RoundTripsFormattedValues()
    {
        var rng = new Random(77);
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 5000; i++)
        {
            rng.NextBytes(bytes);
            var d = BitConverter.ToDouble(bytes);
            Assert.True(NumberParsing.TryParseFloat(FloatFormat.Format(d), out var back));
            Assert.True(double.IsNaN(d) ? double.IsNaN(back) : BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(back));
        }
    }

    [Theory]
    [InlineData("ff", "255")]
    [InlineData("0xFF", "255")]
    [InlineData("0Xff", "255")]
    [InlineData("  0x1a \n", "26")]
    [InlineData("-0xff", "-255")]
    [InlineData("+10", "16")]
    [InlineData("0", "0")]
    [InlineData("0x0", "0")]
    [InlineData("-0", "0")]
    [InlineData("7fffffffffffffff", "9223372036854775807")]
    [InlineData("8000000000000000", "9223372036854775808")]
    [InlineData("-8000000000000000", "-9223372036854775808")]
    [InlineData("ffffffffffffffffffff", "1208925819614629174706175")]
    [InlineData("0x000000000000000000000000001", "1")]
    [InlineData("123456789abcdef0123", "5373003642731685151011")]
    [InlineData("fffffffffffffff", "1152921504606846975")]
    public void Hex_Valid(string s, string expected)
    {
        Assert.True(NumberParsing.TryParseHex(s, out var v));
        Assert.Equal(expected, TextForm.Of(v));
        var big = BigInteger.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(big >= long.MinValue && big <= long.MaxValue, v.IsSmallInt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("x10")]
    [InlineData("0x-1")]
    [InlineData("g")]
    [InlineData("1 2")]
    [InlineData("--1")]
    [InlineData("0xx1")]
    [InlineData("ｆｆ")]
    [InlineData("1.0")]
    public void Hex_Invalid(string s)
    {
        Assert.False(NumberParsing.TryParseHex(s, out _));
    }

    [Fact]
    public void Hex_Limit()
    {
        var max = new string('f', 1024);
        Assert.True(NumberParsing.TryParseHex(max, out var v));
        Assert.Equal((BigInteger.One << 4096) - 1, v.AsBigInteger);
        Assert.True(NumberParsing.TryParseHex("-0x" + max, out v));
        Assert.Equal(-((BigInteger.One << 4096) - 1), v.AsBigInteger);
        Assert.Equal("Integer overflow in conversion", Error(() => NumberParsing.TryParseHex("1" + new string('0', 1024), out _)).Message);
        Assert.Equal("Integer overflow in conversion", Error(() => NumberParsing.TryParseHex("-0x1" + new string('0', 1024), out _)).Message);
        Assert.True(NumberParsing.TryParseHex(new string('0', 3000) + "1", out v));
        Assert.Equal(1, v.SmallInt);
    }

    [Fact]
    public void Hex_RoundTripsRandomly()
    {
        var rng = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[rng.Next(1, 80)];
            rng.NextBytes(bytes);
            var b = new BigInteger(bytes, isUnsigned: true);
            var text = b.ToString("x", CultureInfo.InvariantCulture);
            Assert.True(NumberParsing.TryParseHex(text, out var v));
            Assert.Equal(b, v.AsBigInteger);
            Assert.True(NumberParsing.TryParseHex("-0X" + text.ToUpperInvariant(), out v));
            Assert.Equal(-b, v.AsBigInteger);
        }
    }

    [Fact]
    public void IntegerMath_InRange()
    {
        Assert.True(IntegerMath.InRange((BigInteger.One << 4096) - 1));
        Assert.True(IntegerMath.InRange(-((BigInteger.One << 4096) - 1)));
        Assert.False(IntegerMath.InRange(BigInteger.One << 4096));
        Assert.False(IntegerMath.InRange(-(BigInteger.One << 4096)));
        Assert.True(IntegerMath.InRange(0));
    }

    [Fact]
    public void IntegerMath_ToDouble_NearestEven()
    {
        Assert.Equal(9007199254740992.0, IntegerMath.ToDouble(I(9007199254740993)));
        Assert.Equal(9007199254740996.0, IntegerMath.ToDouble(I(9007199254740995)));
        Assert.Equal(9.2233720368547758E18, IntegerMath.ToDouble(I(long.MaxValue)));
        Assert.Equal(-9.2233720368547758E18, IntegerMath.ToDouble(I(long.MinValue)));

        // 2^64 + 2^11 is exactly halfway between two doubles: ties to even gives 2^64; one more rounds up.
        var two64 = BigInteger.One << 64;
        Assert.Equal(Math.ScaleB(1, 64), IntegerMath.ToDouble(I(two64 + 2048)));
        Assert.Equal(Math.ScaleB(1, 64) + 4096, IntegerMath.ToDouble(I(two64 + 2049)));
        Assert.Equal(Math.ScaleB(1, 64) + 8192, IntegerMath.ToDouble(I(two64 + 6144)));
        // The sticky bit far below the top 64 bits still decides the rounding.
        Assert.Equal(Math.ScaleB(1, 200) + Math.ScaleB(1, 148), IntegerMath.ToDouble(I((BigInteger.One << 200) + (BigInteger.One << 147) + 1)));
        Assert.Equal(Math.ScaleB(1, 200), IntegerMath.ToDouble(I((BigInteger.One << 200) + (BigInteger.One << 147))));
        Assert.Equal(-Math.ScaleB(1, 200), IntegerMath.ToDouble(I(-(BigInteger.One << 200) - (BigInteger.One << 147))));

        Assert.Equal(double.MaxValue, IntegerMath.ToDouble(I(new BigInteger(double.MaxValue))));
        Assert.Equal(-double.MaxValue, IntegerMath.ToDouble(I(-new BigInteger(double.MaxValue))));
        Assert.Equal("Integer too large to convert to float", Error(() => IntegerMath.ToDouble(I(BigInteger.One << 1024))).Message);
        Assert.Equal("Integer too large to convert to float", Error(() => IntegerMath.ToDouble(I(-(BigInteger.One << 1024)))).Message);
    }

    [Fact]
    public void IntegerMath_ToDouble_MatchesDecimalParse()
    {
        var rng = new Random(3);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[rng.Next(8, 128)];
            rng.NextBytes(bytes);
            var b = new BigInteger(bytes);
            var expected = double.Parse(b.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.Equal(expected, IntegerMath.ToDouble(I(b)));
        }
    }
}
