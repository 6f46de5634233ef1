namespace Zexus.Conformance;

/// <summary>Slice 1 of the <see cref="InterpreterSuperInstructionTests{TShard}"/> programs.</summary>
public sealed class InterpreterSuperInstructionShard1Tests : InterpreterSuperInstructionTests<InterpreterSuperInstructionShard1Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 1;
}
