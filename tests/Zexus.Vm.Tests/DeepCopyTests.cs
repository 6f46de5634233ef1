using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests;

public class DeepCopyTests
{
    [Fact]
    public void Scalars_And_ReferenceKinds_ReturnedAsIs()
    {
        var f = Value.FromObject(new OpsTestFunction("f", false));
        var type = new ZEntityType("T", []);
        var module = Value.FromObject(new OpsTestModule("m.zx"));
        var def = new ContractDefinition("C", [], new Dictionary<string, ZFunction>());
        var contract = Value.FromObject(new ZContract(def, ZContract.AddressFor(1), []));
        var s = S("text");
        foreach (var v in new[] { I(1), Big("123456789012345678901234567890"), F(1.5), s, Value.True, Value.Null, f, Value.FromObject(type), module, contract })
        {
            var copy = DeepCopy.Copy(v);
            Assert.Equal(v.Kind, copy.Kind);
            Assert.Same(v.RawObject, copy.RawObject);
            Assert.True(Operators.Equal(v, copy) || v.Kind == ValueKind.Float);
        }
    }

    [Fact]
    public void CopyInto_AnArrayHoldingOtherValues_OverwritesEveryOne()
    {
        // Long strings share one buffer (same object, different lengths); a value of the same object but another
        // length, kind or number must still be copied whole.
        var shortText = S(new string('a', 300));
        var longText = Operators.Add(shortText, S("bc"));
        var list = L(I(1));
        var target = new[] { longText, I(7), F(2.0), Value.True, list, S("same") };
        Value[] source = [shortText, I(8), I(2), Value.False, Value.Null, target[5]];
        DeepCopy.CopyInto(source, target);
        Assert.Equal(300, target[0].StringLength);
        Assert.Equal(shortText.AsString, target[0].AsString);
        Assert.Equal((ValueKind.Integer, 8L), (target[1].Kind, target[1].SmallInt));
        Assert.Equal((ValueKind.Integer, 2L), (target[2].Kind, target[2].SmallInt));
        Assert.Equal(Value.False.Kind, target[3].Kind);
        Assert.False(target[3].AsBool);
        Assert.True(target[4].IsNull);
        Assert.Equal("same", target[5].AsString);
        DeepCopy.CopyInto([longText, list], target);
        Assert.Equal(302, target[0].StringLength);
        Assert.NotSame(list.AsList, target[1].AsList);
        Assert.Equal("[1]", TextForm.Of(target[1]));
    }

    [Fact]
    public void Nested_CopiedRecursively()
    {
        var inner = L(I(1), I(2));
        var map = M(("items", inner), ("name", S("x")));
        var original = L(map, F(2.5));
        var copy = DeepCopy.Copy(original);

        Assert.NotSame(original.AsList, copy.AsList);
        var copiedMap = copy.AsList.Items[0].AsMap;
        Assert.NotSame(map.AsMap, copiedMap);
        Assert.NotSame(inner.AsList, copiedMap.Get("items").AsList);
        Assert.True(Operators.Equal(original, copy));
        Assert.Equal(TextForm.Of(original), TextForm.Of(copy));

        copiedMap.Get("items").AsList.Items.Add(I(99));
        Assert.Equal("[{items: [1, 2], name: x}, 2.5]", TextForm.Of(original));
    }

    [Fact]
    public void Map_PreservesOrder()
    {
        var map = M(("z", I(1)), ("a", I(2)), ("m", I(3)));
        Assert.Equal("{z: 1, a: 2, m: 3}", TextForm.Of(DeepCopy.Copy(map)));
    }

    [Fact]
    public void Entity_CopiedWithSameType()
    {
        var type = new ZEntityType("Box", [new EntityField("items", null, false)]);
        var e = new ZEntity(type, [L(I(1))]);
        var copy = DeepCopy.Copy(Value.FromObject(e)).As<ZEntity>();
        Assert.NotSame(e, copy);
        Assert.Same(type, copy.Type);
        Assert.NotSame(e.Fields[0].AsList, copy.Fields[0].AsList);
        Assert.Equal("Box { items: [1] }", TextForm.Of(Value.FromObject(copy)));
    }

    [Fact]
    public void Sharing_Preserved()
    {
        var shared = L(I(1));
        var original = L(shared, shared, M(("s", shared)));
        var copy = DeepCopy.Copy(original).AsList;
        var first = copy.Items[0].AsList;
        Assert.NotSame(shared.AsList, first);
        Assert.Same(first, copy.Items[1].AsList);
        Assert.Same(first, copy.Items[2].AsMap.Get("s").AsList);
    }

    [Fact]
    public void Cycles_Preserved()
    {
        var list = new ZList();
        var map = new ZMap();
        list.Items.Add(Value.FromObject(map));
        map.Set("back", Value.FromObject(list));
        map.Set("self", Value.FromObject(map));

        var copy = DeepCopy.Copy(Value.FromObject(list)).AsList;
        Assert.NotSame(list, copy);
        var copiedMap = copy.Items[0].AsMap;
        Assert.NotSame(map, copiedMap);
        Assert.Same(copy, copiedMap.Get("back").AsList);
        Assert.Same(copiedMap, copiedMap.Get("self").AsMap);
        Assert.Equal("[{back: [...], self: {...}}]", TextForm.Of(Value.FromObject(copy)));
    }

    [Fact]
    public void CopyAll_SharesMemoAcrossValues()
    {
        var shared = L(I(1));
        var copies = DeepCopy.CopyAll([shared, I(5), M(("a", shared)), S("s")]);
        Assert.Equal(4, copies.Length);
        Assert.NotSame(shared.AsList, copies[0].AsList);
        Assert.Same(copies[0].AsList, copies[2].AsMap.Get("a").AsList);
        Assert.Equal(5, copies[1].SmallInt);
        Assert.Equal("s", copies[3].AsString);
        Assert.Empty(DeepCopy.CopyAll([]));
    }

    [Fact]
    public void DeepNesting_NoStackOverflow()
    {
        var v = I(0);
        for (var i = 0; i < 100_000; i++)
        {
            v = i % 3 == 0 ? L(v) : i % 3 == 1 ? M(("k", v)) : Value.FromObject(new ZEntity(new ZEntityType("E", [new EntityField("f", null, false)]), [v]));
        }

        var copy = DeepCopy.Copy(v);
        Assert.NotSame(v.RawObject, copy.RawObject);
        Assert.True(Operators.Equal(v, copy));
        var depth = 0;
        var cur = copy;
        while (cur.Kind != ValueKind.Integer)
        {
            cur = cur.Kind switch
            {
                ValueKind.List => cur.AsList.Items[0],
                ValueKind.Map => cur.AsMap.Get("k"),
                _ => cur.As<ZEntity>().Fields[0],
            };
            depth++;
        }

        Assert.Equal(100_000, depth);
    }
}
