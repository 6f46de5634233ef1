using System.Numerics;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.Builtins.BuiltinTestKit;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>range, push, append, extend, first, rest, slice, map, filter, reduce (LANGUAGE.md 9.2).</summary>
public class ListBuiltinsTests
{
    private static Value Letters() => L(S("a"), S("b"), S("c"), S("d"), S("e"));

    [Fact]
    public void Range_Forms()
    {
        Assert.Equal("[0, 1, 2, 3, 4]", Text("range", I(5)));
        Assert.Equal("[]", Text("range", I(0)));
        Assert.Equal("[]", Text("range", I(-3)));
        Assert.Equal("[2, 3, 4, 5]", Text("range", I(2), I(6)));
        Assert.Equal("[]", Text("range", I(6), I(2)));
        Assert.Equal("[0, 3, 6, 9]", Text("range", I(0), I(10), I(3)));
        Assert.Equal("[10, 7, 4, 1]", Text("range", I(10), I(0), I(-3)));
        Assert.Equal("[]", Text("range", I(0), I(10), I(-1)));
        Assert.Equal("[]", Text("range", I(5), I(5)));
        Assert.Equal("[-2, -1, 0, 1, 2]", Text("range", I(-2), I(3)));
        Assert.Equal(1000, Call("range", I(1000)).AsList.Count);
    }

    [Fact]
    public void Range_AtLongLimits_DoesNotOverflow()
    {
        Assert.Equal("[9223372036854775806]", Text("range", I(long.MaxValue - 1), I(long.MaxValue)));
        Assert.Equal("[9223372036854775806, 9223372036854775807]", Text("range", I(long.MaxValue - 1), I(long.MaxValue + (BigInteger)1)));
        Assert.Equal("[-9223372036854775808, -1, 9223372036854775806]", Text("range", I(long.MinValue), I(long.MaxValue), I(long.MaxValue)));
        Assert.Equal("[9223372036854775803]", Text("range", I(long.MaxValue - 4), I(long.MaxValue), I(long.MaxValue)));
        Assert.Equal("[-9223372036854775807, -9223372036854775808]", Text("range", I(long.MinValue + 1), I(long.MinValue - (BigInteger)1), I(-1)));
        var big = BigInteger.Pow(2, 100);
        Assert.Equal($"[{big}, {big + 2}]", Text("range", I(big), I(big + 3), I(2)));
    }

    [Fact]
    public void Range_Errors()
    {
        Assert.Equal("range() step must not be zero", Error("range", I(1), I(10), I(0)));
        Assert.Equal("range() argument 1 must be an integer, got FLOAT", Error("range", F(1.5)));
        Assert.Equal("range() argument 2 must be an integer, got STRING", Error("range", I(1), S("x")));
        Assert.Equal("range() argument 3 must be an integer, got NULL", Error("range", I(1), I(2), Null));
        // Types are checked before the step value.
        Assert.Equal("range() argument 1 must be an integer, got STRING", Error("range", S("x"), I(1), I(0)));
    }

    [Fact]
    public void Push_ReturnsNewList_AppendAndExtendMutate()
    {
        var xs = L(I(1), I(2), I(3));
        var ys = Call("push", xs, I(4));
        Assert.Equal("[1, 2, 3] [1, 2, 3, 4]", $"{TextForm.Of(xs)} {TextForm.Of(ys)}");
        Assert.NotSame(xs.AsList, ys.AsList);

        var zs = Call("append", xs, I(5));
        Assert.Same(xs.AsList, zs.AsList);
        Assert.Equal("[1, 2, 3, 5]", TextForm.Of(xs));

        var ws = Call("extend", xs, L(I(6), I(7)));
        Assert.Same(xs.AsList, ws.AsList);
        Assert.Equal("[1, 2, 3, 5, 6, 7]", TextForm.Of(xs));

        var self = L(I(1), I(2));
        Call("extend", self, self);
        Assert.Equal("[1, 2, 1, 2]", TextForm.Of(self));
    }

    [Fact]
    public void PushAppendExtend_Errors()
    {
        Assert.Equal("push() argument 1 must be a list, got STRING", Error("push", S("a"), I(1)));
        Assert.Equal("append() argument 1 must be a list, got MAP", Error("append", M(), I(1)));
        Assert.Equal("extend() argument 1 must be a list, got INTEGER", Error("extend", I(1), L()));
        Assert.Equal("extend() argument 2 must be a list, got STRING", Error("extend", L(), S("ab")));
    }

    [Fact]
    public void FirstAndRest()
    {
        Assert.Equal("null", Text("first", L()));
        Assert.Equal("only", Text("first", L(S("only"))));
        Assert.Equal("[1]", Text("first", L(L(I(1)), I(2))));
        Assert.Equal("[]", Text("rest", L()));
        Assert.Equal("[]", Text("rest", L(I(1))));
        Assert.Equal("[2, 3]", Text("rest", L(I(1), I(2), I(3))));
        var xs = L(I(1), I(2));
        Assert.NotSame(xs.AsList, Call("rest", xs).AsList);
        Assert.Equal("first() argument 1 must be a list, got STRING", Error("first", S("abc")));
        Assert.Equal("rest() argument 1 must be a list, got NULL", Error("rest", Null));
    }

