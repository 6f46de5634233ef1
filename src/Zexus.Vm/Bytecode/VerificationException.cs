namespace Zexus.Vm.Bytecode;

/// <summary>
/// A container was rejected by the <see cref="ZvmVerifier"/>. The message names where (the function by index
/// and name and the code offset, or the constant or module) and why.
/// </summary>
public sealed class VerificationException : Exception
{
    public VerificationException(string location, string reason, int functionIndex = -1, string? functionName = null, int offset = -1)
        : base($"verification failed: {location}: {reason}")
    {
        Location = location;
        Reason = reason;
        FunctionIndex = functionIndex;
        FunctionName = functionName;
        Offset = offset;
    }

    public VerificationException()
        : this("container", "rejected")
    {
    }

    public VerificationException(string message)
        : this("container", message)
    {
    }

    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = "container";
        Reason = message;
    }

    /// <summary>"container", "constant 3", "module 0 'main.zx'", "function 2 'f' at offset 14", …</summary>
    public string Location { get; } = "";

    public string Reason { get; } = "";

    /// <summary>The rejected function, or -1 when the problem is not inside a function.</summary>
    public int FunctionIndex { get; } = -1;

    public string? FunctionName { get; }

    /// <summary>Code offset of the rejected instruction, or -1.</summary>
    public int Offset { get; } = -1;

    internal static VerificationException InFunction(int index, FunctionProto function, int offset, string reason)
    {
        var name = function.Name is null ? "<anonymous>" : $"'{function.Name}'";
        var location = offset >= 0 ? $"function {index} {name} at offset {offset}" : $"function {index} {name}";
        return new VerificationException(location, reason, index, function.Name, offset);
    }
}
