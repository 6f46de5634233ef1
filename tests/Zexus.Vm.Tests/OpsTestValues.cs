using System.Globalization;
using System.Numerics;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests;

/// <summary>Short constructors for values in tests.</summary>
internal static class OpsTestValues
{
    public static Value I(long v) => Value.FromInt(v);

    public static Value I(BigInteger v) => Value.FromInt(v);

    public static Value Big(string digits) => Value.FromInt(BigInteger.Parse(digits, CultureInfo.InvariantCulture));

    public static Value F(double d) => Value.FromFloat(d);

    public static Value S(string s) => Value.FromString(s);

    public static Value L(params Value[] items) => Value.FromObject(new ZList(new List<Value>(items)));

    public static Value M(params (string Key, Value Value)[] entries)
    {
        var map = new ZMap();
        foreach (var (k, v) in entries)
        {
            map.Set(k, v);
        }

        return Value.FromObject(map);
    }

    public static BigInteger Pow2(int n) => BigInteger.One << n;

    /// <summary>Parses a small test notation: integer, float (has '.', 'e', inf, nan), quoted string, null, true, false.</summary>
    public static Value Parse(string text) => text switch
    {
        "null" => Value.Null,
        "true" => Value.True,
        "false" => Value.False,
        "inf" => F(double.PositiveInfinity),
        "-inf" => F(double.NegativeInfinity),
        "nan" => F(double.NaN),
        _ when text.StartsWith('"') => S(text[1..^1]),
        _ when text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal) =>
            F(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => Big(text),
    };

    public static string Show(Value v) => v.Kind switch
    {
        ValueKind.Float => "F:" + TextForm.Of(v),
        ValueKind.Integer => "I:" + TextForm.Of(v),
        ValueKind.String => "S:" + TextForm.Of(v),
        _ => TextForm.Of(v),
    };

    public static ZexusError Error(Action action) => Assert.Throws<ZexusError>(action);
}

/// <summary>A minimal function value for printing and identity tests.</summary>
internal sealed class OpsTestFunction(string? name, bool lambda) : ZFunction
{
    public override string? Name { get; } = name;

    public override bool IsLambda { get; } = lambda;
}

/// <summary>A minimal module for printing tests.</summary>
internal sealed class OpsTestModule(string path) : ZModule(path)
{
    public override IReadOnlyList<string> VisibleNames => [];

    public override bool TryGetExport(string name, out Value value)
    {
        value = Value.Null;
        return false;
    }
}
