using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator;

/// <summary>One file's top level at run time: its global scope, its slot layout and its exports (14).</summary>
public sealed class ModuleContext
{
    public ModuleContext(string file, bool hasExportStatements)
    {
        File = file;
        HasExportStatements = hasExportStatements;
        GlobalInfo = new ScopeInfo(ScopeKind.Global, null);
        Global = new Scope(null, 16);
    }

    /// <summary>The file as shown in locations.</summary>
    public string File { get; }

    public ScopeInfo GlobalInfo { get; }

    public Scope Global { get; }

    /// <summary>When the file contains an <c>export</c>, only exported names are visible (14.4).</summary>
    public bool HasExportStatements { get; }

    public List<string> Exported { get; } = [];

    /// <summary>Makes room for names interned since the scope was last sized (REPL input, <c>use</c>).</summary>
    public void SyncGlobalSize() => Global.EnsureSize(GlobalInfo.Count);

    /// <summary>Binds a name in the global scope at run time (for <c>use</c> forms that bind names).</summary>
    public void Bind(string name, Value value)
    {
        var slot = GlobalInfo.Intern(name);
        SyncGlobalSize();
        Global.Declare(slot, value, false);
    }

    public bool TryGetBound(string name, out Value value)
    {
        if (GlobalInfo.TryGet(name, out var slot) && slot < Global.Slots.Length && !Global.Slots[slot].IsUndefined)
        {
            value = Global.Slots[slot];
            return true;
        }

        value = default;
        return false;
    }

    public bool IsVisible(string name) => HasExportStatements ? Exported.Contains(name) : TryGetBound(name, out _);

    public IReadOnlyList<string> VisibleNames()
    {
        if (HasExportStatements)
        {
            return Exported;
        }

        var names = new List<string>();
        foreach (var name in GlobalInfo.Names)
        {
            if (TryGetBound(name, out _))
            {
                names.Add(name);
            }
        }

        return names;
    }
}

/// <summary>A module loaded by the evaluator: reads the current values of its visible bindings (14.5).</summary>
public sealed class EvalModule(string path, ModuleContext context) : ZModule(path)
{
    public ModuleContext Context { get; } = context;

    public override IReadOnlyList<string> VisibleNames => Context.VisibleNames();

    public override bool TryGetExport(string name, out Value value)
    {
        if (Context.IsVisible(name) && Context.TryGetBound(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
