namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// <c>require</c>, <c>revert</c>, <c>tx</c>, <c>gas</c>, <c>events</c> (LANGUAGE.md 9.5, 10.6-10.8).
/// Ordinary built-ins usable anywhere; inside an action their errors roll the action back (10.3).
/// </summary>
internal static class ContractBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        new("require", 1, 2, (_, a) => Require(a)),
        new("revert", 0, 1, (_, a) => throw new ZexusError(
            a.Length == 0 ? "Transaction reverted" : "Transaction reverted: " + TextForm.Of(a[0]))),
        new("tx", 0, 0, (ctx, _) => TransactionContext.NewTxMap(ctx)),
        new("gas", 0, 0, (_, _) => TransactionContext.NewGasMap()),
        new("events", 0, 0, (ctx, _) => Events(ctx)),
    ];

    /// <summary>Falsy is only false and null (3.5); the message is the text form of the second argument.</summary>
    private static Value Require(ReadOnlySpan<Value> args)
    {
        if (args[0].IsTruthy)
        {
            return Value.Null;
        }

        throw new ZexusError(args.Length == 1 ? "Requirement failed" : "Requirement failed: " + TextForm.Of(args[1]));
    }

    /// <summary>A new list of copies of the logged events, so the caller cannot alter the log (10.6).</summary>
    private static Value Events(IRuntimeContext ctx)
    {
        var log = ctx.Events;
        var result = new List<Value>(log.Count);
        foreach (var ev in log)
        {
            result.Add(DeepCopy.Copy(ev));
        }

        return Value.FromObject(new ZList(result));
    }
}
