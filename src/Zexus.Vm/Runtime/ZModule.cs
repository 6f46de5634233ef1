namespace Zexus.Vm.Runtime;

/// <summary>A loaded module (LANGUAGE.md 14). The engine supplies access to its visible bindings.</summary>
public abstract class ZModule(string path) : ZObject
{
    public override ValueKind Kind => ValueKind.Module;

    /// <summary>The path string of the first <c>use</c> that loaded it, as written.</summary>
    public string Path { get; } = path;

    /// <summary>Reads the current value of a visible top-level binding (14.5).</summary>
    public abstract bool TryGetExport(string name, out Value value);

    /// <summary>The visible names in binding order (14.4).</summary>
    public abstract IReadOnlyList<string> VisibleNames { get; }
}
