using System.Globalization;
using System.Numerics;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests;

public class TextFormTests
{
    private static readonly ZEntityType Point = new("Point", [new EntityField("x", "integer", false), new EntityField("y", "integer", false)]);

    [Fact]
    public void Scalars()
    {
        Assert.Equal("42", TextForm.Of(I(42)));
        Assert.Equal("-7", TextForm.Of(I(-7)));
        Assert.Equal("340282366920938463463374607431768211456", TextForm.Of(I(Pow2(128))));
        Assert.Equal("-340282366920938463463374607431768211456", TextForm.Of(I(-Pow2(128))));
        Assert.Equal("-9223372036854775808", TextForm.Of(I(long.MinValue)));
        Assert.Equal("3.0", TextForm.Of(F(3.0)));
        Assert.Equal("0.30000000000000004", TextForm.Of(F(0.1 + 0.2)));
        Assert.Equal("1e+16", TextForm.Of(F(1e16)));
        Assert.Equal("hello", TextForm.Of(S("hello")));
        Assert.Equal("true", TextForm.Of(Value.True));
        Assert.Equal("false", TextForm.Of(Value.False));
        Assert.Equal("null", TextForm.Of(Value.Null));
        Assert.Equal("42", I(42).ToString());
    }

    [Fact]
    public void Integers_AroundTheCachedRange_AreTheirDecimalText()
    {
        long[] samples = [0, 1, 9, 10, 99, 100, 4094, 4095, 4096, 4097, 65536, -1, -4095, -4096, long.MaxValue, long.MinValue + 1];
        foreach (var n in samples)
        {
            Assert.Equal(n.ToString(CultureInfo.InvariantCulture), TextForm.Of(I(n)));
            Assert.Equal(n.ToString(CultureInfo.InvariantCulture), TextForm.Of(I(n)));
        }

        Assert.Same(TextForm.Of(I(4095)), TextForm.Of(I(4095)));
    }

    [Fact]
    public void Collections()
    {
        Assert.Equal("[1, two, [3.5, null]]", TextForm.Of(L(I(1), S("two"), L(F(3.5), Value.Null))));
        Assert.Equal("[]", TextForm.Of(L()));
        Assert.Equal("{name: Zed, tags: [x, y]}", TextForm.Of(M(("name", S("Zed")), ("tags", L(S("x"), S("y"))))));
        Assert.Equal("{}", TextForm.Of(M()));
        Assert.Equal("[[], {}, [[]]]", TextForm.Of(L(L(), M(), L(L()))));
        Assert.Equal("[a, , b]", TextForm.Of(L(S("a"), S(string.Empty), S("b"))));

        // The section 4 example.
        var m = M(
            ("users", L(M(("name", S("a")), ("tags", L(S("x"), S("y")))))),
            ("ok", Value.True),
            ("n", Value.Null));
        Assert.Equal("{users: [{name: a, tags: [x, y]}], ok: true, n: null}", TextForm.Of(m));
    }

    [Fact]
    public void Map_InsertionOrder_UpdateKeepsPosition()
    {
        var map = new ZMap();
        map.Set("b", I(1));
        map.Set("a", I(2));
        map.Set("b", I(3));
        Assert.Equal("{b: 3, a: 2}", TextForm.Of(Value.FromObject(map)));
    }

    [Fact]
    public void Functions_Builtins_Contracts_Modules()
    {
        Assert.Equal("<action add>", TextForm.Of(Value.FromObject(new OpsTestFunction("add", false))));
        Assert.Equal("<action>", TextForm.Of(Value.FromObject(new OpsTestFunction(null, false))));
        Assert.Equal("<lambda>", TextForm.Of(Value.FromObject(new OpsTestFunction(null, true))));
        Assert.Equal("<lambda>", TextForm.Of(Value.FromObject(new OpsTestFunction("f", true))));
        Assert.Equal("<built-in function: len>", TextForm.Of(Value.FromObject(new ZBuiltin("len", 1, 1, (_, _) => Value.Null))));
        var def = new ContractDefinition("Token", [], new Dictionary<string, ZFunction>());
        var contract = new ZContract(def, ZContract.AddressFor(1), []);
        Assert.Equal("<contract Token at 0x0000000000000000000000000000000000000001>", TextForm.Of(Value.FromObject(contract)));
        var bound = new ZBoundAction(contract, "deposit", new OpsTestFunction("deposit", false));
        Assert.Equal("<action deposit>", TextForm.Of(Value.FromObject(bound)));
        Assert.Equal("<module ./lib/math.zx>", TextForm.Of(Value.FromObject(new OpsTestModule("./lib/math.zx"))));
        Assert.Equal("[<lambda>, <module m.zx>]", TextForm.Of(L(Value.FromObject(new OpsTestFunction(null, true)), Value.FromObject(new OpsTestModule("m.zx")))));
    }

