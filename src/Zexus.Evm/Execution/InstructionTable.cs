using System.Runtime.InteropServices;
using Zexus.Evm.Gas;
using Zexus.Evm.Instructions;
using Zexus.Primitives;
using Ops = Zexus.Evm.Instructions.BinaryOperations;

namespace Zexus.Evm.Execution;

/// <summary>One dispatch-table entry: the body and everything the dispatcher checks before it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct InstructionEntry
{
    /// <summary>The instruction body.</summary>
    public delegate*<EvmFrame, EvmStack, ref long, ref int, EvmStatus> Handler;

    /// <summary>Static gas; −1 when the fork does not define the opcode.</summary>
    public int Gas;

    /// <summary>The smallest legal stack height before the instruction (its StackIn); 2048 when undefined.</summary>
    public int MinHeight;

    /// <summary>Largest legal height minus <see cref="MinHeight"/>, so one unsigned compare checks both bounds.</summary>
    public int HeightRange;

    /// <summary>StackOut − StackIn, applied to the stack top after the body.</summary>
    public int StackChange;
}

/// <summary>
/// The dispatch table of one fork (Nethermind's function-pointer table, evmone's traits-driven
/// checks): for each opcode byte the body, the static gas from <see cref="GasTable"/> and the stack
/// bounds from <see cref="OpcodeTraits"/>. Built once per fork, in native memory that lives for the
/// process, so the dispatch loop indexes it without bounds checks or pinning.
/// </summary>
public sealed unsafe class InstructionTable
{
    private const int UndefinedMinHeight = 2 * EvmStack.Limit;
    private static readonly InstructionTable?[] Tables = new InstructionTable?[2 * Enum.GetValues<Fork>().Length];
    private static readonly Lock BuildLock = new();

    private readonly bool[] _implemented = new bool[256];

    private InstructionTable(Fork fork, bool withHost)
    {
        Fork = fork;
        WithHost = withHost;
        Entries = (InstructionEntry*)NativeMemory.AllocZeroed(256, (nuint)sizeof(InstructionEntry));
        ReadOnlySpan<int> gas = GasTable.For(fork);
        var handlers = Handlers(fork);
        if (withHost)
        {
            HostHandlers.Add(handlers);
        }

        for (int op = 0; op < 256; op++)
        {
            InstructionEntry* e = Entries + op;
            e->Gas = gas[op];
            if (gas[op] < 0 || OpcodeTraits.Get((byte)op) is not { } info)
            {
                e->Handler = &ControlInstructions.Undefined;
                e->Gas = GasCost.Undefined;
                e->MinHeight = UndefinedMinHeight;
                continue;
            }

            _implemented[op] = handlers[op] != null;
            e->Handler = _implemented[op] ? handlers[op] : &ControlInstructions.NotImplemented;
            e->MinHeight = info.StackIn;
            e->HeightRange = EvmStack.Limit - Math.Max(0, info.StackChange) - info.StackIn;
            e->StackChange = info.StackChange;
        }
    }

    /// <summary>The fork this table implements.</summary>
    public Fork Fork { get; }

    /// <summary>Whether the host opcodes have their bodies (frames with an <see cref="EvmContext"/>).</summary>
    public bool WithHost { get; }

    // SAFETY: 256 entries allocated in the constructor and never freed (tables are cached for the
    // process lifetime); every index is a byte.
    internal InstructionEntry* Entries { get; }

    /// <summary>
    /// The table of <paramref name="fork"/>, built on first use: with the host opcodes' bodies when
    /// <paramref name="withHost"/>, else with <see cref="ControlInstructions.NotImplemented"/> for them.
    /// </summary>
    public static InstructionTable For(Fork fork, bool withHost = false)
    {
        int index = (2 * (int)fork) + (withHost ? 1 : 0);
        InstructionTable? table = Volatile.Read(ref Tables[index]);
        if (table is not null)
        {
            return table;
        }

        lock (BuildLock)
        {
            return Tables[index] ??= new InstructionTable(fork, withHost);
        }
    }

    /// <summary>Whether <paramref name="opcode"/> is defined in this fork.</summary>
    public bool IsDefined(byte opcode) => Entries[opcode].Gas >= 0;

    /// <summary>Whether this interpreter executes <paramref name="opcode"/> (defined and not waiting for the host).</summary>
    public bool IsImplemented(byte opcode) => _implemented[opcode];

    /// <summary>The static gas of <paramref name="opcode"/>, −1 if undefined.</summary>
    public int StaticGas(byte opcode) => Entries[opcode].Gas;

