using Zexus.Vm.Bytecode;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Interpreter;

/// <summary>A module's top level at run time: its global scope, names (compiled layout plus names bound by <c>use</c>) and exports (14).</summary>
public sealed class VmModuleState
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public VmModuleState(ModuleUnit unit)
    {
        Unit = unit;
        foreach (var name in unit.Globals)
        {
            Intern(name);
        }

        Global = new Scope(null, Math.Max(_names.Count, 1));
    }

    public ModuleUnit Unit { get; }

    public Scope Global { get; }

    public bool Loading { get; set; }

    public VmModule? Loaded { get; set; }

    public List<string> Exported { get; } = [];

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

    public void Bind(string name, Value value)
    {
        var slot = Intern(name);
        Global.EnsureSize(_names.Count);
        Global.Declare(slot, value, false);
    }

    public bool TryGetBound(string name, out Value value)
    {
        if (_slots.TryGetValue(name, out var slot) && slot < Global.Slots.Length && !Global.Slots[slot].IsUndefined)
        {
            value = Global.Slots[slot];
            return true;
        }

        value = default;
        return false;
    }

    public bool IsVisible(string name) => Unit.HasExports ? Exported.Contains(name) : TryGetBound(name, out _);

    public IReadOnlyList<string> VisibleNames() =>
        Unit.HasExports ? Exported : [.. _names.Where(n => TryGetBound(n, out _))];
}

/// <summary>A module value of the ZVM (14.5): reads the current values of visible bindings.</summary>
public sealed class VmModule(string path, VmModuleState state) : ZModule(path)
{
    public VmModuleState State { get; } = state;

    public override IReadOnlyList<string> VisibleNames => State.VisibleNames();

    public override bool TryGetExport(string name, out Value value)
    {
        if (State.IsVisible(name) && State.TryGetBound(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
