using System.Collections.Frozen;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// All built-in functions of LANGUAGE.md section 9 by name (including the aliases length/size/str).
/// Built once: each built-in is a single <see cref="ZBuiltin"/> value, so identity comparisons
/// (<c>let f = len; f == len</c>, 5.5) hold. <c>print</c> is a statement (6.4), not a built-in.
/// </summary>
public static class BuiltinRegistry
{
    private static readonly FrozenDictionary<string, ZBuiltin> Table = Build();

    /// <summary>The built-in called <paramref name="name"/>, if there is one (5.2).</summary>
    public static bool TryGet(string name, out ZBuiltin builtin) => Table.TryGetValue(name, out builtin!);

    /// <summary>Every built-in name.</summary>
    public static IReadOnlyCollection<string> Names => Table.Keys;

    private static FrozenDictionary<string, ZBuiltin> Build()
    {
        var all = new Dictionary<string, ZBuiltin>(StringComparer.Ordinal);
        Add(all, CoreBuiltins.Create());
        Add(all, ListBuiltins.Create());
        Add(all, [SortBuiltin.Create()]);
        Add(all, HigherOrderBuiltins.Create());
        Add(all, MapBuiltins.Create());
        Add(all, StringBuiltins.Create());
        Add(all, MathBuiltins.Create());
        Add(all, ContractBuiltins.Create());
        Add(all, HashBuiltins.Create());
        Add(all, SignatureBuiltins.Create());
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, ZBuiltin> all, ZBuiltin[] builtins)
    {
        foreach (var b in builtins)
        {
            // Add (not the indexer) so a name registered twice fails at start-up, not silently.
            all.Add(b.Name, b);
        }
    }
}
