namespace Zexus.Vm.Runtime.Builtins;

/// <summary>List methods (LANGUAGE.md 9.3); an unknown name is "Method 'x' not supported for LIST".</summary>
public static class ListMethods
{
    public static Value Call(IRuntimeContext ctx, ZList list, string name, ReadOnlySpan<Value> args) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
