using System.Numerics;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.Builtins.BuiltinTestKit;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>sort (LANGUAGE.md 9.2): forms, stability in both directions, key form and the error order.</summary>
public class SortTests
{
    private static Value Rec(string name, Value age) => M(("name", S(name)), ("age", age));

    private static Value People() => L(Rec("ann", I(31)), Rec("bo", I(25)), Rec("cy", I(31)), Rec("di", I(25)), Rec("ed", I(40)));

    private static string Names(Value list) =>
        string.Join(",", list.AsList.Items.Select(m => m.AsMap.Get("name").AsString));

    [Fact]
    public void Sort_Ascending_ReturnsNewList()
    {
        var xs = L(I(5), I(3), I(8), I(1));
        var sorted = Call("sort", xs);
        Assert.Equal("[1, 3, 5, 8]", TextForm.Of(sorted));
        Assert.Equal("[5, 3, 8, 1]", TextForm.Of(xs));
        Assert.NotSame(xs.AsList, sorted.AsList);
        Assert.Equal("[]", Text("sort", L()));
        Assert.Equal("[x]", Text("sort", L(S("x"))));
    }

    [Fact]
    public void Sort_Descending()
    {
        Assert.Equal("[8, 5, 3, 1]", Text("sort", L(I(5), I(3), I(8), I(1)), B(true)));
        Assert.Equal("[1, 3, 5, 8]", Text("sort", L(I(5), I(3), I(8), I(1)), B(false)));
    }

    [Fact]
    public void Sort_MixedIntegersAndFloats_ByExactValue()
    {
        Assert.Equal("[-1.5, 1, 2.0, 2, 3]", Text("sort", L(I(3), F(2.0), F(-1.5), I(2), I(1))));
        var big = BigInteger.Pow(2, 64);
        Assert.Equal($"[-{big}, 1.0, {big}]", Text("sort", L(I(big), F(1.0), I(-big))));
        // 2^53 + 1 is above the float 2^53: exact comparison, not float conversion.
        var p = (1L << 53) + 1;
        Assert.Equal($"[9007199254740992.0, {p}]", Text("sort", L(I(p), F(9007199254740992.0))));
    }

    [Fact]
    public void Sort_Stable_InBothDirections()
    {
        // 1 == 1.0, so the two keep their input order ascending and descending.
        Assert.Equal("[1.0, 1, 2]", Text("sort", L(F(1.0), I(2), I(1))));
        Assert.Equal("[2, 1.0, 1]", Text("sort", L(F(1.0), I(2), I(1)), B(true)));
        Assert.Equal("[2, 1, 1.0]", Text("sort", L(I(1), I(2), F(1.0)), B(true)));
    }

    [Fact]
    public void Sort_Strings_ByCodePoint()
    {
        Assert.Equal("[Z, a, ab, abc, b]", Text("sort", L(S("b"), S("abc"), S("a"), S("Z"), S("ab"))));
        // U+1F600 (surrogate pair) sorts after U+FFFD by code point, before it by UTF-16 units.
        Assert.Equal("[\uFFFD, 😀]", Text("sort", L(S("😀"), S("\uFFFD"))));
    }

    [Fact]
    public void Sort_ByKey_Stable()
    {
        Assert.Equal("bo,di,ann,cy,ed", Names(Call("sort", People(), S("age"))));
        Assert.Equal("ed,ann,cy,bo,di", Names(Call("sort", People(), S("age"), B(true))));
        Assert.Equal("bo,di,ann,cy,ed", Names(Call("sort", People(), S("age"), B(false))));
        Assert.Equal("ann,bo,cy,di,ed", Names(Call("sort", Call("sort", People(), S("age")), S("name"))));
        Assert.Equal("[]", Text("sort", L(), S("age")));
    }

