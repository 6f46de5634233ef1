namespace Zexus.Lang.Evaluator;

public enum ScopeKind
{
    /// <summary>A program's or module's global scope: slots are interned as names appear and may grow.</summary>
    Global,
    /// <summary>A function (or action) call scope: the declared names of its body, fixed when prepared.</summary>
    Function,
    /// <summary>A contract instance's state scope: its state variables first, in declaration order.</summary>
    State,
}

/// <summary>
/// The compile-time picture of a run-time <see cref="Scope"/>: which names it can bind and at which slot.
/// The chain of infos mirrors the chain of scopes at run time, so a name resolves to a list of
/// (hops, slot) candidates tried from the innermost outward.
/// </summary>
public sealed class ScopeInfo(ScopeKind kind, ScopeInfo? parent)
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public ScopeKind Kind { get; } = kind;

    public ScopeInfo? Parent { get; } = parent;

    public int Count => _names.Count;

    /// <summary>Names by slot index.</summary>
    public IReadOnlyList<string> Names => _names;

    public bool TryGet(string name, out int slot) => _slots.TryGetValue(name, out slot);

    /// <summary>The slot for <paramref name="name"/>, creating it if needed.</summary>
    public int Intern(string name)
    {
        if (!_slots.TryGetValue(name, out var slot))
        {
            slot = _names.Count;
            _slots.Add(name, slot);
            _names.Add(name);
        }

        return slot;
    }
}
