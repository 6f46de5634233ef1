namespace Zexus.Conformance;

/// <summary>Slice 0 of the <see cref="InterpreterSuperInstructionTests{TShard}"/> programs.</summary>
public sealed class InterpreterSuperInstructionShard0Tests : InterpreterSuperInstructionTests<InterpreterSuperInstructionShard0Tests>, IShard
{
    /// <inheritdoc/>
    public static int Index => 0;
}
