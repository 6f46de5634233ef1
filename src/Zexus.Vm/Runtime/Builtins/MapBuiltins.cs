namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// <c>keys</c>, <c>values</c>, <c>entries</c> (LANGUAGE.md 9.2), shared with the map methods of the
/// same names (9.4). Each returns a new list in map order (3.7).
/// </summary>
internal static class MapBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        new("keys", 1, 1, (_, a) => Keys(Args.Map("keys", a, 0))),
        new("values", 1, 1, (_, a) => Values(Args.Map("values", a, 0))),
        new("entries", 1, 1, (_, a) => Entries(Args.Map("entries", a, 0))),
    ];

    public static Value Keys(ZMap map)
    {
        var result = new List<Value>(map.Count);
        foreach (var entry in map.Entries)
        {
            result.Add(Value.FromString(entry.Key));
        }

        return Value.FromObject(new ZList(result));
    }

    public static Value Values(ZMap map)
    {
        var result = new List<Value>(map.Count);
        foreach (var entry in map.Entries)
        {
            result.Add(entry.Value);
        }

        return Value.FromObject(new ZList(result));
    }

    /// <summary>A list of new two-element lists <c>[key, value]</c>.</summary>
    public static Value Entries(ZMap map)
    {
        var result = new List<Value>(map.Count);
        foreach (var entry in map.Entries)
        {
            var pair = new ZList(new List<Value>(2) { Value.FromString(entry.Key), entry.Value });
            result.Add(Value.FromObject(pair));
        }

        return Value.FromObject(new ZList(result));
    }
}
