using System.Diagnostics.CodeAnalysis;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Verifies one function's code for <see cref="ZvmVerifier"/>, in three passes: a linear decode that checks
/// every operand against the container, a check that every jump lands on an instruction boundary, and an
/// abstract interpretation over the control-flow graph that tracks (stack height, installed try handlers)
/// per instruction from the table's stack effects. Each instruction is visited once: its state is fixed by
/// the first path that reaches it and every other path must agree, so the pass is linear in the code size.
/// </summary>
internal sealed class FunctionVerifier
{
    private readonly ZvmProgram _program;
    private readonly int _index;
    private readonly FunctionProto _function;
    private readonly int _builtinCount;
    private readonly byte[] _code;

    public FunctionVerifier(ZvmProgram program, int index, int builtinCount)
    {
        _program = program;
        _index = index;
        _function = program.Functions[index] ?? throw new VerificationException($"function {index}", "missing function (null entry)", index);
        _builtinCount = builtinCount;
        _code = _function.Code ?? [];
    }

    public int InstructionCount { get; private set; }

    /// <summary>Runs every check and returns the maximum stack height.</summary>
    public int Run()
    {
        CheckHeader();
        var instructions = Decode();
        CheckTargets(instructions);
        return Analyse(instructions);
    }

    private void CheckHeader()
    {
        var f = _function;
        if ((f.Flags & ~ZvmFormat.KnownFunctionFlags) != 0)
        {
            Fail(-1, $"unknown flag bits 0x{(byte)(f.Flags & ~ZvmFormat.KnownFunctionFlags):X2}");
        }

        if (f.Module < 0 || f.Module >= _program.Modules.Count)
        {
            Fail(-1, $"module {f.Module} out of range ({_program.Modules.Count} modules)");
        }

        if (f.SlotCount < 0)
        {
            Fail(-1, $"negative slot count {f.SlotCount}");
        }

        for (var p = 0; p < f.ParamSlots.Length; p++)
        {
            if (f.ParamSlots[p] < 0 || f.ParamSlots[p] >= f.SlotCount)
            {
                Fail(-1, $"parameter {p} slot {f.ParamSlots[p]} out of range ({f.SlotCount} slots)");
            }
        }

        for (var n = 0; n < f.Names.Length; n++)
        {
            foreach (var candidate in f.Names[n].Candidates)
            {
                if (candidate.Hops < 0 || candidate.Slot < 0)
                {
                    Fail(-1, $"name {n} ('{f.Names[n].Name}') has an impossible candidate (hops {candidate.Hops}, slot {candidate.Slot})");
                }

                if (candidate.Hops == 0 && candidate.Slot >= f.SlotCount)
                {
                    Fail(-1, $"name {n} ('{f.Names[n].Name}') candidate slot {candidate.Slot} of the current scope out of range ({f.SlotCount} slots)");
                }
            }
        }

        var previous = -1;
        foreach (var line in f.Lines)
        {
            if (line.Offset <= previous || line.Offset > _code.Length)
            {
                Fail(-1, $"line table entry at offset {line.Offset} is out of order or past the code (length {_code.Length})");
            }

            if (line.Line < 0 || line.Column < 0)
            {
                Fail(-1, $"line table entry at offset {line.Offset} has a negative position {line.Line}:{line.Column}");
            }

            previous = line.Offset;
        }

        if (_code.Length == 0)
        {
            Fail(0, "empty code: execution would fall off the end");
        }
    }

    /// <summary>Decodes every instruction in order; null marks bytes inside an instruction.</summary>
    private Instruction?[] Decode()
    {
        var at = new Instruction?[_code.Length];
        var offset = 0;
        while (offset < _code.Length)
        {
            if (!Instruction.TryDecode(_code, offset, out var instruction, out var error))
            {
                Fail(offset, error!);
            }

            CheckOperands(instruction);
            at[offset] = instruction;
            InstructionCount++;
            offset = instruction.Next;
        }

        return at;
    }

    private void CheckOperands(Instruction ins)
    {
        var info = ins.Info;
        for (var i = 0; i < info.Operands.Length; i++)
        {
            var value = ins.Operands[i];
            switch (info.Operands[i])
            {
                case OperandKind.Const:
                    CheckConstant(ins, value);
                    break;
                case OperandKind.Name:
                    Range(ins, value, _function.Names.Length, "name index", "names");
                    if (ins.Opcode is ZvmOpcode.LOAD_LOCAL or ZvmOpcode.STORE_LOCAL
                        && (_function.Names[value].Candidates is not [{ Hops: 0 } first, ..] || first.Slot != ins.Operands[1]))
                    {
                        Fail(ins.Offset, $"{ins.Opcode} name {value} ('{_function.Names[value].Name}') does not start with slot {ins.Operands[1]} of the current scope");
                    }

                    break;
                case OperandKind.Slot:
                    Range(ins, value, _function.SlotCount, "slot", "slots");
                    break;
                case OperandKind.Function:
                    Range(ins, value, _program.Functions.Count, "function index", "functions");
                    break;
                case OperandKind.Builtin:
                    Range(ins, value, _builtinCount, "built-in index", "built-ins");
                    break;
                case OperandKind.Module:
                    Range(ins, value, _program.Modules.Count, "module index", "modules");
                    break;
                case OperandKind.Mode when ins.Opcode == ZvmOpcode.FOR_ITER && value is not (1 or 2):
                    Fail(ins.Offset, $"FOR_ITER mode {value} is not 1 (elements) or 2 (index/key and element/value)");
                    break;
                case OperandKind.Count when ins.Opcode == ZvmOpcode.REQUIRE && value is not (1 or 2):
                    Fail(ins.Offset, $"REQUIRE takes 1 (condition) or 2 (condition, message) values, not {value}");
                    break;
            }
        }
    }

