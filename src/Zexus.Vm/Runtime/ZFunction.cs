namespace Zexus.Vm.Runtime;

/// <summary>
/// A user function value. Each engine subclasses it with its own representation of code and captured
/// scope; the runtime only needs to know its name and whether it is an Action or a Lambda (3.1, 4).
/// </summary>
public abstract class ZFunction : ZObject
{
    public override ValueKind Kind => ValueKind.Function;

    /// <summary>The declared name, or null for an anonymous function literal.</summary>
    public abstract string? Name { get; }

    /// <summary>True for functions written with <c>=&gt;</c> or <c>lambda</c>.</summary>
    public abstract bool IsLambda { get; }
}
