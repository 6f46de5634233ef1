using Zexus.Evm.Execution;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// Control flow and frame ends: STOP, JUMP, JUMPI, PC, GAS, JUMPDEST, RETURN, REVERT, INVALID, and
/// the bodies for undefined and not-yet-supported opcodes.
/// </summary>
/// <remarks>The dispatcher has advanced <c>pc</c> past the opcode; a jump overwrites it.</remarks>
public static class ControlInstructions
{
    /// <summary>STOP.</summary>
    public static EvmStatus Stop(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => EvmStatus.Stop;

    /// <summary>JUMPDEST: marks a valid jump target; does nothing.</summary>
    public static EvmStatus JumpDest(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => EvmStatus.Running;

    /// <summary>JUMP(dest): continue at dest, which must be a JUMPDEST (Yellow Paper D(c)).</summary>
    public static EvmStatus Jump(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        JumpTo(frame, in stack.Top, ref pc);

    /// <summary>JUMPI(dest, condition): JUMP if condition ≠ 0; dest is not checked otherwise.</summary>
    public static EvmStatus JumpI(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        stack[1].IsZero ? EvmStatus.Running : JumpTo(frame, in stack[0], ref pc);

    /// <summary>PC: the position of this instruction.</summary>
    public static EvmStatus Pc(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = new UInt256((ulong)(pc - 1));
        return EvmStatus.Running;
    }

    /// <summary>GAS: the gas left after paying for this instruction.</summary>
    public static EvmStatus Gas(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        stack.Pushed = new UInt256((ulong)gas);
        return EvmStatus.Running;
    }

    /// <summary>RETURN(offset, size): halt with memory[offset, offset + size) as output.</summary>
    public static EvmStatus Return(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        SetOutput(frame, stack, ref gas) ? EvmStatus.Return : EvmStatus.OutOfGas;

    /// <summary>REVERT(offset, size) (EIP-140): as RETURN, but the frame's changes are reverted.</summary>
    public static EvmStatus Revert(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        SetOutput(frame, stack, ref gas) ? EvmStatus.Revert : EvmStatus.OutOfGas;

    /// <summary>INVALID (0xFE, EIP-141).</summary>
    public static EvmStatus Invalid(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => EvmStatus.InvalidInstruction;

    /// <summary>An opcode byte the fork does not define (the dispatcher normally stops before calling it).</summary>
    public static EvmStatus Undefined(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) => EvmStatus.UndefinedInstruction;

    /// <summary>An opcode that needs the host (TODO issue 4: world state, block context, logs, calls).</summary>
    public static EvmStatus NotImplemented(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        frame.UnsupportedOpcode = (Opcode)frame.Code.PaddedCode[pc - 1];
        return EvmStatus.NotImplemented;
    }

    private static EvmStatus JumpTo(EvmFrame frame, in UInt256 destination, ref int pc)
    {
        if ((destination.u1 | destination.u2 | destination.u3) != 0 || !frame.Code.IsValidJumpDestination(destination.u0))
        {
            return EvmStatus.BadJumpDestination;
        }

        pc = (int)destination.u0;
        return EvmStatus.Running;
    }

    private static bool SetOutput(EvmFrame frame, EvmStack stack, ref long gas)
    {
        if (!frame.Memory.TryExpand(ref gas, in stack[0], in stack[1], out int start, out int count))
        {
            return false;
        }

        frame.OutputOffset = start;
        frame.OutputLength = count;
        return true;
    }
}
