namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// List methods (LANGUAGE.md 9.3), called as <c>list.name(args)</c> on the list itself. Count and type
/// errors use the method name as for built-ins; an unknown name is <c>Method 'x' not supported for LIST</c>.
/// </summary>
public static class ListMethods
{
    /// <summary>Runs method <paramref name="name"/> on <paramref name="list"/>.</summary>
    public static Value Call(IRuntimeContext ctx, ZList list, string name, ReadOnlySpan<Value> args)
    {
        switch (name)
        {
            case "push":
                Args.Count(name, args, 1, 1);
                // Unlike the push() built-in, the method appends in place and returns the same list.
                list.Items.Add(args[0]);
                return Value.FromObject(list);
            case "count":
                Args.Count(name, args, 0, 0);
                return Value.FromInt(list.Count);
            case "contains":
                Args.Count(name, args, 1, 1);
                return Value.FromBool(Contains(list.Items, args[0]));
            case "is_empty":
                Args.Count(name, args, 0, 0);
                return Value.FromBool(list.Count == 0);
            case "map":
                Args.Count(name, args, 1, 1);
                return HigherOrderBuiltins.Map(ctx, list.Items.ToArray(), Args.Function(name, args, 0));
            case "filter":
                Args.Count(name, args, 1, 1);
                return HigherOrderBuiltins.Filter(ctx, list.Items.ToArray(), Args.Function(name, args, 0));
            case "reduce":
                Args.Count(name, args, 1, 2);
                var f = Args.Function(name, args, 0);
                return HigherOrderBuiltins.Reduce(ctx, list.Items.ToArray(), f, args.Length == 2, args.Length == 2 ? args[1] : Value.Null);
            default:
                throw new ZexusError($"Method '{name}' not supported for LIST");
        }
    }

    /// <summary>Equality as <c>==</c> (5.5): <c>[1].contains(1.0)</c> is true, <c>[1].contains("1")</c> false.</summary>
    private static bool Contains(List<Value> items, Value x)
    {
        // No snapshot needed: == never runs user code, so the list cannot change meanwhile.
        for (var i = 0; i < items.Count; i++)
        {
            if (Operators.Equal(items[i], x))
            {
                return true;
            }
        }

        return false;
    }
}
