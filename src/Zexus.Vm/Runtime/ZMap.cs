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
    public void Set(string key, in Value value) => Slot(key) = value;

    /// <summary>
    /// The place of <paramref name="key"/>'s value, the key added at the end (with the value null) when it is new; the
    /// caller stores the value there at once. The reference is valid until the next key is added.
    /// PERF (bench: zexus bench, maps rows): code that inlines the store writes the value from its own variables,
    /// with no copy of it passed through memory.
    /// </summary>
    public ref Value Slot(string key)
    {
        if (!TryLast(key, out var index))
        {
            Entries.TryAdd(key, Value.Null, out index);
            Remember(key, index);
        }

        return ref Entries.ValueRef(index);
    }

    /// <summary>The value of <paramref name="key"/>, or null when it is absent (LANGUAGE.md 3.7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Value Get(string key)
    {
        ref readonly var found = ref Find(key);
        return Unsafe.IsNullRef(in found) ? Value.Null : found;
    }

    public bool TryGet(string key, out Value value)
    {
        ref readonly var found = ref Find(key);
        if (Unsafe.IsNullRef(in found))
        {
            value = default;
            return false;
        }

        value = found;
        return true;
    }

    /// <summary>
    /// The value of <paramref name="key"/> in place, or a null reference when the key is absent (test with
    /// <see cref="Unsafe.IsNullRef{T}(ref readonly T)"/>). The reference is valid until the next key is added.
    /// PERF (bench: zexus bench, maps rows): the caller copies the value straight into its own variables, where an
    /// <c>out</c> value is written through the caller's memory with a write barrier and read back at once.
    /// </summary>
    public ref readonly Value Find(string key)
    {
        if (TryLast(key, out var index))
        {
            return ref Entries.ValueRef(index);
        }

        index = Entries.IndexOf(key);
        if (index < 0)
        {
            return ref Unsafe.NullRef<Value>();
        }

        Remember(key, index);
        return ref Entries.ValueRef(index);
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
