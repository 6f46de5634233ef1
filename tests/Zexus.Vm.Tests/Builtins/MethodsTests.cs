using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;
using static Zexus.Vm.Tests.Builtins.BuiltinTestKit;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>List methods (LANGUAGE.md 9.3) and map methods (9.4).</summary>
public class MethodsTests
{
    private static Value ListCall(Value list, string name, params Value[] args) =>
        ListMethods.Call(new FakeRuntimeContext(), list.AsList, name, args);

    private static string ListError(Value list, string name, params Value[] args) =>
        Error(() => ListCall(list, name, args));

    private static Value MapCall(Value map, string name, params Value[] args)
    {
        Assert.True(MapMethods.TryCall(new FakeRuntimeContext(), map.AsMap, name, args, out var result), name);
        return result;
    }

    private static string MapError(Value map, string name, params Value[] args) =>
        Error(() => MapCall(map, name, args));

    [Fact]
    public void ListPush_MutatesAndReturnsSameList()
    {
        var xs = L(I(3), I(1), I(2));
        var same = ListCall(xs, "push", I(4));
        Assert.Same(xs.AsList, same.AsList);
        Assert.Equal("[3, 1, 2, 4]", TextForm.Of(xs));
        Assert.Equal("push() expects 1 argument, got 0", ListError(xs, "push"));
        Assert.Equal("push() expects 1 argument, got 2", ListError(xs, "push", I(1), I(2)));
    }

    [Fact]
    public void ListCountIsEmptyContains()
    {
        var xs = L(I(3), I(1), I(2), I(4));
        Assert.Equal("4", TextForm.Of(ListCall(xs, "count")));
        Assert.False(ListCall(xs, "is_empty").AsBool);
        Assert.True(ListCall(L(), "is_empty").AsBool);
        Assert.True(ListCall(xs, "contains", I(2)).AsBool);
        Assert.False(ListCall(xs, "contains", S("2")).AsBool);
        Assert.True(ListCall(xs, "contains", F(2.0)).AsBool);
        Assert.True(ListCall(L(L(I(1), I(2)), L(I(3))), "contains", L(I(1), I(2))).AsBool);
        Assert.True(ListCall(L(M(("a", I(1)))), "contains", M(("a", I(1)))).AsBool);
        Assert.False(ListCall(L(F(double.NaN)), "contains", F(double.NaN)).AsBool);
        Assert.Equal("count() expects 0 arguments, got 1", ListError(xs, "count", I(1)));
        Assert.Equal("is_empty() expects 0 arguments, got 1", ListError(xs, "is_empty", I(1)));
        Assert.Equal("contains() expects 1 argument, got 0", ListError(xs, "contains"));
    }

    [Fact]
    public void ListMapFilterReduce()
    {
        var xs = L(I(3), I(1), I(2), I(4));
        Assert.Equal("[9, 1, 4, 16]", TextForm.Of(ListCall(xs, "map", Fn(x => I(x.SmallInt * x.SmallInt)))));
        Assert.Equal("[3, 1]", TextForm.Of(ListCall(xs, "filter", Fn(x => B(x.SmallInt % 2 == 1)))));
        var add = FnN(a => Operators.Add(a[0], a[1]));
        Assert.Equal("10", TextForm.Of(ListCall(xs, "reduce", add)));
        Assert.Equal("110", TextForm.Of(ListCall(xs, "reduce", add, I(100))));
        Assert.Equal(">ab", TextForm.Of(ListCall(L(S("a"), S("b")), "reduce", add, S(">"))));
        Assert.Equal("[3, 1, 2, 4]", TextForm.Of(xs));
        Assert.Equal("[3, 1]", TextForm.Of(ListCall(L(S("abc"), S("x")), "map", Builtin("len"))));
    }

