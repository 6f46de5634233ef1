using System.Numerics;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;
using static Zexus.Vm.Tests.Builtins.BuiltinTestKit;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>Registry, argument rules (9.1), core/math/string/map built-ins (9.2) and contract built-ins (9.5).</summary>
public class BuiltinsCoreTests
{
    private static readonly string[] AllNames =
    [
        "len", "length", "size", "type", "typeof", "string", "str", "int", "float", "range", "push", "append",
        "extend", "first", "rest", "sort", "slice", "map", "filter", "reduce", "keys", "values", "entries",
        "split", "uppercase", "lowercase", "abs", "sqrt", "to_hex", "from_hex", "require", "revert", "tx",
        "gas", "events", "hash", "keccak256", "signature", "verify_sig", "generateKeypair", "deriveAddress",
    ];

    [Fact]
    public void Registry_HasEverySection9Builtin_AndNothingElse()
    {
        Assert.Equal(AllNames.Order(StringComparer.Ordinal), BuiltinRegistry.Names.Order(StringComparer.Ordinal));
        Assert.False(BuiltinRegistry.TryGet("print", out _));
        Assert.False(BuiltinRegistry.TryGet("Len", out _));
    }

    [Fact]
    public void Registry_ReturnsSingletons_WithTheirNames()
    {
        foreach (var name in AllNames)
        {
            Assert.True(BuiltinRegistry.TryGet(name, out var a));
            Assert.True(BuiltinRegistry.TryGet(name, out var b));
            Assert.Same(a, b);
            Assert.Equal(name, a.Name);
        }

        Assert.True(Operators.Equal(Builtin("len"), Builtin("len")));
        Assert.False(Operators.Equal(Builtin("len"), Builtin("length")));
        Assert.Equal("<built-in function: len>", TextForm.Of(Builtin("len")));
        Assert.Equal("Builtin", Text("type", Builtin("push")));
        Assert.Equal("builtin", Text("typeof", Builtin("push")));
    }

    [Theory]
    [InlineData("len", new long[0], "len() expects 1 argument, got 0")]
    [InlineData("len", new long[] { 1, 2 }, "len() expects 1 argument, got 2")]
    [InlineData("range", new long[0], "range() expects 1 to 3 arguments, got 0")]
    [InlineData("range", new long[] { 1, 2, 3, 4 }, "range() expects 1 to 3 arguments, got 4")]
    [InlineData("push", new long[] { 1 }, "push() expects 2 arguments, got 1")]
    [InlineData("tx", new long[] { 1 }, "tx() expects 0 arguments, got 1")]
    [InlineData("revert", new long[] { 1, 2 }, "revert() expects 0 to 1 arguments, got 2")]
    [InlineData("verify_sig", new long[] { 1, 2 }, "verify_sig() expects 3 to 4 arguments, got 2")]
    public void ArgumentCount_IsCheckedBeforeTypes(string name, long[] args, string message) =>
        Assert.Equal(message, Error(name, args.Select(I).ToArray()));

    [Theory]
    [InlineData("len")]
    [InlineData("length")]
    [InlineData("size")]
    public void Len_CountsCodePointsElementsAndEntries(string name)
    {
        Assert.Equal("3", Text(name, S("abc")));
        Assert.Equal("1", Text(name, S("é")));
        Assert.Equal("2", Text(name, S("😀x")));
        Assert.Equal("0", Text(name, S("")));
        Assert.Equal("2", Text(name, L(I(1), Null)));
        Assert.Equal("1", Text(name, M(("a", I(1)))));
        Assert.Equal($"{name}() argument 1 must be a string, list or map, got INTEGER", Error(name, I(5)));
        Assert.Equal($"{name}() argument 1 must be a string, list or map, got NULL", Error(name, Null));
    }

    [Fact]
    public void TypeAndTypeof_FollowTable31()
    {
        (Value v, string type, string typeOf)[] rows =
        [
            (I(1), "Integer", "integer"), (I(BigInteger.Pow(2, 100)), "Integer", "integer"), (F(1.5), "Float", "float"),
            (S("s"), "String", "string"), (B(true), "Boolean", "boolean"), (Null, "Null", "null"),
            (L(), "List", "list"), (M(), "Map", "map"), (Fn(x => x), "Lambda", "function"),
            (Value.FromObject(new TestFunction(_ => Null, isLambda: false)), "Action", "function"),
            (Builtin("len"), "Builtin", "builtin"),
        ];
        foreach (var (v, type, typeOf) in rows)
        {
            Assert.Equal(type, Text("type", v));
            Assert.Equal(typeOf, Text("typeof", v));
        }
    }

