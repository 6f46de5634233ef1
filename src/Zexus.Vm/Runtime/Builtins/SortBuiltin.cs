namespace Zexus.Vm.Runtime.Builtins;

/// <summary>
/// <c>sort(list)</c>, <c>sort(list, desc)</c>, <c>sort(list, key)</c>, <c>sort(list, key, desc)</c>
/// (LANGUAGE.md 9.2). A stable merge sort in both directions, comparing keys with <c>&lt;</c> (5.6).
/// The checks run in the order the table gives them: argument kinds, then every element's key
/// (map, key present), then the kinds of the sort keys, then the number/string mix.
/// </summary>
internal static class SortBuiltin
{
    private const string Name = "sort";

    /// <summary>Runs below this length are sorted by insertion before merging.</summary>
    private const int InsertionRun = 16;

    public static ZBuiltin Create() => new(Name, 1, 3, (_, a) => Sort(a));

    private static Value Sort(ReadOnlySpan<Value> args)
    {
        var list = Args.List(Name, args, 0);
        string? key = null;
        var descending = false;
        if (args.Length == 2)
        {
            var second = args[1];
            if (second.Kind == ValueKind.String)
            {
                key = second.AsString;
            }
            else if (second.Kind == ValueKind.Boolean)
            {
                descending = second.AsBool;
            }
            else
            {
                Args.ThrowType(Name, 1, Args.StringOrBoolean, second);
            }
        }
        else if (args.Length == 3)
        {
            key = Args.String(Name, args, 1);
            descending = Args.Boolean(Name, args, 2);
        }

        // 9.1: the elements the list has when the call starts.
        var items = list.Items.ToArray();
        var keys = key is null ? items : KeysOf(items, key);
        CheckOrderable(keys);

        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        StableSort(order, keys, descending);

        var result = new List<Value>(items.Length);
        foreach (var i in order)
        {
            result.Add(items[i]);
        }

        return Value.FromObject(new ZList(result));
    }

    private static Value[] KeysOf(Value[] items, string key)
    {
        var keys = new Value[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Kind != ValueKind.Map)
            {
                throw new ZexusError($"sort() by key '{key}' needs a list of maps, found {item.Tag}");
            }

            if (!item.AsMap.TryGet(key, out keys[i]))
            {
                throw new ZexusError($"sort() key '{key}' missing in {TextForm.Of(item)}");
            }
        }

        return keys;
    }

    /// <summary>First a key that is neither number nor string (in list order), then a mix of the two.</summary>
    private static void CheckOrderable(Value[] keys)
    {
        bool numbers = false, strings = false;
        foreach (var k in keys)
        {
            switch (k.Kind)
            {
                case ValueKind.Integer or ValueKind.Float:
                    numbers = true;
                    break;
                case ValueKind.String:
                    strings = true;
                    break;
                default:
                    throw new ZexusError($"sort() cannot order {k.Tag} values");
            }
        }

        if (numbers && strings)
        {
            throw new ZexusError("sort() cannot order a mix of numbers and strings");
        }
    }

    /// <summary>
    /// Sorts <paramref name="order"/> (indexes into <paramref name="keys"/>). Only "strictly before"
    /// moves an element ahead of another, so equal keys keep their relative order in both directions.
    /// Merge sort never misbehaves when NaN makes the order inconsistent, unlike introsort.
    /// </summary>
    private static void StableSort(int[] order, Value[] keys, bool descending)
    {
        var n = order.Length;
        for (var lo = 0; lo < n; lo += InsertionRun)
        {
            InsertionSort(order, lo, Math.Min(lo + InsertionRun, n), keys, descending);
        }

        var src = order;
        var dst = new int[n];
        for (var width = InsertionRun; width < n; width *= 2)
        {
            for (var lo = 0; lo < n; lo += 2 * width)
            {
                var mid = Math.Min(lo + width, n);
                var hi = Math.Min(lo + (2 * width), n);
                Merge(src, dst, lo, mid, hi, keys, descending);
            }

            (src, dst) = (dst, src);
        }

        if (!ReferenceEquals(src, order))
        {
            Array.Copy(src, order, n);
        }
    }

    private static void InsertionSort(int[] a, int lo, int hi, Value[] keys, bool descending)
    {
        for (var i = lo + 1; i < hi; i++)
        {
            var cur = a[i];
            var j = i - 1;
            while (j >= lo && Before(keys[cur], keys[a[j]], descending))
            {
                a[j + 1] = a[j];
                j--;
            }

            a[j + 1] = cur;
        }
    }

    private static void Merge(int[] src, int[] dst, int lo, int mid, int hi, Value[] keys, bool descending)
    {
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            // Take from the right run only when strictly before: ties keep the left (earlier) element.
            dst[k++] = Before(keys[src[j]], keys[src[i]], descending) ? src[j++] : src[i++];
        }

        while (i < mid)
        {
            dst[k++] = src[i++];
        }

        while (j < hi)
        {
            dst[k++] = src[j++];
        }
    }

    private static bool Before(Value a, Value b, bool descending) =>
        descending ? Operators.Compare(CompareOp.Lt, b, a) : Operators.Compare(CompareOp.Lt, a, b);
}