    [Fact]
    public void Slice_Lists()
    {
        Assert.Equal("[b, c]", Text("slice", Letters(), I(1), I(3)));
        Assert.Equal("[c, d, e]", Text("slice", Letters(), I(2)));
        Assert.Equal("[d, e]", Text("slice", Letters(), I(-2)));
        Assert.Equal("[b, c, d]", Text("slice", Letters(), I(1), I(-1)));
        Assert.Equal("[a, b]", Text("slice", Letters(), I(-10), I(2)));
        Assert.Equal("[d, e]", Text("slice", Letters(), I(3), I(100)));
        Assert.Equal("[]", Text("slice", Letters(), I(4), I(2)));
        Assert.Equal("[]", Text("slice", Letters(), I(5)));
        Assert.Equal("[]", Text("slice", Letters(), I(2), I(-10)));
        Assert.Equal("[a, b, c, d, e]", Text("slice", Letters(), I(-BigInteger.Pow(2, 80)), I(BigInteger.Pow(2, 80))));
        var xs = Letters();
        Assert.NotSame(xs.AsList, Call("slice", xs, I(0)).AsList);
    }

    [Fact]
    public void Slice_StringsCountCodePoints()
    {
        Assert.Equal("exu", Text("slice", S("zexus"), I(1), I(4)));
        Assert.Equal("xus", Text("slice", S("zexus"), I(-3)));
        Assert.Equal("😀é", Text("slice", S("a😀éb"), I(1), I(3)));
        Assert.Equal("b", Text("slice", S("a😀éb"), I(-1)));
        Assert.Equal("", Text("slice", S("abc"), I(2), I(1)));
    }

    [Fact]
    public void Slice_Errors()
    {
        Assert.Equal("slice() argument 1 must be a list or a string, got MAP", Error("slice", M(), I(0)));
        Assert.Equal("slice() argument 2 must be an integer, got FLOAT", Error("slice", L(), F(0)));
        Assert.Equal("slice() argument 3 must be an integer, got NULL", Error("slice", L(), I(0), Null));
        Assert.Equal("slice() expects 2 to 3 arguments, got 1", Error("slice", L()));
    }

    [Fact]
    public void Map_AppliesAnyCallable()
    {
        var words = L(S("pear"), S("fig"), S("banana"));
        Assert.Equal("[4, 3, 6]", Text("map", words, Builtin("len")));
        Assert.Equal("[PEAR, FIG, BANANA]", Text("map", words, Builtin("uppercase")));
        Assert.Equal("[2, 4]", Text("map", L(I(1), I(2)), Fn(x => I(x.SmallInt * 2))));
        Assert.Equal("[]", Text("map", L(), Builtin("len")));
        Assert.Equal("map() argument 1 must be a list, got STRING", Error("map", S("ab"), Builtin("len")));
        Assert.Equal("map() argument 2 must be a function, got INTEGER", Error("map", L(), I(1)));
        Assert.Equal("len() argument 1 must be a string, list or map, got INTEGER", Error("map", L(I(1)), Builtin("len")));
    }

    [Fact]
    public void Filter_KeepsTruthyResults()
    {
        Assert.Equal("[pear, banana]", Text("filter", L(S("pear"), S("fig"), S("banana")), Fn(w => B(w.AsString.Length > 3))));
        Assert.Equal("[0, 1, , [], true]", Text("filter", L(I(0), I(1), Null, B(false), S(""), L(), B(true)), Fn(x => x)));
        Assert.Equal("filter() argument 2 must be a function, got NULL", Error("filter", L(), Null));
        Assert.Equal("filter() argument 1 must be a list, got MAP", Error("filter", M(), Null));
    }

    [Fact]
    public void Reduce_FoldsLeft()
    {
        var add = FnN(a => Operators.Add(a[0], a[1]));
        Assert.Equal("10", Text("reduce", L(I(1), I(2), I(3), I(4)), add));
        Assert.Equal("110", Text("reduce", L(I(1), I(2), I(3), I(4)), add, I(100)));
        Assert.Equal("x", Text("reduce", L(S("x")), add));
        Assert.Equal("init", Text("reduce", L(), add, S("init")));
        Assert.Equal("null", Text("reduce", L(), add, Null));
        Assert.Equal("((a-b)-c)", Text("reduce", L(S("b"), S("c")), FnN(a => S($"({a[0].AsString}-{a[1].AsString})")), S("a")));
        Assert.Equal("reduce() of empty list with no initial value", Error("reduce", L(), add));
        Assert.Equal("reduce() argument 2 must be a function, got STRING", Error("reduce", L(), S("f")));
        Assert.Equal("reduce() argument 1 must be a list, got NULL", Error("reduce", Null, add));
    }

    [Fact]
    public void HigherOrder_WalkSnapshotOfList()
    {
        var xs = L(I(1), I(2));
        var ctx = new FakeRuntimeContext();
        var grow = Fn(x =>
        {
            xs.AsList.Items.Add(I(99));
            return x;
        });
        Assert.Equal("[1, 2]", TextForm.Of(Call(ctx, "map", xs, grow)));
        Assert.Equal(2, ctx.Calls);
        Assert.Equal(4, xs.AsList.Count);

        var ys = L(I(1), I(2), I(3));
        var clear = Fn(x =>
        {
            ys.AsList.Items.Clear();
            return B(true);
        });
        Assert.Equal("[1, 2, 3]", Text("filter", ys, clear));
    }

    [Fact]
    public void Callback_ErrorsPropagate()
    {
        var boom = FnN(_ => throw new ZexusError("boom"));
        Assert.Equal("boom", Error("map", L(I(1)), boom));
        Assert.Equal("boom", Error("filter", L(I(1)), boom));
        Assert.Equal("boom", Error("reduce", L(I(1), I(2)), boom));
    }
}
