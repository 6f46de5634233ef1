namespace Zexus.Vm.Bytecode;

/// <summary>
/// A <c>.zxb</c> container could not be read: the bytes do not follow docs/bytecode-format.md. The message
/// names the reason and the absolute byte offset where the problem was found.
/// </summary>
public sealed class BytecodeFormatException : Exception
{
    public BytecodeFormatException(string reason, int offset)
        : base($"invalid bytecode container at byte {offset}: {reason}")
    {
        Reason = reason;
        Offset = offset;
    }

    public BytecodeFormatException()
        : this("malformed container", 0)
    {
    }

    public BytecodeFormatException(string message)
        : this(message, 0)
    {
    }

    public BytecodeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = "";

    /// <summary>Absolute offset in the container of the field that was rejected.</summary>
    public int Offset { get; }
}
