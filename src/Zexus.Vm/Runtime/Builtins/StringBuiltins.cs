namespace Zexus.Vm.Runtime.Builtins;

/// <summary><c>split</c>, <c>uppercase</c>, <c>lowercase</c> (LANGUAGE.md 9.2). There are no string methods (5.11).</summary>
internal static class StringBuiltins
{
    public static ZBuiltin[] Create() =>
    [
        new("split", 2, 2, (_, a) => Split(a)),
        new("uppercase", 1, 1, (_, a) => Value.FromString(CodePoints.ToUpperSimple(Args.String("uppercase", a, 0)))),
        new("lowercase", 1, 1, (_, a) => Value.FromString(CodePoints.ToLowerSimple(Args.String("lowercase", a, 0)))),
    ];

    /// <summary>
    /// Cuts at every non-overlapping occurrence scanning left to right; always one more piece than
    /// occurrences. Ordinal matching: strings hold whole code points, so a match never splits a
    /// surrogate pair.
    /// </summary>
    private static Value Split(ReadOnlySpan<Value> args)
    {
        var s = Args.String("split", args, 0);
        var sep = Args.String("split", args, 1);
        if (sep.Length == 0)
        {
            throw new ZexusError("split() separator must not be empty");
        }

        var result = new List<Value>();
        var from = 0;
        while (true)
        {
            var at = s.IndexOf(sep, from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            result.Add(Value.FromString(s[from..at]));
            from = at + sep.Length;
        }

        result.Add(Value.FromString(s[from..]));
        return Value.FromObject(new ZList(result));
    }
}
