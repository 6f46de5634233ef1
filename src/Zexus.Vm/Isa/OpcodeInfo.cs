namespace Zexus.Vm.Isa;

/// <summary>
/// One row of the opcode table: encoding, stack effect, static gas and meaning. The stack effect is
/// <c>Pops + PopsFactor × operand[PopsOperand]</c> values popped and <c>Pushes</c> (or operand[PushesOperand])
/// pushed on the fall-through path; an instruction with a <see cref="OperandKind.Target"/> operand also has a
/// branch edge with its own effect (<see cref="BranchPops"/>, <see cref="BranchPushes"/>), counted from the
/// height before the instruction.
/// </summary>
public sealed record OpcodeInfo(
    ZvmOpcode Opcode,
    OperandKind[] Operands,
    int Pops,
    int Pushes,
    long Gas,
    string Summary)
{
    public string Mnemonic => Opcode.ToString();

    public int PopsOperand { get; init; } = -1;

    public int PopsFactor { get; init; } = 1;

    public int PushesOperand { get; init; } = -1;

    public int BranchPops { get; init; }

    public int BranchPushes { get; init; }

    /// <summary>Execution never continues to the next instruction (RETURN, JUMP, THROW, …).</summary>
    public bool Terminating { get; init; }

    /// <summary>Dynamic gas charged on top of <see cref="Gas"/>, documented in docs/gas.md.</summary>
    public string? DynamicGas { get; init; }

    /// <summary>Encoded size of the instruction in bytes.</summary>
    public int Size => 1 + Operands.Sum(o => o.Width());

    public int TargetOperand => Array.IndexOf(Operands, OperandKind.Target);

    public int PopCount(ReadOnlySpan<int> operands) => Pops + (PopsOperand >= 0 ? PopsFactor * operands[PopsOperand] : 0);

    public int PushCount(ReadOnlySpan<int> operands) => PushesOperand >= 0 ? operands[PushesOperand] : Pushes;
}
