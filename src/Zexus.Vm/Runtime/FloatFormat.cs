namespace Zexus.Vm.Runtime;

/// <summary>The text form of floats (LANGUAGE.md 4.1): shortest round-trip digits, positional for -4 &lt;= e &lt; 16.</summary>
public static class FloatFormat
{
    public static string Format(double value) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
