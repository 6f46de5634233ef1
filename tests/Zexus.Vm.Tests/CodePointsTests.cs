using System.Text;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

public class CodePointsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("é", 1)]
    [InlineData("😀", 1)]
    [InlineData("a😀b😀", 4)]
    public void Length(string s, int expected)
    {
        Assert.Equal(expected, CodePoints.Length(s));
    }

    /// <summary>Lone surrogates (kept out of InlineData, whose serialisation would replace them).</summary>
    [Fact]
    public void LoneSurrogates_AreOneCodePointEach()
    {
        Assert.Equal(1, CodePoints.Length("\uD800"));
        Assert.Equal(2, CodePoints.Length("\uDC00\uD800"));
        Assert.Equal(2, CodePoints.Length("x\uD83D"));
        Assert.Equal("\uD83D", CodePoints.At("x\uD83D", 1));
        Assert.Equal("\uDC00", CodePoints.At("\uDC00\uD800", 0));
        Assert.Equal("\uD800", CodePoints.Substring("\uDC00\uD800", 1, 2));
        Assert.True(CodePoints.Compare("\uD800x", "\uD800y") < 0);
        Assert.True(CodePoints.Compare("\uD800", "\uE000") < 0);
        Assert.True(CodePoints.Compare("\uD800", "\U00010000") < 0);
        Assert.Equal("X\uD800Y", CodePoints.ToUpperSimple("x\uD800y"));
        Assert.Equal("x\uDC00y", CodePoints.ToLowerSimple("X\uDC00Y"));
    }

    [Fact]
    public void At()
    {
        Assert.Equal("b", CodePoints.At("abc", 1));
        Assert.Null(CodePoints.At("abc", 3));
        Assert.Null(CodePoints.At("abc", -1));
        Assert.Null(CodePoints.At("abc", long.MaxValue));
        Assert.Null(CodePoints.At(string.Empty, 0));
        Assert.Equal("😀", CodePoints.At("a😀b", 1));
        Assert.Equal("b", CodePoints.At("a😀b", 2));
        Assert.Equal("a", CodePoints.At("a😀b", 0));
        Assert.Null(CodePoints.At("a😀b", 3));
        Assert.Equal("é", CodePoints.At("é", 0));
        Assert.Same(CodePoints.At("xa", 1), CodePoints.At("ay", 0));
    }

    [Theory]
    [InlineData("hello", 1, 3, "el")]
    [InlineData("hello", 0, 5, "hello")]
    [InlineData("hello", 3, 3, "")]
    [InlineData("hello", 4, 2, "")]
    [InlineData("a😀b😀c", 1, 4, "😀b😀")]
    [InlineData("a😀b😀c", 2, 5, "b😀c")]
    [InlineData("a😀b😀c", 0, 1, "a")]
    [InlineData("😀😀", 1, 2, "😀")]
    [InlineData("ab😀", 0, 2, "ab")]
    public void Substring(string s, int start, int end, string expected)
    {
        Assert.Equal(expected, CodePoints.Substring(s, start, end));
    }

    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("Z", "a", -1)]
    [InlineData("ab", "abc", -1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "", 0)]
    [InlineData("b", "a", 1)]
    [InlineData("\U0001F600", "\uFFFD", 1)]
    [InlineData("\uE000", "\U00010000", -1)]
    [InlineData("x\U0001F600", "x\uFFFF", 1)]
    [InlineData("\U0001F600", "\U0001F601", -1)]
    [InlineData("\U0001F600a", "\U0001F600b", -1)]
    [InlineData("\U0001F600", "\U0001F600", 0)]
    [InlineData("\U00010400", "\U0001F600", -1)]
    public void Compare(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(CodePoints.Compare(a, b)));
        Assert.Equal(-expected, Math.Sign(CodePoints.Compare(b, a)));
    }

    [Fact]
    public void Compare_MatchesCodePointOrder_Randomly()
    {
        var rng = new Random(31);
        string Random()
        {
            var sb = new StringBuilder();
            var n = rng.Next(0, 5);
            for (var i = 0; i < n; i++)
            {
                var cp = rng.Next(4) switch
                {
                    0 => rng.Next('a', 'd'),
                    1 => rng.Next(0xE000, 0xE003),
                    2 => rng.Next(0xFFFC, 0xFFFE),
                    _ => rng.Next(0x1F600, 0x1F603),
                };
                sb.Append(char.ConvertFromUtf32(cp));
            }

            return sb.ToString();
        }

        static int Reference(string a, string b)
        {
            var ra = a.EnumerateRunes().Select(r => r.Value).ToArray();
            var rb = b.EnumerateRunes().Select(r => r.Value).ToArray();
            for (var i = 0; i < Math.Min(ra.Length, rb.Length); i++)
            {
                if (ra[i] != rb[i])
                {
                    return Math.Sign(ra[i] - rb[i]);
                }
            }

            return Math.Sign(ra.Length - rb.Length);
        }

        for (var i = 0; i < 5000; i++)
        {
            var a = Random();
            var b = Random();
            Assert.Equal(Reference(a, b), Math.Sign(CodePoints.Compare(a, b)));
        }
    }

    [Theory]
    [InlineData("hello World 123", "HELLO WORLD 123", "hello world 123")]
    [InlineData("", "", "")]
    [InlineData("ß", "ß", "ß")]
    [InlineData("straße", "STRAßE", "straße")]
    [InlineData("éÉ", "ÉÉ", "éé")]
    [InlineData("ǅ", "Ǆ", "ǆ")]
    [InlineData("ſ", "S", "ſ")]
    [InlineData("ς", "Σ", "ς")]
    [InlineData("ﬁ", "ﬁ", "ﬁ")]
    [InlineData("ᾳ", "ᾼ", "ᾳ")]
    [InlineData("ı", "I", "ı")]
    [InlineData("İ", "İ", "i")]
    [InlineData("𐐨𐐀", "𐐀𐐀", "𐐨𐐨")]
    [InlineData("a😀b", "A😀B", "a😀b")]
    public void CaseMapping_Simple(string s, string upper, string lower)
    {
        Assert.Equal(upper, CodePoints.ToUpperSimple(s));
        Assert.Equal(lower, CodePoints.ToLowerSimple(s));
    }

    [Fact]
    public void CaseMapping_AsciiUnchanged_ReturnsSameInstance()
    {
        const string s = "ALREADY UPPER 1";
        Assert.Same(s, CodePoints.ToUpperSimple(s));
    }

    [Fact]
    public void CaseMapping_LengthPreservedInCodePoints()
    {
        for (var cp = 0; cp < 0x20000; cp += 7)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            Assert.Equal(1, CodePoints.Length(CodePoints.ToUpperSimple(s)));
            Assert.Equal(1, CodePoints.Length(CodePoints.ToLowerSimple(s)));
        }
    }
}
