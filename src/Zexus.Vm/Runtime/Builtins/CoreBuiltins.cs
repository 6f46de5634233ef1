using System.Numerics;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// Size, type and conversion built-ins (LANGUAGE.md 9.2): <c>len</c>/<c>length</c>/<c>size</c>,
/// <c>type</c>, <c>typeof</c>, <c>string</c>/<c>str</c>, <c>int</c>, <c>float</c>.
/// </summary>
internal static class CoreBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        // The aliases are distinct values because the name shows in messages and the text form.
        new("len", 1, 1, (_, a) => Length("len", a)),
        new("length", 1, 1, (_, a) => Length("length", a)),
        new("size", 1, 1, (_, a) => Length("size", a)),
        new("type", 1, 1, (_, a) => Value.FromString(a[0].TypeName)),
        new("typeof", 1, 1, (_, a) => Value.FromString(a[0].TypeOfName)),
        new("string", 1, 1, (_, a) => Value.FromString(TextForm.Of(a[0]))),
        new("str", 1, 1, (_, a) => Value.FromString(TextForm.Of(a[0]))),
        new("int", 1, 1, (_, a) => ToInt(a[0])),
        new("float", 1, 1, (_, a) => ToFloat(a[0])),
    ];

    /// <summary>Code points of a string, elements of a list, entries of a map.</summary>
    private static Value Length(string name, ReadOnlySpan<Value> args)
    {
        var v = args[0];
        switch (v.Kind)
        {
            case ValueKind.String:
                return Value.FromInt(CodePoints.Length(v.StringSpan));
            case ValueKind.List:
                return Value.FromInt(v.AsList.Count);
            case ValueKind.Map:
                return Value.FromInt(v.AsMap.Count);
            default:
                Args.ThrowType(name, 0, Args.StringListOrMap, v);
                return default;
        }
    }

    /// <summary>int(x) of 9.2; floats truncate toward zero.</summary>
    public static Value ToInt(Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Integer:
                return v;
            case ValueKind.Float:
                var d = v.AsFloat;
                if (!double.IsFinite(d))
                {
                    throw new ZexusError($"Cannot convert {TextForm.Of(v)} to integer");
                }

                // Every finite double is below 2^1024, well inside the 4096-bit limit.
                return Math.Abs(d) < 9.2e18 ? Value.FromInt((long)d) : Value.FromInt(new BigInteger(d));
            case ValueKind.Boolean:
                return Value.FromInt(v.AsBool ? 1 : 0);
            case ValueKind.String:
                var s = v.AsString;
                if (!NumberParsing.TryParseInt(s, out var parsed))
                {
                    throw new ZexusError($"Cannot convert '{s}' to integer");
                }

                return parsed;
            default:
                throw new ZexusError($"Cannot convert {v.Tag} to integer");
        }
    }

    /// <summary>float(x) of 9.2.</summary>
    public static Value ToFloat(Value v)
    {
        switch (v.Kind)
        {
            case ValueKind.Float:
                return v;
            case ValueKind.Integer:
                return Value.FromFloat(IntegerMath.ToDouble(v));
            case ValueKind.Boolean:
                return Value.FromFloat(v.AsBool ? 1.0 : 0.0);
            case ValueKind.String:
                var s = v.AsString;
                if (!NumberParsing.TryParseFloat(s, out var d))
                {
                    throw new ZexusError($"Cannot convert '{s}' to float");
                }

                return Value.FromFloat(d);
            default:
                throw new ZexusError($"Cannot convert {v.Tag} to float");
        }
    }
}
