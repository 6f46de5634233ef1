namespace Zexus.Vm.Runtime;

/// <summary>Deep copies across the contract boundary (LANGUAGE.md 10.5): lists, maps and entity instances are
/// copied recursively, preserving sharing and cycles inside the copied value; other values are used as is.</summary>
public static class DeepCopy
{
    public static Value Copy(Value value) => throw new NotSupportedException("TODO(#2): not implemented yet");

    /// <summary>Copies several values with one shared memo, so sharing between them is preserved.</summary>
    public static Value[] CopyAll(ReadOnlySpan<Value> values) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
