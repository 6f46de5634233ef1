using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Jit;

/// <summary>One basic block: instructions <see cref="First"/>..<see cref="Last"/> of <see cref="JitPlan.Instructions"/>.</summary>
internal readonly record struct JitBlock(int First, int Last, long Gas, int Steps);

/// <summary>
/// The static facts the JIT compiles from: the reachable instructions in offset order with the operand stack
/// height before each (from the table's stack effects, as the verifier computes them), and the basic blocks
/// over which static gas and steps are charged in advance.
/// </summary>
internal sealed class JitPlan
{
    private JitPlan(List<Instruction> instructions, int[] heights, List<JitBlock> blocks, int maxHeight, int codeLength)
    {
        CapturesScope = instructions.Exists(i => i.Opcode is ZvmOpcode.MAKE_CLOSURE or ZvmOpcode.CALL_FUNC_CONST or ZvmOpcode.DEFINE_CONTRACT
            or ZvmOpcode.DEFINE_ENTITY or ZvmOpcode.USE_MODULE or ZvmOpcode.EXPORT_NAME);
        Instructions = instructions;
        Heights = heights;
        Blocks = blocks;
        MaxHeight = maxHeight;
        RestGas = new long[codeLength];
        RestSteps = new int[codeLength];
        BlockAt = new int[codeLength];
        foreach (var (b, block) in blocks.Index())
        {
            long gas = 0;
            var steps = 0;
            for (var i = block.Last; i >= block.First; i--)
            {
                var offset = instructions[i].Offset;
                RestGas[offset] = gas;
                RestSteps[offset] = steps;
                BlockAt[offset] = b;
                gas += instructions[i].Info.Gas;
                steps++;
            }
        }
    }

    public List<Instruction> Instructions { get; }

    /// <summary>True when some instruction can keep a reference to the current scope (a closure, contract, entity or module).</summary>
    public bool CapturesScope { get; }

    /// <summary>Stack height before each instruction (same index as <see cref="Instructions"/>).</summary>
    public int[] Heights { get; }

    public List<JitBlock> Blocks { get; }

    public int MaxHeight { get; }

    /// <summary>By offset: the index of the block that starts there (only meaningful at block starts).</summary>
    public int[] BlockAt { get; }

    public long[] RestGas { get; }

    public int[] RestSteps { get; }

    /// <summary>
    /// The name entry whose LOAD_NAME or LOAD_LOCAL, in the same block, pushed the callee of the call instruction
    /// <paramref name="i"/> with <paramref name="argc"/> arguments; -1 when another instruction did.
    /// </summary>
    public int CalleeName(int i, int argc)
    {
        var callee = Heights[i] - argc - 1;
        var first = Blocks[BlockAt[Instructions[i].Offset]].First;
        for (var j = i - 1; j >= first; j--)
        {
            if (Heights[j] <= callee)
            {
                return Heights[j] == callee && Instructions[j].Opcode is ZvmOpcode.LOAD_NAME or ZvmOpcode.LOAD_LOCAL ? Instructions[j].Operands[0] : -1;
            }
        }

        return -1;
    }

    /// <summary>Analyses verified code; returns null with a reason for code the JIT does not compile.</summary>
    public static JitPlan? Build(byte[] code, out string? failure)
    {
        var height = new int[code.Length];
        Array.Fill(height, -1);
        var decoded = new Instruction?[code.Length];
        var leader = new bool[code.Length];
        var work = new Stack<int>();
        var max = 0;
        height[0] = 0;
        leader[0] = true;
        work.Push(0);
        while (work.Count > 0)
        {
            var offset = work.Pop();
            if (!Instruction.TryDecode(code, offset, out var ins, out var error))
            {
                failure = error;
                return null;
            }

            decoded[offset] = ins;
            var info = ins.Info;
            var h = height[offset];
            if (!info.Terminating)
            {
                // PERF (bench: zexus bench, fib jit row): a call ends its block, so no advance is given back around it.
                var call = ins.Opcode is ZvmOpcode.CALL_TOP or ZvmOpcode.SPAWN_CALL or ZvmOpcode.CALL_METHOD;
                Reach(ins.Next, h - info.PopCount(ins.Operands) + info.PushCount(ins.Operands), startsBlock: info.TargetOperand >= 0 || call);
            }

            if (ins.Target >= 0)
            {
                Reach((int)ins.Target, h - info.BranchPops + info.BranchPushes, startsBlock: true);
            }
        }

        var instructions = new List<Instruction>();
        var heights = new List<int>();
        var blocks = new List<JitBlock>();
        for (var offset = 0; offset < code.Length; offset++)
        {
            if (decoded[offset] is not { } ins)
            {
                continue;
            }

            var previous = instructions.Count > 0 ? instructions[^1] : default;
            if (instructions.Count > 0 && (leader[offset] || previous.Info.Terminating || previous.Next != offset))
            {
                Close(instructions.Count - 1);
            }

            instructions.Add(ins);
            heights.Add(height[offset]);
        }

        Close(instructions.Count - 1);
        failure = null;
        return new JitPlan(instructions, [.. heights], blocks, max, code.Length);

        void Close(int last)
        {
            var first = blocks.Count == 0 ? 0 : blocks[^1].Last + 1;
            long gas = 0;
            for (var i = first; i <= last; i++)
            {
                gas += instructions[i].Info.Gas;
            }

            blocks.Add(new JitBlock(first, last, gas, last - first + 1));
        }

        void Reach(int to, int h, bool startsBlock)
        {
            max = Math.Max(max, h);
            leader[to] |= startsBlock;

            if (height[to] < 0)
            {
                height[to] = h;
                work.Push(to);
            }
        }
    }
}
