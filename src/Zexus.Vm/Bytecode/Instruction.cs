using System.Buffers.Binary;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// One decoded instruction: its offset, table row and operand values. Operands are widened to <see cref="int"/>;
/// the u32 kinds (<see cref="OperandKind.Target"/>, <see cref="OperandKind.Amount"/>) keep their bit pattern,
/// so read them back with <see cref="Unsigned"/>.
/// </summary>
public readonly record struct Instruction(int Offset, OpcodeInfo Info, int[] Operands)
{
    public ZvmOpcode Opcode => Info.Opcode;

    public int Size => Info.Size;

    public int Next => Offset + Info.Size;

    public uint Unsigned(int operand) => unchecked((uint)Operands[operand]);

    /// <summary>The jump target, or -1 when the instruction has no <see cref="OperandKind.Target"/> operand.</summary>
    public long Target => Info.TargetOperand >= 0 ? Unsigned(Info.TargetOperand) : -1;

    /// <summary>
    /// Decodes the instruction at <paramref name="offset"/>. Fails (returning the reason) for a byte that is not
    /// an opcode and for an instruction whose operands run past the end of the code.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> code, int offset, out Instruction instruction, out string? error)
    {
        instruction = default;
        var info = OpcodeTable.Get(code[offset]);
        if (info is null)
        {
            error = $"unknown opcode 0x{code[offset]:X2}";
            return false;
        }

        if (info.Size > code.Length - offset)
        {
            error = $"truncated instruction: {info.Mnemonic} needs {info.Size} bytes, {code.Length - offset} remain";
            return false;
        }

        var operands = info.Operands.Length == 0 ? [] : new int[info.Operands.Length];
        var at = offset + 1;
        for (var i = 0; i < operands.Length; i++)
        {
            var kind = info.Operands[i];
            operands[i] = kind.Width() switch
            {
                1 => code[at],
                2 => BinaryPrimitives.ReadUInt16LittleEndian(code[at..]),
                _ => unchecked((int)BinaryPrimitives.ReadUInt32LittleEndian(code[at..])),
            };
            at += kind.Width();
        }

        instruction = new Instruction(offset, info, operands);
        error = null;
        return true;
    }
}
