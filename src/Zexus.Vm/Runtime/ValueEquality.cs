namespace Zexus.Vm.Runtime;

/// <summary>
/// The <c>==</c> of LANGUAGE.md 5.5. Lists, maps and entity instances compare by content with an explicit
/// work stack instead of recursion, so arbitrarily deep values cannot overflow the CLR stack; a pair of
/// containers met again (a cycle, or shared structure) is taken as equal, which is the coinductive reading
/// of structural equality and makes the comparison terminate.
/// </summary>
internal static class ValueEquality
{
    public static bool Equal(Value a, Value b)
    {
        if (a.Kind != b.Kind)
        {
            return IsMixedNumbers(a, b) && NumericComparison.Compare(a, b) == 0;
        }

        switch (a.Kind)
        {
            case ValueKind.Null:
            case ValueKind.Undefined:
                return true;
            case ValueKind.Boolean:
                return a.AsBool == b.AsBool;
            case ValueKind.Integer:
                return a.IsSmallInt && b.IsSmallInt
                    ? a.SmallInt == b.SmallInt
                    : !a.IsSmallInt && !b.IsSmallInt && a.AsBigInteger == b.AsBigInteger;
            case ValueKind.Float:
                return a.AsFloat == b.AsFloat;
            case ValueKind.String:
                return a.StringSpan.SequenceEqual(b.StringSpan);
            case ValueKind.List:
            case ValueKind.Map:
            case ValueKind.Entity:
                return ReferenceEquals(a.RawObject, b.RawObject) || Structural(a.AsObject, b.AsObject);
            default:
                return ReferenceEquals(a.RawObject, b.RawObject);
        }
    }

    private static bool IsMixedNumbers(Value a, Value b) =>
        (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Float) ||
        (a.Kind == ValueKind.Float && b.Kind == ValueKind.Integer);

    private static bool IsContainer(ValueKind k) => k is ValueKind.List or ValueKind.Map or ValueKind.Entity;

    private static bool Structural(ZObject a, ZObject b)
    {
        var pending = new Stack<(ZObject, ZObject)>();
        var seen = new HashSet<(ZObject, ZObject)> { (a, b) };
        pending.Push((a, b));
        while (pending.Count > 0)
        {
            var (x, y) = pending.Pop();
            if (!Shallow(x, y, pending, seen))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares the shape and scalar members of two containers of the same kind; nested container
    /// pairs not seen before are queued on <paramref name="pending"/>.</summary>
    private static bool Shallow(ZObject x, ZObject y, Stack<(ZObject, ZObject)> pending, HashSet<(ZObject, ZObject)> seen)
    {
        switch (x)
        {
            case ZList lx:
            {
                var ly = (ZList)y;
                var ix = lx.Items;
                var iy = ly.Items;
                if (ix.Count != iy.Count)
                {
                    return false;
                }

                for (var i = 0; i < ix.Count; i++)
                {
                    if (!Member(ix[i], iy[i], pending, seen))
                    {
                        return false;
                    }
                }

                return true;
            }

            case ZMap mx:
            {
                var my = (ZMap)y;
                if (mx.Count != my.Count)
                {
                    return false;
                }

                foreach (var (key, vx) in mx.Entries)
                {
                    if (!my.Entries.TryGetValue(key, out var vy) || !Member(vx, vy, pending, seen))
                    {
                        return false;
                    }
                }

                return true;
            }

            default:
            {
                var ex = (ZEntity)x;
                var ey = (ZEntity)y;
                if (!ReferenceEquals(ex.Type, ey.Type) || ex.Fields.Length != ey.Fields.Length)
                {
                    return false;
                }

                for (var i = 0; i < ex.Fields.Length; i++)
                {
                    if (!Member(ex.Fields[i], ey.Fields[i], pending, seen))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    private static bool Member(Value vx, Value vy, Stack<(ZObject, ZObject)> pending, HashSet<(ZObject, ZObject)> seen)
    {
        if (vx.Kind == vy.Kind && IsContainer(vx.Kind))
        {
            var ox = vx.AsObject;
            var oy = vy.AsObject;
            if (!ReferenceEquals(ox, oy) && seen.Add((ox, oy)))
            {
                pending.Push((ox, oy));
            }

            return true;
        }

        return Equal(vx, vy);
    }
}