    [Fact]
    public void ListMethod_Errors()
    {
        var xs = L(I(1));
        Assert.Equal("map() argument 1 must be a function, got INTEGER", ListError(xs, "map", I(1)));
        Assert.Equal("filter() argument 1 must be a function, got STRING", ListError(xs, "filter", S("f")));
        Assert.Equal("reduce() argument 1 must be a function, got NULL", ListError(xs, "reduce", Null));
        Assert.Equal("reduce() of empty list with no initial value", ListError(L(), "reduce", Fn(x => x)));
        Assert.Equal("reduce() expects 1 to 2 arguments, got 3", ListError(xs, "reduce", Fn(x => x), I(1), I(2)));
        Assert.Equal("map() expects 1 argument, got 0", ListError(xs, "map"));
        Assert.Equal("Method 'pop' not supported for LIST", ListError(xs, "pop"));
        Assert.Equal("Method 'sort' not supported for LIST", ListError(xs, "sort"));
        Assert.Equal("Method 'size' not supported for LIST", ListError(xs, "size"));
    }

    [Fact]
    public void ListMap_WalksSnapshot()
    {
        var xs = L(I(1), I(2));
        var grow = Fn(x =>
        {
            xs.AsList.Items.Add(x);
            return x;
        });
        Assert.Equal("[1, 2]", TextForm.Of(ListCall(xs, "map", grow)));
        Assert.Equal("[1, 2, 1, 2]", TextForm.Of(xs));
    }

    [Fact]
    public void MapMethods_Work()
    {
        var m = M(("b", I(20)), ("a", I(1)), ("c", I(3)));
        Assert.True(MapCall(m, "has", S("a")).AsBool);
        Assert.False(MapCall(m, "has", S("zz")).AsBool);
        Assert.Equal("1", TextForm.Of(MapCall(m, "get", S("a"))));
        Assert.True(MapCall(m, "get", S("zz")).IsNull);
        Assert.Equal("dflt", TextForm.Of(MapCall(m, "get", S("zz"), S("dflt"))));
        Assert.True(MapCall(M(("k", Null)), "get", S("k"), S("dflt")).IsNull);
        Assert.Equal("[b, a, c]", TextForm.Of(MapCall(m, "keys")));
        Assert.Equal("[20, 1, 3]", TextForm.Of(MapCall(m, "values")));
        Assert.Equal("[[b, 20], [a, 1], [c, 3]]", TextForm.Of(MapCall(m, "entries")));
        Assert.Equal("3", TextForm.Of(MapCall(m, "size")));
        Assert.Equal("0", TextForm.Of(MapCall(M(), "size")));
    }

    [Fact]
    public void MapMethods_WinOverEntries()
    {
        var m = M(("size", S("shadowed")), ("keys", I(1)));
        Assert.Equal("2", TextForm.Of(MapCall(m, "size")));
        Assert.Equal("[size, keys]", TextForm.Of(MapCall(m, "keys")));
    }

    [Fact]
    public void MapMethods_UnknownName_ReturnsFalse()
    {
        var m = M(("twice", Fn(x => x)));
        Assert.False(MapMethods.TryCall(new FakeRuntimeContext(), m.AsMap, "twice", [I(1)], out _));
        Assert.False(MapMethods.TryCall(new FakeRuntimeContext(), m.AsMap, "push", [], out _));
        Assert.False(MapMethods.TryCall(new FakeRuntimeContext(), m.AsMap, "count", [], out _));
    }

    [Fact]
    public void MapMethod_Errors()
    {
        var m = M(("a", I(1)));
        Assert.Equal("Map key must be a string, got INTEGER", MapError(m, "has", I(0)));
        Assert.Equal("Map key must be a string, got NULL", MapError(m, "get", Null));
        Assert.Equal("Map key must be a string, got LIST", MapError(m, "get", L(), S("d")));
        Assert.Equal("has() expects 1 argument, got 0", MapError(m, "has"));
        Assert.Equal("get() expects 1 to 2 arguments, got 3", MapError(m, "get", S("a"), I(1), I(2)));
        Assert.Equal("size() expects 0 arguments, got 1", MapError(m, "size", I(1)));
        Assert.Equal("keys() expects 0 arguments, got 1", MapError(m, "keys", I(1)));
        Assert.Equal("values() expects 0 arguments, got 2", MapError(m, "values", I(1), I(2)));
        Assert.Equal("entries() expects 0 arguments, got 1", MapError(m, "entries", S("x")));
    }
}
