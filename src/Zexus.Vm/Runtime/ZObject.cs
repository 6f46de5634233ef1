namespace Zexus.Vm.Runtime;

/// <summary>Base of every heap-allocated Zexus value other than strings and big integers.</summary>
public abstract class ZObject
{
    public abstract ValueKind Kind { get; }
}
