using System.Numerics;
using System.Text;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Tests.OpsTestValues;

namespace Zexus.Vm.Tests.Blockchain;

public class CanonicalEncodingTests
{
    private static string Hex(Value v) => Convert.ToHexStringLower(CanonicalEncoding.Encode(v));

    [Theory]
    [InlineData("null", "0000000000")]
    [InlineData("true", "010000000101")]
    [InlineData("false", "010000000100")]
    [InlineData("0", "020000000100")]
    [InlineData("1", "02000000020001")]
    [InlineData("-1", "02000000020101")]
    [InlineData("255", "020000000200ff")]
    [InlineData("256", "02000000030001" + "00")]
    [InlineData("-256", "0200000003010100")]
    [InlineData("9223372036854775807", "0200000009007fffffffffffffff")]
    [InlineData("-9223372036854775808", "0200000009018000000000000000")]
    [InlineData("9223372036854775808", "0200000009008000000000000000")]
    [InlineData("-18446744073709551616", "020000000a01010000000000000000")]
    [InlineData("1.0", "03000000083ff0000000000000")]
    [InlineData("-0.0", "03000000088000000000000000")]
    [InlineData("0.0", "03000000080000000000000000")]
    [InlineData("inf", "03000000087ff0000000000000")]
    [InlineData("nan", "03000000087ff8000000000000")]
    [InlineData("\"\"", "0400000000")]
    [InlineData("\"ab\"", "04000000026162")]
    [InlineData("\"é\"", "0400000002c3a9")]
    public void Encode_Scalar_ExactBytes(string notation, string expectedHex) =>
        Assert.Equal(expectedHex, Hex(Parse(notation)));

    [Fact]
    public void Encode_BigIntegerPath_AgreesWithSmallPathAtTheBoundary()
    {
        // long.MinValue is inline, its magnitude 2^63 is boxed: same magnitude bytes, other sign.
        Assert.Equal(Hex(I(long.MinValue))[12..], Hex(I(Pow2(63)))[12..]);
        Assert.Equal("00", Hex(I(Pow2(63)))[10..12]);
        Assert.Equal("01", Hex(I(long.MinValue))[10..12]);
    }

