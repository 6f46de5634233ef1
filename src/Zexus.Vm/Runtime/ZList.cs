namespace Zexus.Vm.Runtime;

/// <summary>A mutable, ordered list (LANGUAGE.md 3.6). Reference semantics.</summary>
public sealed class ZList : ZObject
{
    public readonly List<Value> Items;

    public ZList() => Items = [];

    public ZList(List<Value> items) => Items = items;

    public ZList(IEnumerable<Value> items) => Items = [.. items];

    public override ValueKind Kind => ValueKind.List;

    public int Count => Items.Count;
}