    [Theory]
    [InlineData("string")]
    [InlineData("str")]
    public void String_IsTheTextForm(string name)
    {
        Assert.Equal("12", Text(name, I(12)));
        Assert.Equal("1.0", Text(name, F(1.0)));
        Assert.Equal("false", Text(name, B(false)));
        Assert.Equal("null", Text(name, Null));
        Assert.Equal("[1, a, false]", Text(name, L(I(1), S("a"), B(false))));
        Assert.Equal("{k: 2}", Text(name, M(("k", I(2)))));
        Assert.Equal(ValueKind.String, Call(name, I(5)).Kind);
    }

    [Fact]
    public void Int_ConvertsPerTable()
    {
        Assert.Equal("3 -3 0", $"{Text("int", F(3.99))} {Text("int", F(-3.99))} {Text("int", F(0.5))}");
        Assert.Equal("7", Text("int", I(7)));
        Assert.Equal("1", Text("int", B(true)));
        Assert.Equal("0", Text("int", B(false)));
        Assert.Equal("42", Text("int", S("42")));
        Assert.Equal("-17", Text("int", S("  -17 ")));
        Assert.Equal("8", Text("int", S("+8")));
        Assert.Equal("1e+300", TextForm.Of(Call("float", Call("int", F(1e300)))));
        Assert.Equal("-9223372036854775808", Text("int", F(-9223372036854775808.0)));
        Assert.Equal("9223372036854775808", Text("int", F(9223372036854775808.0)));
        Assert.Equal("Integer", Text("type", Call("int", S("5"))));
    }

    [Fact]
    public void Int_Errors()
    {
        Assert.Equal("Cannot convert '3.5' to integer", Error("int", S("3.5")));
        Assert.Equal("Cannot convert '' to integer", Error("int", S("")));
        Assert.Equal("Cannot convert '1_000' to integer", Error("int", S("1_000")));
        Assert.Equal("Cannot convert '0x10' to integer", Error("int", S("0x10")));
        Assert.Equal("Cannot convert LIST to integer", Error("int", L(I(1))));
        Assert.Equal("Cannot convert NULL to integer", Error("int", Null));
        Assert.Equal("Cannot convert inf to integer", Error("int", F(double.PositiveInfinity)));
        Assert.Equal("Cannot convert -inf to integer", Error("int", F(double.NegativeInfinity)));
        Assert.Equal("Cannot convert nan to integer", Error("int", F(double.NaN)));
    }

    [Fact]
    public void Float_ConvertsPerTable()
    {
        Assert.Equal("3.0", Text("float", I(3)));
        Assert.Equal("2.5", Text("float", S("2.5")));
        Assert.Equal("-0.125", Text("float", S(" -0.125 ")));
        Assert.Equal("0.5", Text("float", S(".5")));
        Assert.Equal("5.0", Text("float", S("5.")));
        Assert.Equal("1000.0", Text("float", S("1E3")));
        Assert.Equal("inf", Text("float", S("Infinity")));
        Assert.Equal("-inf", Text("float", S("-inf")));
        Assert.Equal("nan", Text("float", S("NaN")));
        Assert.Equal("1.0", Text("float", B(true)));
        Assert.Equal("0.0", Text("float", B(false)));
        Assert.Equal("1.152921504606847e+18", Text("float", I(1L << 60)));
        Assert.Equal("2.5", Text("float", F(2.5)));
        Assert.Equal("Cannot convert 'abc' to float", Error("float", S("abc")));
        Assert.Equal("Cannot convert MAP to float", Error("float", M()));
        Assert.Equal("Integer too large to convert to float", Error("float", I(BigInteger.Pow(2, 1024))));
    }

