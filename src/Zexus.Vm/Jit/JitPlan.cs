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
    /// <summary>How far back <see cref="PureCallee"/> looks for the load of a callee.</summary>
    private const int CalleeSearch = 32;

    private JitPlan(List<Instruction> instructions, int[] heights, int[] pureCallees, List<JitBlock> blocks, int maxHeight, int codeLength)
    {
        PureCallees = pureCallees;
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

    /// <summary>
    /// By instruction index: for CALL_TOP 1 whose callee was loaded by the name of a pure built-in
    /// (<see cref="JitBuiltins"/>), that built-in's number; otherwise -1. Only a guess from the code: the emitted
    /// call checks the callee at run time.
    /// </summary>
    public int[] PureCallees { get; }

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
    public static JitPlan? Build(byte[] code, NameEntry[] names, out string? failure)
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
                Reach(ins.Next, h - info.PopCount(ins.Operands) + info.PushCount(ins.Operands), startsBlock: info.TargetOperand >= 0);
            }

            if (ins.Target >= 0)
            {
                Reach((int)ins.Target, h - info.BranchPops + info.BranchPushes, startsBlock: true);
            }
        }

        var instructions = new List<Instruction>();
        var heights = new List<int>();
        for (var offset = 0; offset < code.Length; offset++)
        {
            if (decoded[offset] is { } ins)
            {
                instructions.Add(ins);
                heights.Add(height[offset]);
            }
        }

        var pure = new int[instructions.Count];
        for (var i = 0; i < instructions.Count; i++)
        {
            var ins = instructions[i];
            pure[i] = ins.Opcode == ZvmOpcode.CALL_TOP && ins.Operands[0] == 1 ? PureCallee(instructions, heights, names, i) : -1;

            // PERF (bench: zexus bench, fib jit row): a call ends its block, so no advance is given back around it.
            // PERF (bench: zexus bench, maps and strings jit rows): except a pure built-in's, which neither charges
            // nor observes gas: its block goes on, one budget check fewer per call (a callee that turns out not to
            // be that built-in gives back and takes again the rest of the advance around its general call).
            if (ins.Opcode is ZvmOpcode.CALL_TOP or ZvmOpcode.SPAWN_CALL or ZvmOpcode.CALL_METHOD && pure[i] < 0 && !ins.Info.Terminating)
            {
                leader[ins.Next] = true;
            }
        }

        var blocks = new List<JitBlock>();
        for (var i = 1; i < instructions.Count; i++)
        {
            var previous = instructions[i - 1];
            if (leader[instructions[i].Offset] || previous.Info.Terminating || previous.Next != instructions[i].Offset)
            {
                Close(i - 1);
            }
        }

        Close(instructions.Count - 1);
        failure = null;
        return new JitPlan(instructions, [.. heights], pure, blocks, max, code.Length);

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

    /// <summary>
    /// The pure built-in that the callee of CALL_TOP 1 at <paramref name="i"/> was loaded by name as, or -1: the
    /// nearest instruction before it that leaves the stack at the callee's height must be that load.
    /// </summary>
    private static int PureCallee(List<Instruction> instructions, List<int> heights, NameEntry[] names, int i)
    {
        var height = heights[i] - 2;
        for (var j = i - 1; j >= 0 && j >= i - CalleeSearch; j--)
        {
            if (heights[j] == height)
            {
                return instructions[j] is { Opcode: ZvmOpcode.LOAD_NAME or ZvmOpcode.LOAD_LOCAL } load ? JitBuiltins.IndexOf(names[load.Operands[0]].Name) : -1;
            }
        }

        return -1;
    }
}
