using System.Numerics;

namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// List-building built-ins of LANGUAGE.md 9.2: <c>range</c>, <c>push</c>, <c>append</c>, <c>extend</c>,
/// <c>first</c>, <c>rest</c>, <c>slice</c>. (<c>sort</c> and the higher-order ones have their own files.)
/// </summary>
internal static class ListBuiltins
{
    /// <summary>The most elements a range may have: a .NET list cannot hold more.</summary>
    private const int MaxRangeLength = 0x7FFFFFC7;

    public static ZBuiltin[] Create() =>
    [
        new("range", 1, 3, (_, a) => Range(a)),
        new("push", 2, 2, (_, a) => Push(a)),
        new("append", 2, 2, (_, a) => Append(a)),
        new("extend", 2, 2, (_, a) => Extend(a)),
        new("first", 1, 1, (_, a) => First(a)),
        new("rest", 1, 1, (_, a) => Rest(a)),
        new("slice", 2, 3, (_, a) => Slice(a)),
    ];

    /// <summary>range(n), range(a, b), range(a, b, step); a negative step counts down while &gt; b.</summary>
    private static Value Range(ReadOnlySpan<Value> args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            Args.Integer("range", args, i);
        }

        Value start = args.Length == 1 ? Value.FromInt(0) : args[0];
        Value end = args.Length == 1 ? args[0] : args[1];
        Value step = args.Length == 3 ? args[2] : Value.FromInt(1);

        if (step.IsSmallInt && step.SmallInt == 0)
        {
            throw new ZexusError("range() step must not be zero");
        }

        if (start.IsSmallInt && end.IsSmallInt && step.IsSmallInt)
        {
            return SmallRange(start.SmallInt, end.SmallInt, step.SmallInt);
        }

        return BigRange(start.AsBigInteger, end.AsBigInteger, step.AsBigInteger);
    }

    private static Value SmallRange(long a, long b, long step)
    {
        // Int128 because b - a and the rounding below overflow long for extreme bounds.
        Int128 span = step > 0 ? (Int128)b - a : (Int128)a - b;
        var stepAbs = step > 0 ? (Int128)step : -(Int128)step;
        var count = span <= 0 ? 0 : (span + stepAbs - 1) / stepAbs;
        var items = new List<Value>(CheckedCount(count));
        var cur = a;
        for (var i = 0; i < items.Capacity; i++)
        {
            items.Add(Value.FromInt(cur));
            // The increment after the last element may wrap; that value is never used.
            cur = unchecked(cur + step);
        }

        return Value.FromObject(new ZList(items));
    }

    private static Value BigRange(BigInteger a, BigInteger b, BigInteger step)
    {
        var span = step.Sign > 0 ? b - a : a - b;
        var stepAbs = BigInteger.Abs(step);
        var count = span.Sign <= 0 ? BigInteger.Zero : (span + stepAbs - 1) / stepAbs;
        var items = new List<Value>(CheckedCount(count));
        var cur = a;
        for (var i = 0; i < items.Capacity; i++)
        {
            items.Add(Value.FromInt(cur));
            cur += step;
        }

        return Value.FromObject(new ZList(items));
    }

    private static int CheckedCount(BigInteger count)
    {
        if (count > MaxRangeLength)
        {
            // Not in Appendix B: the language sets no bound, but no list can be this long.
            throw new ZexusError($"range() result too large ({count} elements)");
        }

        return (int)count;
    }

    /// <summary>push(list, x): a new list; the argument is unchanged.</summary>
    private static Value Push(ReadOnlySpan<Value> args)
    {
        var list = Args.List("push", args, 0);
        var items = new List<Value>(list.Count + 1);
        items.AddRange(list.Items);
        items.Add(args[1]);
        return Value.FromObject(new ZList(items));
    }

    /// <summary>append(list, x): in place, returns the same list.</summary>
    private static Value Append(ReadOnlySpan<Value> args)
    {
        var list = Args.List("append", args, 0);
        list.Items.Add(args[1]);
        return args[0];
    }

    /// <summary>extend(list, other): in place, returns the same list.</summary>
    private static Value Extend(ReadOnlySpan<Value> args)
    {
        var list = Args.List("extend", args, 0);
        var other = Args.List("extend", args, 1);
        // Snapshot first so extend(xs, xs) appends the elements once.
        list.Items.AddRange(other.Items.ToArray());
        return args[0];
    }

    private static Value First(ReadOnlySpan<Value> args)
    {
        var list = Args.List("first", args, 0);
        return list.Count == 0 ? Value.Null : list.Items[0];
    }

    private static Value Rest(ReadOnlySpan<Value> args)
    {
        var list = Args.List("rest", args, 0);
        return list.Count == 0
            ? Value.FromObject(new ZList())
            : Value.FromObject(new ZList(list.Items.GetRange(1, list.Count - 1)));
    }

    /// <summary>slice(x, start[, end]) over list elements or string code points.</summary>
    private static Value Slice(ReadOnlySpan<Value> args)
    {
        var x = args[0];
        if (x.Kind is not (ValueKind.List or ValueKind.String))
        {
            Args.ThrowType("slice", 0, Args.ListOrString, x);
        }

        var startArg = Args.Integer("slice", args, 1);
        var endArg = args.Length == 3 ? Args.Integer("slice", args, 2) : Value.Null;

        if (x.Kind == ValueKind.List)
        {
            var items = x.AsList.Items;
            var (start, end) = Bounds(startArg, endArg, items.Count);
            return Value.FromObject(start >= end ? new ZList() : new ZList(items.GetRange(start, end - start)));
        }

        var s = x.AsString;
        var (from, to) = Bounds(startArg, endArg, CodePoints.Length(s));
        return Value.FromString(from >= to ? "" : CodePoints.Substring(s, from, to));
    }

    private static (int Start, int End) Bounds(Value start, Value end, int length) =>
        (Clamp(start, length), end.IsNull ? length : Clamp(end, length));

    /// <summary>Negative counts from the end (then 0 if still negative); beyond the length clamps to it.</summary>
    private static int Clamp(Value index, int length)
    {
        if (!index.IsSmallInt)
        {
            return index.AsBigInteger.Sign < 0 ? 0 : length;
        }

        var i = index.SmallInt;
        if (i < 0)
        {
            i += length;
            if (i < 0)
            {
                i = 0;
            }
        }

        return i > length ? length : (int)i;
    }
}