    private static delegate*<EvmFrame, EvmStack, ref long, ref int, EvmStatus>[] Handlers(Fork fork)
    {
        var h = new delegate*<EvmFrame, EvmStack, ref long, ref int, EvmStatus>[256];
        h[(int)Opcode.STOP] = &ControlInstructions.Stop;
        h[(int)Opcode.ADD] = &ArithmeticInstructions.Binary<Ops.Add>;
        h[(int)Opcode.MUL] = &ArithmeticInstructions.Binary<Ops.Mul>;
        h[(int)Opcode.SUB] = &ArithmeticInstructions.Binary<Ops.Sub>;
        h[(int)Opcode.DIV] = &ArithmeticInstructions.Binary<Ops.Div>;
        h[(int)Opcode.SDIV] = &ArithmeticInstructions.Binary<Ops.SDiv>;
        h[(int)Opcode.MOD] = &ArithmeticInstructions.Binary<Ops.Mod>;
        h[(int)Opcode.SMOD] = &ArithmeticInstructions.Binary<Ops.SMod>;
        h[(int)Opcode.ADDMOD] = &ArithmeticInstructions.AddMod;
        h[(int)Opcode.MULMOD] = &ArithmeticInstructions.MulMod;
        h[(int)Opcode.EXP] = fork >= Fork.SpuriousDragon ? &ArithmeticInstructions.ExpEip160 : &ArithmeticInstructions.ExpFrontier;
        h[(int)Opcode.SIGNEXTEND] = &ArithmeticInstructions.Binary<Ops.SignExtend>;

        h[(int)Opcode.LT] = &ArithmeticInstructions.Compare<Ops.Lt>;
        h[(int)Opcode.GT] = &ArithmeticInstructions.Compare<Ops.Gt>;
        h[(int)Opcode.SLT] = &ArithmeticInstructions.Compare<Ops.Slt>;
        h[(int)Opcode.SGT] = &ArithmeticInstructions.Compare<Ops.Sgt>;
        h[(int)Opcode.EQ] = &ArithmeticInstructions.Compare<Ops.Eq>;
        h[(int)Opcode.ISZERO] = &ArithmeticInstructions.IsZero;
        h[(int)Opcode.AND] = &ArithmeticInstructions.Binary<Ops.And>;
        h[(int)Opcode.OR] = &ArithmeticInstructions.Binary<Ops.Or>;
        h[(int)Opcode.XOR] = &ArithmeticInstructions.Binary<Ops.Xor>;
        h[(int)Opcode.NOT] = &ArithmeticInstructions.Not;
        h[(int)Opcode.BYTE] = &ArithmeticInstructions.Binary<Ops.Byte>;
        h[(int)Opcode.SHL] = &ArithmeticInstructions.Binary<Ops.Shl>;
        h[(int)Opcode.SHR] = &ArithmeticInstructions.Binary<Ops.Shr>;
        h[(int)Opcode.SAR] = &ArithmeticInstructions.Binary<Ops.Sar>;

        h[(int)Opcode.KECCAK256] = &KeccakInstructions.Keccak256;

        h[(int)Opcode.ADDRESS] = &EnvironmentInstructions.Address;
        h[(int)Opcode.CALLER] = &EnvironmentInstructions.Caller;
        h[(int)Opcode.CALLVALUE] = &EnvironmentInstructions.CallValue;
        h[(int)Opcode.CALLDATALOAD] = &EnvironmentInstructions.CallDataLoad;
        h[(int)Opcode.CALLDATASIZE] = &EnvironmentInstructions.CallDataSize;
        h[(int)Opcode.CALLDATACOPY] = &EnvironmentInstructions.CallDataCopy;
        h[(int)Opcode.CODESIZE] = &EnvironmentInstructions.CodeSize;
        h[(int)Opcode.CODECOPY] = &EnvironmentInstructions.CodeCopy;
        h[(int)Opcode.RETURNDATASIZE] = &EnvironmentInstructions.ReturnDataSize;
        h[(int)Opcode.RETURNDATACOPY] = &EnvironmentInstructions.ReturnDataCopy;

        h[(int)Opcode.POP] = &StackInstructions.Pop;
        h[(int)Opcode.MLOAD] = &MemoryInstructions.MLoad;
        h[(int)Opcode.MSTORE] = &MemoryInstructions.MStore;
        h[(int)Opcode.MSTORE8] = &MemoryInstructions.MStore8;
        h[(int)Opcode.JUMP] = &ControlInstructions.Jump;
        h[(int)Opcode.JUMPI] = &ControlInstructions.JumpI;
        h[(int)Opcode.PC] = &ControlInstructions.Pc;
        h[(int)Opcode.MSIZE] = &MemoryInstructions.MSize;
        h[(int)Opcode.GAS] = &ControlInstructions.Gas;
        h[(int)Opcode.JUMPDEST] = &ControlInstructions.JumpDest;
        h[(int)Opcode.MCOPY] = &MemoryInstructions.MCopy;
        h[(int)Opcode.PUSH0] = &StackInstructions.Push0;
        h[(int)Opcode.PUSH1] = &StackInstructions.Push1;
        for (int op = (int)Opcode.PUSH2; op <= (int)Opcode.PUSH32; op++)
        {
            h[op] = &StackInstructions.PushN;
        }

        for (int n = 0; n < 16; n++)
        {
            h[(int)Opcode.DUP1 + n] = &StackInstructions.Dup;
            h[(int)Opcode.SWAP1 + n] = &StackInstructions.Swap;
        }

        h[(int)Opcode.RETURN] = &ControlInstructions.Return;
        h[(int)Opcode.REVERT] = &ControlInstructions.Revert;
        h[(int)Opcode.INVALID] = &ControlInstructions.Invalid;
        return h;
    }
}