    [Fact]
    public void Sort_LargeInput_IsStableAndSorted()
    {
        var rng = new Random(1234);
        var items = new List<Value>();
        for (var i = 0; i < 2000; i++)
        {
            items.Add(M(("k", I(rng.Next(50))), ("i", I(i))));
        }

        var sorted = Call("sort", Value.FromObject(new ZList(items)), S("k"));
        var prev = (K: -1L, I: -1L);
        foreach (var m in sorted.AsList.Items)
        {
            var cur = (K: m.AsMap.Get("k").SmallInt, I: m.AsMap.Get("i").SmallInt);
            Assert.True(cur.K > prev.K || (cur.K == prev.K && cur.I > prev.I));
            prev = cur;
        }

        var desc = Call("sort", Value.FromObject(new ZList(items)), S("k"), B(true));
        prev = (long.MaxValue, -1);
        foreach (var m in desc.AsList.Items)
        {
            var cur = (K: m.AsMap.Get("k").SmallInt, I: m.AsMap.Get("i").SmallInt);
            Assert.True(cur.K < prev.K || (cur.K == prev.K && cur.I > prev.I));
            prev = cur;
        }
    }

    [Fact]
    public void Sort_WithNaN_DoesNotFail()
    {
        var result = Call("sort", L(F(double.NaN), I(3), F(1.0), F(double.NaN), I(2)));
        Assert.Equal(5, result.AsList.Count);
    }

    [Fact]
    public void Sort_ArgumentTypeErrors()
    {
        Assert.Equal("sort() argument 1 must be a list, got STRING", Error("sort", S("cba")));
        Assert.Equal("sort() argument 2 must be a string or a boolean, got INTEGER", Error("sort", L(), I(1)));
        Assert.Equal("sort() argument 2 must be a string, got BOOLEAN", Error("sort", L(), B(true), B(true)));
        Assert.Equal("sort() argument 3 must be a boolean, got STRING", Error("sort", L(), S("k"), S("desc")));
        Assert.Equal("sort() expects 1 to 3 arguments, got 4", Error("sort", L(), S("k"), B(true), B(true)));
        // Argument 1 first, even when argument 2 is also wrong.
        Assert.Equal("sort() argument 1 must be a list, got NULL", Error("sort", Null, I(1)));
    }

    [Fact]
    public void Sort_KeyErrors_ElementByElement()
    {
        Assert.Equal("sort() by key 'age' needs a list of maps, found INTEGER", Error("sort", L(Rec("a", I(1)), I(5)), S("age")));
        Assert.Equal("sort() key 'age' missing in {name: x}", Error("sort", L(Rec("a", I(1)), M(("name", S("x")))), S("age")));
        // The missing key comes first in list order, so it wins over the later non-map.
        Assert.Equal("sort() key 'age' missing in {}", Error("sort", L(M(), I(5)), S("age")));
        Assert.Equal("sort() by key 'age' needs a list of maps, found LIST", Error("sort", L(L(), M()), S("age")));
        // Key checks over all elements come before the orderability checks.
        Assert.Equal("sort() key 'age' missing in {}", Error("sort", L(Rec("a", Null), M()), S("age")));
    }

    [Fact]
    public void Sort_OrderabilityErrors()
    {
        Assert.Equal("sort() cannot order BOOLEAN values", Error("sort", L(I(1), B(true))));
        Assert.Equal("sort() cannot order NULL values", Error("sort", L(Null)));
        Assert.Equal("sort() cannot order LIST values", Error("sort", L(L(I(1)), L(I(0)))));
        Assert.Equal("sort() cannot order MAP values", Error("sort", L(M())));
        Assert.Equal("sort() cannot order a mix of numbers and strings", Error("sort", L(I(1), S("a"))));
        Assert.Equal("sort() cannot order a mix of numbers and strings", Error("sort", L(S("a"), F(1.5)), B(true)));
        // A key that is neither number nor string is reported even after a mix appeared.
        Assert.Equal("sort() cannot order NULL values", Error("sort", L(I(1), S("a"), Null)));
        Assert.Equal("sort() cannot order BOOLEAN values", Error("sort", L(Rec("a", I(1)), Rec("b", B(true))), S("age")));
        Assert.Equal("sort() cannot order a mix of numbers and strings", Error("sort", L(Rec("a", I(1)), Rec("b", S("x"))), S("age")));
    }

    [Fact]
    public void Sort_UsesSnapshot()
    {
        var xs = L(I(2), I(1));
        var sorted = Call("sort", xs);
        xs.AsList.Items.Add(I(0));
        Assert.Equal("[1, 2]", TextForm.Of(sorted));
    }
}
