using Zexus.Lang.Syntax;

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

    /// <summary>
    /// The call-scope layout of a function (7.2): <c>this</c> and <c>msg</c> first for contract actions,
    /// then the parameters, then every name the body can declare. Shared by the evaluator and the compiler.
    /// </summary>
    public static ScopeInfo ForFunction(FunctionLiteral f, ScopeInfo parent, bool isAction, out int[] paramSlots)
    {
        var info = new ScopeInfo(ScopeKind.Function, parent);
        if (isAction)
        {
            info.Intern("this");
            info.Intern("msg");
        }

        paramSlots = [.. f.Parameters.Select(p => info.Intern(p.Name))];
        if (f.Body is not null)
        {
            DeclarationCollector.Collect(f.Body, n => info.Intern(n));
        }
        else
        {
            DeclarationCollector.Collect(f.ExprBody!, n => info.Intern(n));
        }

        return info;
    }

    /// <summary>
    /// Where <paramref name="name"/> may be bound when read from this scope: (hops, slot) candidates,
    /// innermost first, ending with the global scope (which gets a slot for the name if it had none).
    /// </summary>
    public List<(int Hops, int Slot)> Resolve(string name)
    {
        var candidates = new List<(int Hops, int Slot)>(2);
        var h = 0;
        for (var info = this; info is not null; info = info.Parent, h++)
        {
            if (info.Kind == ScopeKind.Global)
            {
                candidates.Add((h, info.Intern(name)));
                break;
            }

            if (info.TryGet(name, out var slot))
            {
                candidates.Add((h, slot));
            }
        }

        return candidates;
    }
}
