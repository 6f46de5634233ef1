namespace Zexus.Vm.Runtime;

/// <summary>A mutable map with string keys that keeps insertion order (LANGUAGE.md 3.7).</summary>
public sealed class ZMap : ZObject
{
    public readonly OrderedDictionary<string, Value> Entries;

    public ZMap() => Entries = new(StringComparer.Ordinal);

    public ZMap(int capacity) => Entries = new(capacity, StringComparer.Ordinal);

    public override ValueKind Kind => ValueKind.Map;

    public int Count => Entries.Count;

    /// <summary>Inserts or updates; an existing key keeps its position.</summary>
    public void Set(string key, Value value) => Entries[key] = value;

    public Value Get(string key) => Entries.TryGetValue(key, out var v) ? v : Value.Null;

    public bool TryGet(string key, out Value value) => Entries.TryGetValue(key, out value);
}
