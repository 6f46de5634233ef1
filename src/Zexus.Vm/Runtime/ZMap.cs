using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>A mutable map with string keys that keeps insertion order (LANGUAGE.md 3.7).</summary>
/// <remarks>
/// PERF (bench: zexus bench, maps rows): the position of the last key looked up or stored is remembered, so
/// <c>m[k] = (m[k] ?? 0) + 1</c> hashes <c>k</c> once. A key never leaves or moves (<see cref="ZMapEntries"/>), so the
/// position stays right for as long as the same key object is asked for again, and that second access compares no
/// characters.
/// </remarks>
public sealed class ZMap : ZObject
{
    public readonly ZMapEntries Entries;

    private string? _lastKey;
    private int _lastIndex;

    public ZMap() => Entries = new();

    public ZMap(int capacity) => Entries = new(capacity);

    public override ValueKind Kind => ValueKind.Map;

    public int Count => Entries.Count;

    /// <summary>Inserts or updates; an existing key keeps its position.</summary>
    public void Set(string key, in Value value)
    {
        if (TryLast(key, out var index))
        {
            Entries.SetAt(index, value);
            return;
        }

        if (!Entries.TryAdd(key, value, out index))
        {
            Entries.SetAt(index, value);
        }

        Remember(key, index);
    }

    public Value Get(string key) => TryGet(key, out var v) ? v : Value.Null;

    public bool TryGet(string key, out Value value)
    {
        if (TryLast(key, out var index))
        {
            value = Entries.ValueAt(index);
            return true;
        }

        if (Entries.TryGetValue(key, out value, out index))
        {
            Remember(key, index);
            return true;
        }

        return false;
    }

    /// <summary>The position of <paramref name="key"/> when it is the very key object remembered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryLast(string key, out int index)
    {
        index = _lastIndex;
        return ReferenceEquals(key, _lastKey);
    }

    private void Remember(string key, int index)
    {
        _lastKey = key;
        _lastIndex = index;
    }
}