    [Fact]
    public void Entities()
    {
        Assert.Equal("entity Point { x: integer, y: integer }", TextForm.Of(Value.FromObject(Point)));
        var mixed = new ZEntityType("P", [new EntityField("x", "integer", false), new EntityField("label", null, true)]);
        Assert.Equal("entity P { x: integer, label }", TextForm.Of(Value.FromObject(mixed)));
        var empty = new ZEntityType("E", []);
        Assert.Equal("entity E {}", TextForm.Of(Value.FromObject(empty)));
        Assert.Equal("Point { x: 3, y: 4 }", TextForm.Of(Value.FromObject(new ZEntity(Point, [I(3), I(4)]))));
        Assert.Equal("E {}", TextForm.Of(Value.FromObject(new ZEntity(empty, []))));
        var labelled = new ZEntityType("Point", [new EntityField("x", "integer", false), new EntityField("y", "integer", false), new EntityField("label", null, true)]);
        Assert.Equal("Point { x: 3, y: 4, label: origin }", TextForm.Of(Value.FromObject(new ZEntity(labelled, [I(3), I(4), S("origin")]))));
        Assert.Equal("[Point { x: [1], y: {a: b} }]", TextForm.Of(L(Value.FromObject(new ZEntity(Point, [L(I(1)), M(("a", S("b")))])))));
    }

    [Fact]
    public void Cycles()
    {
        var list = new ZList();
        list.Items.Add(I(1));
        list.Items.Add(Value.FromObject(list));
        Assert.Equal("[1, [...]]", TextForm.Of(Value.FromObject(list)));

        var map = new ZMap();
        map.Set("self", Value.FromObject(map));
        map.Set("k", I(2));
        Assert.Equal("{self: {...}, k: 2}", TextForm.Of(Value.FromObject(map)));

        var node = new ZEntityType("Node", [new EntityField("next", null, false)]);
        var e = new ZEntity(node, [Value.Null]);
        e.Fields[0] = Value.FromObject(e);
        Assert.Equal("Node { next: Node {...} }", TextForm.Of(Value.FromObject(e)));

        // Mutual: a -> m -> a.
        var a = new ZList();
        var m = new ZMap();
        a.Items.Add(Value.FromObject(m));
        m.Set("back", Value.FromObject(a));
        Assert.Equal("[{back: [...]}]", TextForm.Of(Value.FromObject(a)));
        Assert.Equal("{back: [{...}]}", TextForm.Of(Value.FromObject(m)));
    }

    [Fact]
    public void SharedButNotCyclic_PrintedInFull()
    {
        var shared = L(I(1));
        Assert.Equal("[[1], [1], {a: [1]}]", TextForm.Of(L(shared, shared, M(("a", shared)))));
    }

    [Fact]
    public void DeepNesting_NoStackOverflow()
    {
        const int depth = 100_000;
        var v = I(7);
        for (var i = 0; i < depth; i++)
        {
            v = i % 2 == 0 ? L(v) : M(("k", v));
        }

        var text = TextForm.Of(v);
        Assert.Equal((depth / 2) + (depth / 2 * 4) + 1 + depth, text.Length);
        Assert.Contains("[7]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeCollections()
    {
        var items = new List<Value>();
        for (var i = 0; i < 100_000; i++)
        {
            items.Add(I(i));
        }

        var text = TextForm.Of(Value.FromObject(new ZList(items)));
        Assert.StartsWith("[0, 1, 2, ", text, StringComparison.Ordinal);
        Assert.EndsWith(", 99999]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void CultureIndependent(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal("[-1.5, -3, 1e+16, 0.0001, -0.0, 1234567.5, -12345678901234567890, {i: I}]",
                TextForm.Of(L(F(-1.5), I(-3), F(1e16), F(0.0001), F(-0.0), F(1234567.5), Big("-12345678901234567890"), M(("i", S("I"))))));
            Assert.Equal("I", CodePoints.ToUpperSimple("i"));
            Assert.Equal("i", CodePoints.ToLowerSimple("I"));
            Assert.Equal("TITLE İ", CodePoints.ToUpperSimple("title İ"));
            Assert.Equal("i", CodePoints.ToLowerSimple("İ"));
            Assert.Equal("ıi", CodePoints.ToLowerSimple("ıI"));
            Assert.Equal("Iİ", CodePoints.ToUpperSimple("ıİ"));
            Assert.Equal("1.5", FloatFormat.Format(1.5));
            Assert.True(NumberParsing.TryParseFloat("1.5", out var d));
            Assert.Equal(1.5, d);
            Assert.True(NumberParsing.TryParseInt("-12", out var n));
            Assert.Equal(-12, n.SmallInt);
            Assert.False(NumberParsing.TryParseFloat("1,5", out _));
            Assert.Equal("Type error: cannot compare STRING < INTEGER", Error(() => Operators.Compare(CompareOp.Lt, S("i"), I(1))).Message);
            Assert.Equal("Unknown operator: -STRING", Error(() => Operators.Negate(S("i"))).Message);
            Assert.Equal("String repetition count 1000001 exceeds maximum (1000000)", Error(() => Operators.Mul(S("i"), I(1_000_001))).Message);
            Assert.Equal(-BigInteger.Pow(10, 30), Operators.Pow(I(-10), I(30)).AsBigInteger * -1);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
