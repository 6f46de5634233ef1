using System.Text;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

/// <summary>
/// String concatenation (LANGUAGE.md 5.3) with long results kept in a shared buffer: every value must keep seeing
/// exactly its own characters however the values sharing a buffer are extended, compared, hashed or printed.
/// </summary>
public class StringConcatTests
{
    private static Value S(string s) => Value.FromString(s);

    private static Value Append(Value a, string b) => Operators.Add(a, S(b));

    [Fact]
    public void RepeatedAppends_BuildTheSameStringAsPlainConcatenation()
    {
        var expected = new StringBuilder();
        var v = S("");
        for (var i = 0; i < 5000; i++)
        {
            var part = "item" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",";
            v = Append(v, part);
            expected.Append(part);
            Assert.Equal(expected.Length, v.StringLength);
        }

        Assert.Equal(expected.ToString(), v.AsString);
        Assert.Equal(expected.ToString(), TextForm.Of(v));
        Assert.Equal(expected.Length, CodePoints.Length(v.StringSpan));
    }

    [Fact]
    public void SharedPrefix_AppendedSeparately_EachValueSeesItsOwnText()
    {
        var prefix = Append(S(new string('p', 300)), "-");
        var left = Append(prefix, "left");
        var right = Append(prefix, "right");
        var leftAgain = Append(left, "+");
        var rightAgain = Append(right, "+");
        Assert.Equal(new string('p', 300) + "-", prefix.AsString);
        Assert.Equal(new string('p', 300) + "-left", left.AsString);
        Assert.Equal(new string('p', 300) + "-right", right.AsString);
        Assert.Equal(new string('p', 300) + "-left+", leftAgain.AsString);
        Assert.Equal(new string('p', 300) + "-right+", rightAgain.AsString);
        Assert.False(Operators.Equal(left, right));
        Assert.True(Operators.Equal(Append(prefix, "left"), left));
    }

    [Fact]
    public void AppendingAValueToItself_Doubles()
    {
        var v = S(new string('a', 200) + "b");
        for (var i = 0; i < 10; i++)
        {
            v = Operators.Add(v, v);
        }

        var expected = string.Concat(Enumerable.Repeat(new string('a', 200) + "b", 1024));
        Assert.Equal(expected, v.AsString);
        Assert.Equal(expected.Length, v.StringLength);
    }

    [Fact]
    public void LongStrings_CompareHashAndKeyMapsLikePlainStrings()
    {
        var plain = new string('k', 400) + "z";
        var built = S("");
        foreach (var c in plain)
        {
            built = Append(built, c.ToString());
        }

        Assert.True(Operators.Equal(built, S(plain)));
        Assert.True(Operators.Equal(S(plain), built));
        Assert.False(Operators.Compare(CompareOp.Lt, built, S(plain)));
        Assert.True(Operators.Compare(CompareOp.Lt, S(new string('k', 400)), built));
        var map = new ZMap();
        map.Set(built.AsString, Value.FromInt(1));
        Assert.Equal(1, map.Get(plain).SmallInt);
        var longer = Append(built, "!");
        Assert.True(map.Get(longer.AsString).IsNull);
        Assert.Equal(plain, built.AsString);
        Assert.Equal(plain, built.RawObject);
    }

    [Fact]
    public void NonAsciiAndSurrogates_SurviveTheBuffer()
    {
        var v = S(new string('é', 300));
        v = Append(v, "😀");
        v = Append(v, "x");
        Assert.Equal(new string('é', 300) + "😀x", v.AsString);
        Assert.Equal(302, CodePoints.Length(v.StringSpan));
    }

    [Fact]
    public void ConcatenatingWithNonStrings_IsStillATypeError()
    {
        var longString = S(new string('s', 500));
        var e = Assert.Throws<ZexusError>(() => Operators.Add(longString, Value.FromInt(1)));
        Assert.Contains("cannot add STRING and INTEGER", e.Message, StringComparison.Ordinal);
    }
}
