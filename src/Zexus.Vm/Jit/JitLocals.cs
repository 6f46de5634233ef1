using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Jit;

/// <summary>
/// Which slots of a function's own scope (hops 0) its compiled code keeps in IL locals instead of
/// <see cref="Runtime.Scope.Slots"/>. Only code whose call scope nobody else can see qualifies: a pooled scope
/// (<see cref="JitCode.PooledScope"/>: own call scope, no closure, contract, entity or module created in it), and no
/// instruction the emitter runs through the interpreter's handler may search the scope (CALL_NAME). A slot ever
/// declared constant stays in the scope (its constness lives there). Every other access of such a slot is one the
/// emitter translates itself (LOAD_LOCAL, LOAD_NAME, STORE_LOCAL, STORE_NAME, LOAD_BINDING, DECLARE, STORE_FUNC),
/// searching a name's candidates in order with the IL locals standing in for their slots, so an unbound local
/// (<see cref="Runtime.Value.Undefined"/>) continues outward exactly as in the scope.
/// PERF (bench: zexus bench, fib, strings and maps jit rows): a local read or write is a register move, not a
/// scope walk, an array bound check and a 24-byte copy through memory.
/// </summary>
internal sealed class JitLocals
{
    private static readonly JitLocals None = new([], [], scopeless: false);

    private JitLocals(bool[] inLocal, bool[][] boundBefore, bool scopeless)
    {
        InLocal = inLocal;
        _boundBefore = boundBefore;
        Scopeless = scopeless;
        Any = Array.IndexOf(inLocal, true) >= 0;
    }

    /// <summary>By instruction index: the slots in IL locals that are bound on every path to it.</summary>
    private readonly bool[][] _boundBefore;

    /// <summary>By slot of the function's own scope: true when the slot lives in an IL local.</summary>
    public bool[] InLocal { get; }

    /// <summary>True when some slot lives in an IL local.</summary>
    public bool Any { get; }

    /// <summary>
    /// True when every slot lives in an IL local: the code needs no call scope at all. Its scope argument is then
    /// the scope the call scope would have had as parent (the closure's captured scope), one hop less for every
    /// outer name.
    /// </summary>
    public bool Scopeless { get; }

    /// <summary>Hops to subtract from a candidate's hops to walk from the code's scope argument.</summary>
    public int Bias => Scopeless ? 1 : 0;

    /// <summary>True when <paramref name="c"/> is a slot kept in an IL local.</summary>
    public bool IsLocal(NameCandidate c) => c.Hops == 0 && c.Slot < InLocal.Length && InLocal[c.Slot];

    /// <summary>
    /// True when <paramref name="c"/> is a slot kept in an IL local that is bound whenever instruction
    /// <paramref name="i"/> runs, so a search for it ends there.
    /// PERF (bench: zexus bench, fib, maps and strings jit rows): no bound check and no outward search code per read
    /// of a parameter or of a variable declared on every path before.
    /// </summary>
    public bool IsBoundAt(int i, NameCandidate c) => IsLocal(c) && _boundBefore[i][c.Slot];

    /// <summary>The slots of <paramref name="proto"/>'s code (<paramref name="plan"/>) that can live in IL locals.</summary>
    public static JitLocals Analyze(JitPlan plan, FunctionProto proto, bool pooled)
    {
        if (!pooled || proto.SlotCount == 0
            || Array.Exists(proto.Names, n => Array.Exists(n.Candidates, c => c.Hops == 0 && c.Slot >= proto.SlotCount)))
        {
            return None;
        }

        var local = new bool[proto.SlotCount];
        Array.Fill(local, true);
        foreach (var ins in plan.Instructions)
        {
            switch (ins.Opcode)
            {
                case ZvmOpcode.CALL_NAME:
                    return None;
                case ZvmOpcode.DECLARE or ZvmOpcode.DECLARE_CONST or ZvmOpcode.STORE_FUNC when ins.Operands[0] >= local.Length:
                    return None;
                case ZvmOpcode.DECLARE_CONST:
                    local[ins.Operands[0]] = false;
                    break;
            }
        }

        return new JitLocals(local, BoundBefore(plan, proto, local), scopeless: Array.TrueForAll(local, l => l));
    }

    /// <summary>
    /// A forward analysis over the blocks: which IL-local slots are bound on every path to each instruction. A
    /// parameter is bound on entry (a missing argument is null, 5.11); DECLARE and STORE_FUNC bind their slot; nothing
    /// unbinds a slot of a call scope, so what is bound at a SETUP_TRY is bound wherever its handler can start.
    /// </summary>
    private static bool[][] BoundBefore(JitPlan plan, FunctionProto proto, bool[] local)
    {
        var blocks = plan.Blocks;
        var entry = new bool[local.Length];
        foreach (var p in proto.ParamSlots)
        {
            entry[p] = p < local.Length && local[p];
        }

        var blockIn = new bool[]?[blocks.Count];
        blockIn[0] = entry;
        var before = new bool[plan.Instructions.Count][];
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var b = 0; b < blocks.Count; b++)
            {
                if (blockIn[b] is not { } state)
                {
                    continue;
                }

                for (var i = blocks[b].First; i <= blocks[b].Last; i++)
                {
                    before[i] = state;
                    var ins = plan.Instructions[i];
                    if (ins.Opcode is ZvmOpcode.DECLARE or ZvmOpcode.STORE_FUNC && ins.Operands[0] is var slot
                        && slot < local.Length && local[slot] && !state[slot])
                    {
                        state = (bool[])state.Clone();
                        state[slot] = true;
                    }
                }

                var last = plan.Instructions[blocks[b].Last];
                if (!last.Info.Terminating)
                {
                    changed |= Meet(blockIn, plan.BlockAt[last.Next], state);
                }

                if (last.Target >= 0)
                {
                    changed |= Meet(blockIn, plan.BlockAt[(int)last.Target], state);
                }
            }
        }

        return before;
    }

    /// <summary>Narrows the bound slots at the start of block <paramref name="b"/> to those also bound in <paramref name="state"/>.</summary>
    private static bool Meet(bool[]?[] blockIn, int b, bool[] state)
    {
        if (blockIn[b] is not { } current)
        {
            blockIn[b] = (bool[])state.Clone();
            return true;
        }

        var changed = false;
        for (var k = 0; k < current.Length; k++)
        {
            if (current[k] && !state[k])
            {
                current[k] = false;
                changed = true;
            }
        }

        return changed;
    }
}