    [Fact]
    public void Abs_KeepsKind()
    {
        Assert.Equal("5 5 0", $"{Text("abs", I(-5))} {Text("abs", I(5))} {Text("abs", I(0))}");
        Assert.Equal("2.5", Text("abs", F(-2.5)));
        Assert.Equal("0.0", Text("abs", F(-0.0)));
        Assert.Equal("1267650600228229401496703205376", Text("abs", I(-BigInteger.Pow(2, 100))));
        Assert.Equal("9223372036854775808", Text("abs", I(long.MinValue)));
        Assert.Equal("abs() argument 1 must be a number, got NULL", Error("abs", Null));
        Assert.Equal("abs() argument 1 must be a number, got STRING", Error("abs", S("1")));
    }

    [Fact]
    public void Sqrt_ReturnsFloat()
    {
        Assert.Equal("9.0", Text("sqrt", I(81)));
        Assert.Equal("1.4142135623730951", Text("sqrt", I(2)));
        Assert.Equal("1.5", Text("sqrt", F(2.25)));
        Assert.Equal("0.0", Text("sqrt", I(0)));
        Assert.Equal("1048576.0", Text("sqrt", I(1L << 40)));
        Assert.Equal("-0.0", Text("sqrt", F(-0.0)));
        Assert.Equal("sqrt() of a negative number", Error("sqrt", F(-0.5)));
        Assert.Equal("sqrt() of a negative number", Error("sqrt", I(-1)));
        Assert.Equal("sqrt() argument 1 must be a number, got BOOLEAN", Error("sqrt", B(true)));
    }

    [Fact]
    public void ToHex_WritesMagnitudeWithSign()
    {
        Assert.Equal("0x0 0xf 0x10 0xff", $"{Text("to_hex", I(0))} {Text("to_hex", I(15))} {Text("to_hex", I(16))} {Text("to_hex", I(255))}");
        Assert.Equal("-0xff", Text("to_hex", I(-255)));
        Assert.Equal("0x10000000000000000", Text("to_hex", I(BigInteger.Pow(2, 64))));
        Assert.Equal("-0x10000000000000000", Text("to_hex", I(-BigInteger.Pow(2, 64))));
        Assert.Equal("0xdeadbeef", Text("to_hex", I(3735928559)));
        Assert.Equal("-0x8000000000000000", Text("to_hex", I(long.MinValue)));
        Assert.Equal("0x" + new string('f', 40), Text("to_hex", I(BigInteger.Pow(2, 160) - 1)));
        Assert.Equal("to_hex() argument 1 must be an integer, got FLOAT", Error("to_hex", F(1.0)));
    }

    [Fact]
    public void FromHex_Parses()
    {
        Assert.Equal("0 255 31", $"{Text("from_hex", S("0"))} {Text("from_hex", S("FF"))} {Text("from_hex", S("0x1f"))}");
        Assert.Equal("3735928559", Text("from_hex", S("0XdeadBEEF")));
        Assert.Equal("-10", Text("from_hex", S("-a")));
        Assert.Equal("16", Text("from_hex", S(" 10 ")));
        Assert.Equal("Cannot convert '0x' from hex", Error("from_hex", S("0x")));
        Assert.Equal("Cannot convert '12g' from hex", Error("from_hex", S("12g")));
        Assert.Equal("from_hex() argument 1 must be a string, got INTEGER", Error("from_hex", I(1)));
    }

    [Fact]
    public void Split_CutsWithoutOverlap()
    {
        Assert.Equal("[a, b, , c]", Text("split", S("a,b,,c"), S(",")));
        Assert.Equal("[a, , b]", Text("split", S("a,,b"), S(",")));
        Assert.Equal("[no-sep]", Text("split", S("no-sep"), S(",")));
        Assert.Equal(1, Call("split", S(""), S(",")).AsList.Count);
        Assert.Equal("[a, b, c]", Text("split", S("a::b::c"), S("::")));
        Assert.Equal("[, a]", Text("split", S("aaa"), S("aa")));
        Assert.Equal("[, padded, ]", Text("split", S(" padded "), S(" ")));
        Assert.Equal("[😀, é]", Text("split", S("😀-é"), S("-")));
        Assert.Equal("split() separator must not be empty", Error("split", S("abc"), S("")));
        Assert.Equal("split() argument 1 must be a string, got INTEGER", Error("split", I(1), S("")));
        Assert.Equal("split() argument 2 must be a string, got NULL", Error("split", S("a"), Null));
    }

