using System.Runtime.CompilerServices;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Interpreter;

/// <summary>
/// Superinstructions of the stack interpreter, invisible outside its dispatch loop: the loop dispatches on a copy of a
/// function's code in which the opcode byte of the first instruction of some common sequences is replaced by a private
/// byte (a value no opcode uses). Operands and every other byte stay as they are, so the sequence's later instructions
/// (jump targets, for instance) still run one by one, and the bytecode, disassembly and JIT never see these bytes.
/// A superinstruction charges exactly the static gas and steps of the instructions it stands for, and runs only when
/// all of them would complete on their fast paths with the gas and steps left; otherwise it runs its first instruction
/// alone (always LOAD_LOCAL), so every limit and error point is the same as without it.
/// PERF (bench: zexus bench, loop/fib/maps interpreter rows): one dispatch instead of three or four for loop
/// conditions, counter updates and <c>local op constant</c>.
/// </summary>
internal static class SuperInstructions
{
    /// <summary><c>LOAD_LOCAL a; LOAD_CONST k; ADD|SUB|MUL|MOD</c>: push <c>a op k</c>.</summary>
    public const byte LocalConstArith = 240;

    /// <summary><c>LOAD_LOCAL a; LOAD_CONST k; ADD|SUB; STORE_LOCAL b</c>: <c>b = a op k</c>.</summary>
    public const byte LocalConstArithStore = 241;

    /// <summary><c>LOAD_LOCAL a; LOAD_LOCAL b; EQ|NEQ|LT|GT|LTE|GTE; JUMP_IF_FALSE t</c>.</summary>
    public const byte LocalLocalCompareBranch = 242;

    /// <summary><c>LOAD_LOCAL a; LOAD_CONST k; EQ|NEQ|LT|GT|LTE|GTE; JUMP_IF_FALSE t</c>.</summary>
    public const byte LocalConstCompareBranch = 243;

    /// <summary>Static gas by dispatch byte: the opcode table's, and a superinstruction's first instruction (LOAD_LOCAL).</summary>
    public static readonly long[] Gas = new long[256];

    static SuperInstructions()
    {
        foreach (var b in (byte[])[LocalConstArith, LocalConstArithStore, LocalLocalCompareBranch, LocalConstCompareBranch])
        {
            if (OpcodeTable.Get(b) is not null)
            {
                throw new InvalidOperationException($"superinstruction byte {b} is an opcode");
            }
        }

        for (var b = 0; b < 256; b++)
        {
            Gas[b] = OpcodeTable.Get((byte)b)?.Gas ?? 0;
        }

        var first = OpcodeTable.Get(LOAD_LOCAL).Gas;
        Gas[LocalConstArith] = Gas[LocalConstArithStore] = Gas[LocalLocalCompareBranch] = Gas[LocalConstCompareBranch] = first;
    }

    /// <summary>The dispatch copy of verified <paramref name="code"/>.</summary>
    public static byte[] Build(byte[] code)
    {
        var dispatch = (byte[])code.Clone();
        var ops = new List<(int Offset, ZvmOpcode Opcode)>();
        for (var offset = 0; offset < code.Length && Instruction.TryDecode(code, offset, out var ins, out _); offset = ins.Next)
        {
            ops.Add((ins.Offset, ins.Opcode));
        }

        for (var i = 0; i < ops.Count;)
        {
            var fused = Match(ops, i, out var length);
            if (fused != 0)
            {
                dispatch[ops[i].Offset] = fused;
                i += length;
            }
            else
            {
                i++;
            }
        }

        return dispatch;
    }

    private static byte Match(List<(int Offset, ZvmOpcode Opcode)> ops, int i, out int length)
    {
        ZvmOpcode At(int k) => i + k < ops.Count ? ops[i + k].Opcode : NOP;

        length = 4;
        if (At(0) != LOAD_LOCAL)
        {
            return 0;
        }

        if (At(1) == LOAD_CONST && At(2) is ADD or SUB && At(3) == STORE_LOCAL)
        {
            return LocalConstArithStore;
        }

        if (At(1) is LOAD_LOCAL or LOAD_CONST && IsCompare(At(2)) && At(3) == JUMP_IF_FALSE)
        {
            return At(1) == LOAD_LOCAL ? LocalLocalCompareBranch : LocalConstCompareBranch;
        }

        length = 3;
        return At(1) == LOAD_CONST && At(2) is ADD or SUB or MUL or MOD ? LocalConstArith : (byte)0;
    }

    private static bool IsCompare(ZvmOpcode op) => op is EQ or NEQ or LT or GT or LTE or GTE;

    /// <summary>
    /// <c>slots[a] op k</c> on the small-integer fast path (<see cref="TryArith"/>): false when slot
    /// <paramref name="a"/> is out of range, unbound or not a small integer, or <paramref name="k"/> is not one either.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLocalConst(Value[] slots, int a, in Value k, byte op, out long r)
    {
        if ((uint)a < (uint)slots.Length && slots[a].IsSmallInt && k.IsSmallInt)
        {
            return TryArith(op, slots[a].SmallInt, k.SmallInt, out r);
        }

        r = 0;
        return false;
    }

    /// <summary>The small-integer fast path of ADD, SUB, MUL or MOD (<paramref name="op"/>): false when it does not apply.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryArith(byte op, long x, long y, out long r)
    {
        switch ((ZvmOpcode)op)
        {
            case ADD:
                r = unchecked(x + y);
                return ((x ^ r) & (y ^ r)) >= 0;
            case SUB:
                r = unchecked(x - y);
                return ((x ^ y) & (x ^ r)) >= 0;
            case MUL:
                return IntegerArithmetic.TryMul(x, y, out r);
            default: // MOD, the only other opcode a superinstruction or the dispatch loop passes
                if (y <= 0)
                {
                    r = 0;
                    return false;
                }

                r = x % y;
                r = r < 0 ? r + y : r;
                return true;
        }
    }

    /// <summary>A comparison opcode (<paramref name="op"/>) on small integers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(byte op, long x, long y) => (ZvmOpcode)op switch
    {
        EQ => x == y,
        NEQ => x != y,
        LT => x < y,
        GT => x > y,
        LTE => x <= y,
        _ => x >= y,
    };
}
