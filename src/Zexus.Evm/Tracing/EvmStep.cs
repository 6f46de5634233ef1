using Zexus.Primitives;

namespace Zexus.Evm.Tracing;

/// <summary>
/// One step of an EIP-3155 trace: the machine state just before an instruction executes.
/// Valid only during <see cref="IEvmTracer.OnStep"/>: the stack span points into the live stack.
/// </summary>
public readonly ref struct EvmStep
{
    /// <summary>Creates a step.</summary>
    public EvmStep(int pc, byte opcode, long gas, long gasCost, int memorySize, ReadOnlySpan<UInt256> stack, int depth, long refund = 0)
    {
        Refund = refund;
        Pc = pc;
        Opcode = opcode;
        Gas = gas;
        GasCost = gasCost;
        MemorySize = memorySize;
        Stack = stack;
        Depth = depth;
    }

    /// <summary>The program counter.</summary>
    public int Pc { get; }

    /// <summary>The opcode byte.</summary>
    public byte Opcode { get; }

    /// <summary>Gas left before the instruction.</summary>
    public long Gas { get; }

    /// <summary>The static gas cost of the instruction (the dynamic part is charged while it runs).</summary>
    public long GasCost { get; }

    /// <summary>The memory size in bytes.</summary>
    public int MemorySize { get; }

    /// <summary>The stack, bottom first.</summary>
    public ReadOnlySpan<UInt256> Stack { get; }

    /// <summary>The call depth, 1 for the transaction's own frame (EIP-3155).</summary>
    public int Depth { get; }

    /// <summary>The transaction's refund counter before the instruction (0 without a host).</summary>
    public long Refund { get; }
}
