namespace Zexus.Evm.Tests;

/// <summary>The tracing axis of every behaviour test: the untraced and the traced instantiation must agree.</summary>
public static class TracingModes
{
    public static TheoryData<bool> Both => new() { false, true };
}
