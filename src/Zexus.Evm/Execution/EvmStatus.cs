namespace Zexus.Evm.Execution;

/// <summary>
/// How an instruction or a frame ended. <see cref="Running"/> is what every non-final instruction
/// returns; the others end the frame. Every status from <see cref="OutOfGas"/> on is an
/// exceptional halt (Yellow Paper section 9.4.2, Z): the frame consumes all its gas and its state
/// changes are reverted.
/// </summary>
public enum EvmStatus : byte
{
    /// <summary>The instruction completed; execution continues with the next one.</summary>
    Running = 0,

    /// <summary>STOP, or execution ran past the end of the code.</summary>
    Stop,

    /// <summary>RETURN: success with output.</summary>
    Return,

    /// <summary>REVERT (EIP-140): failure that keeps the remaining gas and returns output.</summary>
    Revert,

    /// <summary>Not enough gas for the static or dynamic cost of an instruction.</summary>
    OutOfGas,

    /// <summary>The designated INVALID instruction 0xFE (EIP-141).</summary>
    InvalidInstruction,

    /// <summary>An opcode byte the fork does not define.</summary>
    UndefinedInstruction,

    /// <summary>The instruction needs more items than the stack holds.</summary>
    StackUnderflow,

    /// <summary>The instruction would grow the stack past 1024 items.</summary>
    StackOverflow,

    /// <summary>JUMP or JUMPI to a position that is not a JUMPDEST opcode.</summary>
    BadJumpDestination,

    /// <summary>RETURNDATACOPY reading past the end of the return data (EIP-211).</summary>
    InvalidMemoryAccess,

    /// <summary>A state-changing instruction inside a static call (EIP-214).</summary>
    StaticModeViolation,

    /// <summary>A creation transaction's address already has a nonce, code or storage (EIP-684, EIP-7610).</summary>
    CreateCollision,

    /// <summary>A creation returned code that starts with 0xEF (EIP-3541, London).</summary>
    InvalidCodePrefix,

    /// <summary>A precompile rejected its input (the call consumes all its gas, like any exceptional halt).</summary>
    PrecompileFailure,

    /// <summary>
    /// Not an EVM outcome: execution needs something this implementation does not support — a host
    /// opcode run without a host (<see cref="EvmResult.UnsupportedOpcode"/> names it), a precompile
    /// whose class does not exist yet, or a call chain deeper than the native stack allows.
    /// <see cref="EvmResult.Error"/> says which. It propagates unchanged to the transaction result.
    /// </summary>
    NotImplemented,
}
