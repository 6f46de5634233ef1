namespace Zexus.Conformance;

/// <summary>Slice 2 of the <see cref="InterpreterSuperInstructionTests{TShard}"/> programs.</summary>
public sealed class InterpreterSuperInstructionShard2Tests : InterpreterSuperInstructionTests<InterpreterSuperInstructionShard2Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 2;
}
