namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// <c>map</c>, <c>filter</c> and <c>reduce</c> (LANGUAGE.md 9.2), shared with the list methods of the
/// same names (9.3). They walk a snapshot of the list taken when the call starts (9.1), so a callback
/// that mutates the list does not change which elements are visited.
/// </summary>
internal static class HigherOrderBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        new("map", 2, 2, (ctx, a) => Map(ctx, Args.List("map", a, 0).Items.ToArray(), Args.Function("map", a, 1))),
        new("filter", 2, 2, (ctx, a) => Filter(ctx, Args.List("filter", a, 0).Items.ToArray(), Args.Function("filter", a, 1))),
        new("reduce", 2, 3, (ctx, a) =>
        {
            var items = Args.List("reduce", a, 0).Items.ToArray();
            var f = Args.Function("reduce", a, 1);
            return Reduce(ctx, items, f, a.Length == 3, a.Length == 3 ? a[2] : Value.Null);
        }),
    ];

    /// <summary>A new list of <c>f(element)</c>, in order.</summary>
    public static Value Map(IRuntimeContext ctx, Value[] items, Value f)
    {
        var result = new List<Value>(items.Length);
        // One argument buffer for all calls: the callee copies what it keeps.
        var arg = new Value[1];
        foreach (var item in items)
        {
            arg[0] = item;
            result.Add(ctx.Call(f, arg));
        }

        return Value.FromObject(new ZList(result));
    }

    /// <summary>A new list of the elements for which <c>f(element)</c> is truthy (3.5).</summary>
    public static Value Filter(IRuntimeContext ctx, Value[] items, Value f)
    {
        var result = new List<Value>();
        var arg = new Value[1];
        foreach (var item in items)
        {
            arg[0] = item;
            if (ctx.Call(f, arg).IsTruthy)
            {
                result.Add(item);
            }
        }

        return Value.FromObject(new ZList(result));
    }

    /// <summary>Left fold; without an initial value the first element seeds the accumulator.</summary>
    public static Value Reduce(IRuntimeContext ctx, Value[] items, Value f, bool hasInit, Value init)
    {
        var start = 0;
        var acc = init;
        if (!hasInit)
        {
            if (items.Length == 0)
            {
                throw new ZexusError("reduce() of empty list with no initial value");
            }

            acc = items[0];
            start = 1;
        }

        var pair = new Value[2];
        for (var i = start; i < items.Length; i++)
        {
            pair[0] = acc;
            pair[1] = items[i];
            acc = ctx.Call(f, pair);
        }

        return acc;
    }
}
