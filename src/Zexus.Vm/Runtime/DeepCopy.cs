using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>Deep copies across the contract boundary (LANGUAGE.md 10.5): lists, maps and entity instances are
/// copied recursively, preserving sharing and cycles inside the copied value; other values are used as is.</summary>
/// <remarks>A memo maps each original container to its copy, which makes shared sub-values stay shared and
/// cycles close on the copy. Containers are created empty and filled from a work list, so depth costs heap,
/// not CLR stack.</remarks>
public static class DeepCopy
{
    /// <summary>A deep copy of <paramref name="value"/>; values that are not containers are returned as is.</summary>
    public static Value Copy(Value value)
    {
        if (!IsContainer(value.Kind))
        {
            return value;
        }

        var copier = new Copier();
        var result = copier.Shell(value);
        copier.Drain();
        return result;
    }

    /// <summary>Copies several values with one shared memo, so sharing between them is preserved.</summary>
    public static Value[] CopyAll(ReadOnlySpan<Value> values)
    {
        var result = new Value[values.Length];
        CopyInto(values, result);
        return result;
    }

    /// <summary><see cref="CopyAll"/> into <paramref name="into"/>, which must not overlap <paramref name="values"/>.</summary>
    public static void CopyInto(ReadOnlySpan<Value> values, Span<Value> into)
    {
        Copier? copier = null;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (IsContainer(v.Kind))
            {
                copier ??= new Copier();
                into[i] = copier.Shell(v);
            }
            else
            {
                Value.Assign(ref into[i], in v);
            }
        }

        copier?.Drain();
    }

    /// <summary>True when <paramref name="value"/> is a list, map or entity instance, which <see cref="Copy"/> copies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsContainer(Value value) => IsContainer(value.Kind);

    // PERF (bench: zexus bench, contract rows): inlined into the copies every action call makes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsContainer(ValueKind kind) => kind is ValueKind.List or ValueKind.Map or ValueKind.Entity;

    private sealed class Copier
    {
        private readonly Dictionary<ZObject, ZObject> _memo = new(ReferenceEqualityComparer.Instance);
        private readonly Stack<(ZObject Source, ZObject Target)> _unfilled = new();

        /// <summary>The copy of a container: the memoised one, or a new empty one queued to be filled.</summary>
        public Value Shell(Value value)
        {
            var source = value.AsObject;
            if (_memo.TryGetValue(source, out var existing))
            {
                return Value.FromObject(existing);
            }

            ZObject target = source switch
            {
                ZList list => new ZList(new List<Value>(list.Count)),
                ZMap map => new ZMap(map.Count),
                _ => new ZEntity(((ZEntity)source).Type, new Value[((ZEntity)source).Fields.Length]),
            };
            _memo.Add(source, target);
            _unfilled.Push((source, target));
            return Value.FromObject(target);
        }

        public void Drain()
        {
            while (_unfilled.Count > 0)
            {
                var (source, target) = _unfilled.Pop();
                switch (source)
                {
                    case ZList list:
                        var items = ((ZList)target).Items;
                        foreach (var item in list.Items)
                        {
                            items.Add(Element(item));
                        }

                        break;
                    case ZMap map:
                        var entries = ((ZMap)target).Entries;
                        foreach (var (key, item) in map.Entries)
                        {
                            entries.Add(key, Element(item));
                        }

                        break;
                    default:
                        var fields = ((ZEntity)source).Fields;
                        var copied = ((ZEntity)target).Fields;
                        for (var i = 0; i < fields.Length; i++)
                        {
                            copied[i] = Element(fields[i]);
                        }

                        break;
                }
            }
        }

        private Value Element(Value v) => IsContainer(v.Kind) ? Shell(v) : v;
    }
}
