using Zexus.Evm.Execution;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>POP, PUSH0-PUSH32, DUP1-DUP16, SWAP1-SWAP16.</summary>
/// <remarks>
/// The dispatcher has advanced <c>pc</c> past the opcode, so a PUSH reads its immediate at
/// <c>pc</c> and skips it; the code is zero-padded (<see cref="Analysis.CodeAnalysis"/>), so a
/// truncated immediate at the end of the code reads as zeros, as the Yellow Paper specifies.
/// </remarks>
public static class StackInstructions
{
    /// <summary>POP: the dispatcher drops the item.</summary>
    public static EvmStatus Pop(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => EvmStatus.Running;

    /// <summary>PUSH0 (EIP-3855).</summary>
    public static EvmStatus Push0(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = default;
        return EvmStatus.Running;
    }

    /// <summary>PUSH1, the most frequent instruction.</summary>
    public static EvmStatus Push1(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        // PERF (EvmInterpreterBenchmarks.Arithmetic): a one-byte immediate needs no span or padding.
        stack.Pushed = new UInt256(frame.Code.PaddedCode[pc]);
        pc++;
        return EvmStatus.Running;
    }

    /// <summary>PUSH2-PUSH32: the next n bytes as a big-endian number.</summary>
    public static EvmStatus PushN(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        byte[] code = frame.Code.PaddedCode;
        int n = code[pc - 1] - ((int)Opcode.PUSH1 - 1);
        stack.Pushed = new UInt256(code.AsSpan(pc, n));
        pc += n;
        return EvmStatus.Running;
    }

    /// <summary>DUPn: push a copy of the n-th item (1 = top).</summary>
    public static EvmStatus Dup(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        int n = frame.Code.PaddedCode[pc - 1] - ((int)Opcode.DUP1 - 1);
        stack.Pushed = stack[n - 1];
        return EvmStatus.Running;
    }

    /// <summary>SWAPn: exchange the top with the item n below it.</summary>
    public static EvmStatus Swap(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        int n = frame.Code.PaddedCode[pc - 1] - ((int)Opcode.SWAP1 - 1);
        (stack[n], stack.Top) = (stack.Top, stack[n]);
        return EvmStatus.Running;
    }
}
