namespace Zexus.Vm.Runtime.Builtins;

/// <summary>Map methods (LANGUAGE.md 9.4). Returns false when <paramref name="name"/> is not a map method, so the
/// engine can fall back to calling the map's entry of that name (5.11).</summary>
public static class MapMethods
{
    public static bool TryCall(IRuntimeContext ctx, ZMap map, string name, ReadOnlySpan<Value> args, out Value result) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
