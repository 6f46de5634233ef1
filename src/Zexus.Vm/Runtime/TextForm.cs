namespace Zexus.Vm.Runtime;

/// <summary>The text form of values (LANGUAGE.md section 4).</summary>
public static class TextForm
{
    // TODO(#2): implemented by the runtime-semantics work.
    public static string Of(Value value) => throw new NotSupportedException("TextForm not implemented yet");
}