    [Fact]
    public void Encode_EveryNaN_SameBytes()
    {
        var quiet = F(double.NaN);
        var negative = F(BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000001)));
        var signalling = F(BitConverter.Int64BitsToDouble(0x7FF0000000000001));
        Assert.Equal(Hex(quiet), Hex(negative));
        Assert.Equal(Hex(quiet), Hex(signalling));
    }

    [Fact]
    public void Encode_SurrogatePair_IsFourByteUtf8() =>
        Assert.Equal("0400000004f09f9880", Hex(S("\U0001F600")));

    [Fact]
    public void Encode_LoneSurrogate_IsGeneralizedUtf8NotReplacementCharacter()
    {
        Assert.Equal("0400000003eda080", Hex(S("\uD800")));
        Assert.Equal("0400000003efbfbd", Hex(S("\uFFFD")));
        Assert.Equal("0400000004eda08061", Hex(S("\uD800a")));
        Assert.Equal("0400000006edb080eda080", Hex(S("\uDC00\uD800")));
    }

    [Fact]
    public void Encode_LongString_LengthPrefixIsExact()
    {
        var text = new string('x', 3_000_000) + "é" + new string('y', 10);
        var bytes = CanonicalEncoding.Encode(S(text));
        Assert.Equal(1 + 4 + 3_000_012, bytes.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes[5..]);
    }

    [Fact]
    public void Encode_List_ExactBytes() =>
        Assert.Equal("0500000002" + "02000000020001" + "040000000161", Hex(L(I(1), S("a"))));

    [Fact]
    public void Encode_Map_KeysAndValuesInInsertionOrder() =>
        Assert.Equal(
            "0600000002" + "0000000162" + "02000000020002" + "0000000161" + "02000000020001",
            Hex(M(("b", I(2)), ("a", I(1)))));

    [Fact]
    public void Encode_EmptyContainers_ExactBytes()
    {
        Assert.Equal("0500000000", Hex(L()));
        Assert.Equal("0600000000", Hex(M()));
    }

    [Fact]
    public void Encode_Entity_TypeNameThenNamedFields()
    {
        var type = new ZEntityType("Pt", [new EntityField("x", null, false), new EntityField("y", "Integer", true)]);
        var point = Value.FromObject(new ZEntity(type, [I(1), Value.Null]));
        Assert.Equal(
            "07" + "000000025074" + "00000002" + "0000000178" + "02000000020001" + "0000000179" + "0000000000",
            Hex(point));
    }

    [Fact]
    public void Encode_NamedKinds_TagAndText()
    {
        var type = new ZEntityType("Pt", []);
        var definition = new ContractDefinition("Token", [], new Dictionary<string, ZFunction>());
        var contract = new ZContract(definition, ZContract.AddressFor(1), []);
        Assert.Equal("0800000001" + "66", Hex(Value.FromObject(new OpsTestFunction("f", false))));
        Assert.Equal("0800000000", Hex(Value.FromObject(new OpsTestFunction(null, true))));
        Assert.Equal("0900000003" + "6c656e", Hex(Value.FromObject(new ZBuiltin("len", 1, 1, (_, _) => Value.Null))));
        Assert.Equal("0a0000002a" + Convert.ToHexStringLower(Encoding.ASCII.GetBytes(ZContract.AddressFor(1))), Hex(Value.FromObject(contract)));
        Assert.Equal("0b00000002" + "5074", Hex(Value.FromObject(type)));
        Assert.Equal("0c00000004" + "6d2e7a78", Hex(Value.FromObject(new OpsTestModule("m.zx"))));
    }

    [Fact]
    public void Encode_SplitStrings_Differ() =>
        Assert.NotEqual(Hex(L(S("ab"), S("c"))), Hex(L(S("a"), S("bc"))));

    [Fact]
    public void Encode_SameTextDifferentKinds_AllDiffer()
    {
        var forms = new[] { I(1), F(1.0), S("1"), Value.True, L(I(1)), M(("1", I(1))) }.Select(Hex).ToList();
        Assert.Equal(forms.Count, forms.Distinct().Count());
        var empties = new[] { Value.Null, L(), M(), S(""), I(0), F(0.0), Value.False }.Select(Hex).ToList();
        Assert.Equal(empties.Count, empties.Distinct().Count());
    }

    [Fact]
    public void Encode_MapOrder_Matters() =>
        Assert.NotEqual(Hex(M(("a", I(1)), ("b", I(2)))), Hex(M(("b", I(2)), ("a", I(1)))));

    [Fact]
    public void Encode_ZeroSigns_Differ()
    {
        Assert.NotEqual(Hex(F(0.0)), Hex(F(-0.0)));
        Assert.Equal(Hex(I(0)), Hex(I(BigInteger.Zero)));
    }

    [Fact]
    public void Encode_NestingBoundaries_Differ()
    {
        var a = new[] { L(L(), L()), L(L(L())), L(L(), I(0)), L(M(), L()), M(("", L())), L(S(""), L()) }.Select(Hex).ToList();
        Assert.Equal(a.Count, a.Distinct().Count());
        Assert.NotEqual(Hex(M(("a", S("b")))), Hex(L(S("a"), S("b"))));
    }

    /// <summary>Random values: equal encodings imply equal structural descriptions (which print kinds and exact bits).</summary>
    [Fact]
    public void Encode_RandomValues_InjectiveOnStructure()
    {
        var random = new Random(1234);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var value = RandomValue(random, 3);
            var description = Describe(value);
            var encoding = Hex(value);
            if (seen.TryGetValue(encoding, out var previous))
            {
                Assert.Equal(previous, description);
            }
            else
            {
                seen.Add(encoding, description);
            }
        }

        Assert.True(seen.Count > 2_000, $"only {seen.Count} distinct values");
    }

    [Fact]
    public void Encode_SharedSubvalue_EncodedAtEachOccurrence()
    {
        var shared = L(I(7));
        Assert.Equal(Hex(L(L(I(7)), L(I(7)))), Hex(L(shared, shared)));
    }

    [Fact]
    public void Encode_ListContainingItself_CyclicError()
    {
        var list = new ZList();
        list.Items.Add(Value.FromObject(list));
        var error = Assert.Throws<ZexusError>(() => CanonicalEncoding.Encode(Value.FromObject(list)));
        Assert.Equal("Cannot hash a cyclic value", error.Message);
    }

    [Fact]
    public void Encode_IndirectCycleThroughMapAndEntity_CyclicError()
    {
        var map = new ZMap();
        var type = new ZEntityType("Node", [new EntityField("next", null, false)]);
        var entity = new ZEntity(type, [Value.FromObject(map)]);
        map.Set("a", I(1));
        map.Set("inner", L(L(Value.FromObject(entity))));
        var error = Assert.Throws<ZexusError>(() => CanonicalEncoding.Encode(Value.FromObject(map)));
        Assert.Equal(CanonicalEncoding.CyclicMessage, error.Message);
    }

    [Fact]
    public void Encode_HundredThousandDeepLists_NoStackOverflow()
    {
        const int depth = 100_000;
        var value = I(1);
        for (var i = 0; i < depth; i++)
        {
            value = L(value);
        }

        var bytes = CanonicalEncoding.Encode(value);
        Assert.Equal((depth * 5) + 7, bytes.Length);
    }

    [Fact]
    public void Encode_HundredThousandDeepMapsAndEntities_NoStackOverflow()
    {
        const int depth = 100_000;
        var type = new ZEntityType("E", [new EntityField("f", null, false)]);
        var value = Value.Null;
        for (var i = 0; i < depth; i++)
        {
            value = i % 2 == 0 ? M(("k", value)) : Value.FromObject(new ZEntity(type, [value]));
        }

        Assert.Equal(64, BlockHashing.HashValue(value).Length);
    }

    [Fact]
    public void Encode_OverLimit_TooLargeError()
    {
        Assert.Equal(12, CanonicalEncoding.Encode(L(I(1)), 12).Length);
        var error = Assert.Throws<ZexusError>(() => CanonicalEncoding.Encode(L(I(1)), 11));
        Assert.Equal(CanonicalEncoding.TooLargeMessage, error.Message);
        Assert.Throws<ZexusError>(() => CanonicalEncoding.Encode(S(new string('x', 100)), 50));
    }

    /// <summary>Sharing without a cycle doubles per level; the limit stops the walk early.</summary>
    [Fact]
    public void Encode_ExponentialSharing_StopsAtLimit()
    {
        var value = I(1);
        for (var i = 0; i < 64; i++)
        {
            value = L(value, value);
        }

        Assert.Throws<ZexusError>(() => CanonicalEncoding.Encode(value, 1 << 20));
    }

    [Fact]
    public void Encode_Undefined_Throws() =>
        Assert.Throws<ArgumentException>(() => CanonicalEncoding.Encode(Value.Undefined));

    private static Value RandomValue(Random random, int depth)
    {
        var choice = random.Next(depth > 0 ? 9 : 6);
        return choice switch
        {
            0 => Value.Null,
            1 => Value.FromBool(random.Next(2) == 0),
            2 => I(random.Next(-3, 300)),
            3 => F(random.Next(-2, 3) / 2.0),
            4 => S(RandomText(random)),
            5 => random.Next(4) == 0 ? I(Pow2(64) * random.Next(-2, 3)) : S(""),
            6 or 7 => L([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth - 1))]),
            _ => M([.. Enumerable.Range(0, random.Next(3)).Select(_ => (RandomText(random), RandomValue(random, depth - 1)))
                .DistinctBy(e => e.Item1, StringComparer.Ordinal)]),
        };
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "ab,[]{}: \"1\u00e9";
        return new string([.. Enumerable.Range(0, random.Next(3)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
    }

    /// <summary>An unambiguous structural description (kinds, exact float bits, quoted and escaped strings).</summary>
    private static string Describe(Value v) => v.Kind switch
    {
        ValueKind.Null => "N",
        ValueKind.Boolean => v.AsBool ? "T" : "F",
        ValueKind.Integer => "I(" + v.AsBigInteger + ")",
        ValueKind.Float => "D(" + BitConverter.DoubleToInt64Bits(v.AsFloat) + ")",
        ValueKind.String => "S(" + Uri.EscapeDataString(v.AsString) + ")",
        ValueKind.List => "L(" + string.Join(",", v.AsList.Items.Select(Describe)) + ")",
        ValueKind.Map => "M(" + string.Join(",", v.AsMap.Entries.Select(e => Uri.EscapeDataString(e.Key) + "=" + Describe(e.Value))) + ")",
        _ => throw new InvalidOperationException(),
    };
}
