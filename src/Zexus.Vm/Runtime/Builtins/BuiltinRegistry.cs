namespace Zexus.Vm.Runtime.Builtins;

/// <summary>All built-in functions of LANGUAGE.md section 9 by name (including the aliases length/size/str).</summary>
public static class BuiltinRegistry
{
    public static bool TryGet(string name, out ZBuiltin builtin) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static IReadOnlyCollection<string> Names => throw new NotSupportedException("TODO(#2): not implemented yet");
}
