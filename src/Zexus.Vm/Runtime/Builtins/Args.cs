using System.Diagnostics.CodeAnalysis;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// Argument checks shared by built-ins and methods (LANGUAGE.md 9.1): a wrong kind raises
/// <c>NAME() argument K must be DESCRIPTION, got TAG</c>. Indexes passed in are 0-based; messages
/// use the 1-based position K. The description phrases are the ones of the 9.2-9.7 tables.
/// </summary>
internal static class Args
{
    public const string StringListOrMap = "a string, list or map";
    public const string AList = "a list";
    public const string AMap = "a map";
    public const string AFunction = "a function";
    public const string AnInteger = "an integer";
    public const string ANumber = "a number";
    public const string AString = "a string";
    public const string ABoolean = "a boolean";
    public const string ListOrString = "a list or a string";
    public const string StringOrBoolean = "a string or a boolean";

    /// <summary>The 9.1 type message.</summary>
    public static string TypeMessage(string name, int index, string description, Value got) =>
        $"{name}() argument {index + 1} must be {description}, got {got.Tag}";

    [DoesNotReturn]
    public static void ThrowType(string name, int index, string description, Value got) =>
        throw new ZexusError(TypeMessage(name, index, description, got));

    /// <summary>Argument-count check for methods, which are not <see cref="ZBuiltin"/> values (9.3, 9.4).</summary>
    public static void Count(string name, ReadOnlySpan<Value> args, int min, int max)
    {
        if (args.Length < min || args.Length > max)
        {
            throw new ZexusError(ZBuiltin.ArgCountMessage(name, min, max, args.Length));
        }
    }

    public static ZList List(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (v.Kind != ValueKind.List)
        {
            ThrowType(name, index, AList, v);
        }

        return v.AsList;
    }

    public static ZMap Map(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (v.Kind != ValueKind.Map)
        {
            ThrowType(name, index, AMap, v);
        }

        return v.AsMap;
    }

    public static string String(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (v.Kind != ValueKind.String)
        {
            ThrowType(name, index, AString, v);
        }

        return v.AsString;
    }

    public static bool Boolean(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (v.Kind != ValueKind.Boolean)
        {
            ThrowType(name, index, ABoolean, v);
        }

        return v.AsBool;
    }

    /// <summary>An integer argument, returned as the value (it may be a big integer).</summary>
    public static Value Integer(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (v.Kind != ValueKind.Integer)
        {
            ThrowType(name, index, AnInteger, v);
        }

        return v;
    }

    /// <summary>An integer or float argument (DESCRIPTION <c>a number</c>).</summary>
    public static Value Number(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (v.Kind is not (ValueKind.Integer or ValueKind.Float))
        {
            ThrowType(name, index, ANumber, v);
        }

        return v;
    }

    /// <summary>Any callable value (5.11): user functions, built-ins, contract instances, entity types.</summary>
    public static Value Function(string name, ReadOnlySpan<Value> args, int index)
    {
        var v = args[index];
        if (!IsCallable(v))
        {
            ThrowType(name, index, AFunction, v);
        }

        return v;
    }

    public static bool IsCallable(Value v) =>
        v.Kind is ValueKind.Function or ValueKind.Builtin or ValueKind.Contract or ValueKind.EntityType;
}
