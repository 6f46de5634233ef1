namespace Zexus.Vm.Runtime.Builtins;

/// <summary>Map methods (LANGUAGE.md 9.4). Returns false when <paramref name="name"/> is not a map method, so the
/// engine can fall back to calling the map's entry of that name (5.11).</summary>
public static class MapMethods
{
    /// <summary>Runs map method <paramref name="name"/>; methods win over entries of the same name (5.11).</summary>
    public static bool TryCall(IRuntimeContext ctx, ZMap map, string name, ReadOnlySpan<Value> args, out Value result)
    {
        switch (name)
        {
            case "has":
                Args.Count(name, args, 1, 1);
                result = Value.FromBool(map.Entries.ContainsKey(Key(args[0])));
                return true;
            case "get":
                Args.Count(name, args, 1, 2);
                var key = Key(args[0]);
                result = map.TryGet(key, out var v) ? v : args.Length == 2 ? args[1] : Value.Null;
                return true;
            case "keys":
                Args.Count(name, args, 0, 0);
                result = MapBuiltins.Keys(map);
                return true;
            case "values":
                Args.Count(name, args, 0, 0);
                result = MapBuiltins.Values(map);
                return true;
            case "entries":
                Args.Count(name, args, 0, 0);
                result = MapBuiltins.Entries(map);
                return true;
            case "size":
                Args.Count(name, args, 0, 0);
                result = Value.FromInt(map.Count);
                return true;
            default:
                result = default;
                return false;
        }
    }

    /// <summary>Keys are strings; the message is the one of map indexing (5.9), not the 9.1 argument message.</summary>
    private static string Key(Value k)
    {
        if (k.Kind != ValueKind.String)
        {
            throw new ZexusError($"Map key must be a string, got {k.Tag}");
        }

        return k.AsString;
    }
}