    [Fact]
    public void UpperLower_UseSimpleMappings()
    {
        Assert.Equal("MIXED 123 OK", Text("uppercase", S("MiXeD 123 ok")));
        Assert.Equal("mixed 123 ok", Text("lowercase", S("MiXeD 123 OK")));
        Assert.Equal("", Text("uppercase", S("")));
        Assert.Equal("ß", Text("uppercase", S("ß")));
        Assert.Equal("uppercase() argument 1 must be a string, got LIST", Error("uppercase", L()));
        Assert.Equal("lowercase() argument 1 must be a string, got INTEGER", Error("lowercase", I(1)));
    }

    [Fact]
    public void KeysValuesEntries_InMapOrder_AsNewLists()
    {
        var m = M(("b", I(20)), ("a", I(1)), ("c", I(3)));
        Assert.Equal("[b, a, c]", Text("keys", m));
        Assert.Equal("[20, 1, 3]", Text("values", m));
        Assert.Equal("[[b, 20], [a, 1], [c, 3]]", Text("entries", m));
        Assert.Equal("[]", Text("keys", M()));
        Assert.NotSame(Call("keys", m).AsList, Call("keys", m).AsList);
        Assert.Equal("keys() argument 1 must be a map, got LIST", Error("keys", L()));
        Assert.Equal("values() argument 1 must be a map, got STRING", Error("values", S("x")));
        Assert.Equal("entries() argument 1 must be a map, got NULL", Error("entries", Null));
    }

    [Fact]
    public void Require_RaisesOnlyOnFalsy()
    {
        Assert.True(Call("require", B(true)).IsNull);
        Assert.True(Call("require", I(0), S("zero is truthy")).IsNull);
        Assert.True(Call("require", S("")).IsNull);
        Assert.Equal("Requirement failed", Error("require", B(false)));
        Assert.Equal("Requirement failed", Error("require", Null));
        Assert.Equal("Requirement failed: too much", Error("require", B(false), S("too much")));
        Assert.Equal("Requirement failed: [1, x]", Error("require", Null, L(I(1), S("x"))));
    }

    [Fact]
    public void Revert_AlwaysRaises()
    {
        Assert.Equal("Transaction reverted", Error("revert"));
        Assert.Equal("Transaction reverted: stop", Error("revert", S("stop")));
        Assert.Equal("Transaction reverted: 42", Error("revert", I(42)));
    }

    [Fact]
    public void Tx_IsANewMapInOrder()
    {
        var ctx = new FakeRuntimeContext { Timestamp = 1234, BlockHash = new string('c', 64) };
        var tx = Call(ctx, "tx");
        Assert.Equal($"{{caller: system, timestamp: 1234, block_hash: {new string('c', 64)}, gas_used: 0, gas_remaining: 1000000, gas_limit: 1000000}}", TextForm.Of(tx));
        Assert.NotSame(tx.AsMap, Call(ctx, "tx").AsMap);
        Assert.True(Operators.Equal(tx, TransactionContext.NewTxMap(ctx)));
    }

    [Fact]
    public void Gas_IsConstant()
    {
        Assert.Equal("{used: 0, remaining: 1000000, limit: 1000000}", Text("gas"));
        Assert.NotSame(Call("gas").AsMap, Call("gas").AsMap);
    }

    [Fact]
    public void Events_ReturnsDeepCopies()
    {
        var ctx = new FakeRuntimeContext();
        var args = L(S("alice"), L(I(1)));
        ctx.Events.Add(M(("event", S("Started")), ("args", L())));
        ctx.Events.Add(M(("event", S("Transfer")), ("args", args)));
        var log = Call(ctx, "events");
        Assert.Equal("[{event: Started, args: []}, {event: Transfer, args: [alice, [1]]}]", TextForm.Of(log));

        log.AsList.Items.Add(S("local"));
        log.AsList.Items[1].AsMap.Get("args").AsList.Items.Clear();
        Assert.Equal(2, ctx.Events.Count);
        Assert.Equal("[alice, [1]]", TextForm.Of(ctx.Events[1].AsMap.Get("args")));
        Assert.Equal("[]", TextForm.Of(Call("events")));
    }
}
