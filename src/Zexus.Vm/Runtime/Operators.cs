namespace Zexus.Vm.Runtime;

public enum CompareOp
{
    Lt,
    Gt,
    LtEq,
    GtEq,
}

/// <summary>The operators of LANGUAGE.md section 5 (5.3 arithmetic, 5.4 unary minus, 5.5 equality, 5.6 ordering).
/// Shared by every engine. Errors are thrown as <see cref="ZexusError"/> with the Appendix B message.</summary>
public static class Operators
{
    public static Value Add(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static Value Sub(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static Value Mul(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static Value Div(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static Value Mod(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static Value Pow(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static Value Negate(Value a) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static bool Equal(Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static bool Compare(CompareOp op, Value a, Value b) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