    private void CheckConstant(Instruction ins, int index)
    {
        Range(ins, index, _program.Constants.Count, "constant index", "constants");
        var requirement = ConstantRequirements.For(ins.Opcode);
        var constant = _program.Constants[index];
        if (constant is null || !requirement.IsSatisfiedBy(constant.Kind))
        {
            Fail(ins.Offset, $"{ins.Info.Mnemonic} needs {requirement.Describe()}; constant {index} is {constant?.Kind.ToString() ?? "missing"}");
        }
    }

    private void Range(Instruction ins, int value, int count, string what, string plural)
    {
        if (value >= count)
        {
            Fail(ins.Offset, $"{ins.Info.Mnemonic}: {what} {value} out of range ({count} {plural})");
        }
    }

    private void CheckTargets(Instruction?[] at)
    {
        foreach (var ins in at)
        {
            if (ins is { Target: >= 0 } jump)
            {
                if (jump.Target >= _code.Length)
                {
                    Fail(jump.Offset, $"{jump.Info.Mnemonic}: jump target {jump.Target} is outside the code (length {_code.Length})");
                }

                if (at[jump.Target] is null)
                {
                    Fail(jump.Offset, $"{jump.Info.Mnemonic}: jump target {jump.Target} is not an instruction boundary");
                }
            }
        }
    }

    private int Analyse(Instruction?[] at)
    {
        var height = new int[_code.Length];
        var depth = new int[_code.Length];
        Array.Fill(height, -1);
        var work = new Stack<int>();
        var max = 0;

        void Reach(int to, int h, int d, int from)
        {
            if (h > ZvmVerifier.StackLimit)
            {
                Fail(from, $"stack height {h} exceeds the limit {ZvmVerifier.StackLimit}");
            }

            max = Math.Max(max, h);
            if (height[to] < 0)
            {
                height[to] = h;
                depth[to] = d;
                work.Push(to);
            }
            else if (height[to] != h)
            {
                Fail(to, $"stack height mismatch at merge point: {height[to]} on one path, {h} on the path from offset {from}");
            }
            else if (depth[to] != d)
            {
                Fail(to, $"try handler mismatch at merge point: {depth[to]} handlers installed on one path, {d} on the path from offset {from}");
            }
        }

        Reach(0, 0, 0, 0);
        while (work.Count > 0)
        {
            var ins = at[work.Pop()]!.Value;
            var info = ins.Info;
            var h = height[ins.Offset];
            var d = depth[ins.Offset];
            var pops = info.PopCount(ins.Operands);
            var hasBranch = info.TargetOperand >= 0;
            var needed = Math.Max(pops, hasBranch ? info.BranchPops : 0);
            if (ins.Opcode == ZvmOpcode.MATCH_LITERAL)
            {
                needed = Math.Max(needed, 1); // compares the top value without popping it
            }

            if (h < needed)
            {
                Fail(ins.Offset, $"stack underflow: {info.Mnemonic} needs {needed} values, height is {h}");
            }

            var fallDepth = d;
            if (ins.Opcode is ZvmOpcode.SETUP_TRY or ZvmOpcode.SETUP_FINALLY)
            {
                fallDepth = d + 1;
            }
            else if (ins.Opcode == ZvmOpcode.POP_TRY)
            {
                if (d == 0)
                {
                    Fail(ins.Offset, "POP_TRY without an installed try handler");
                }

                fallDepth = d - 1;
            }

            if (!info.Terminating)
            {
                if (ins.Next >= _code.Length)
                {
                    Fail(ins.Offset, $"execution falls off the end of the code after {info.Mnemonic} (every path must end in a terminating instruction)");
                }

                Reach(ins.Next, h - pops + info.PushCount(ins.Operands), fallDepth, ins.Offset);
            }

            if (hasBranch)
            {
                // A handler edge (SETUP_*) is taken with the handler removed: the depth before the SETUP.
                Reach((int)ins.Target, h - info.BranchPops + info.BranchPushes, d, ins.Offset);
            }
        }

        return max;
    }

    [DoesNotReturn]
    private void Fail(int offset, string reason) => throw VerificationException.InFunction(_index, _function, offset, reason);
}
