using System.Globalization;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

public class FloatFormatTests
{
    [Theory]
    // LANGUAGE.md 4.1 table.
    [InlineData(3.0, "3.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1180591620717411303424.0, "1.1805916207174113e+21")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1.4142135623730951, "1.4142135623730951")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    // More.
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(0.0, "0.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-5e-324, "-5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(-1.7976931348623157e308, "-1.7976931348623157e+308")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [InlineData(1.0, "1.0")]
    [InlineData(-1.0, "-1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(1.2345678901234567e16, "1.2345678901234568e+16")]
    [InlineData(123456789012345680.0, "1.2345678901234568e+17")]
    [InlineData(1e100, "1e+100")]
    [InlineData(1e-100, "1e-100")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.00012345, "0.00012345")]
    [InlineData(0.000012345, "1.2345e-05")]
    [InlineData(9.999999999999999e-5, "9.999999999999999e-05")]
    [InlineData(1e22, "1e+22")]
    [InlineData(1e21, "1e+21")]
    [InlineData(4.35, "4.35")]
    [InlineData(0.3, "0.3")]
    [InlineData(2.0, "2.0")]
    [InlineData(1234.5, "1234.5")]
    [InlineData(1e-7, "1e-07")]
    [InlineData(12e-10, "1.2e-09")]
    [InlineData(100000.0, "100000.0")]
    [InlineData(4.5, "4.5")]
    [InlineData(3.5, "3.5")]
    [InlineData(1.1, "1.1")]
    public void Format_Examples(double value, string expected)
    {
        Assert.Equal(expected, FloatFormat.Format(value));
    }

    [Fact]
    public void Format_RandomBitPatterns_RoundTrip()
    {
        var rng = new Random(4242);
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 20000; i++)
        {
            rng.NextBytes(bytes);
            var d = BitConverter.ToDouble(bytes);
            if (!double.IsFinite(d))
            {
                continue;
            }

            var text = FloatFormat.Format(d);
            var back = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(back));
            Assert.Contains(text, c => c is '.' or 'e');
        }
    }

    [Fact]
    public void Format_RandomDecimals_RoundTripAndShortest()
    {
        var rng = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            // Short decimals must come back as written, proving the digits are the shortest ones.
            var mantissa = rng.Next(1, 1000);
            var exp = rng.Next(-20, 25);
            var d = double.Parse($"{mantissa}e{exp}", NumberStyles.Float, CultureInfo.InvariantCulture);
            var text = FloatFormat.Format(d);
            var digits = text.TrimStart('-', '0', '.').Split('e')[0].Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').TrimEnd('0');
            Assert.Equal(mantissa.ToString(CultureInfo.InvariantCulture).TrimEnd('0'), digits);
            Assert.Equal(d, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Format_ExponentBoundaries()
    {
        for (var e = -30; e <= 30; e++)
        {
            var d = double.Parse("1e" + e.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var text = FloatFormat.Format(d);
            if (e is >= -4 and < 16)
            {
                Assert.DoesNotContain('e', text);
            }
            else
            {
                Assert.Equal("1e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture), text);
            }
        }
    }
}
