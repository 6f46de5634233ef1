using Zexus.Evm.Instructions;

namespace Zexus.Evm.Execution;

/// <summary>The outcome of executing one frame: status, gas left, and output (RETURN or REVERT data).</summary>
/// <param name="Status">How the frame ended (never <see cref="EvmStatus.Running"/>).</param>
/// <param name="GasLeft">Gas remaining; 0 after an exceptional halt.</param>
/// <param name="Output">The RETURN or REVERT data; empty otherwise.</param>
/// <param name="UnsupportedOpcode">For <see cref="EvmStatus.NotImplemented"/> without a host, the opcode that needs it.</param>
/// <param name="Detail">For <see cref="EvmStatus.NotImplemented"/> and <see cref="EvmStatus.PrecompileFailure"/>, what exactly.</param>
public readonly record struct EvmResult(EvmStatus Status, long GasLeft, ReadOnlyMemory<byte> Output, Opcode? UnsupportedOpcode = null, string? Detail = null)
{
    /// <summary>STOP or RETURN: the frame's state changes stand.</summary>
    public bool IsSuccess => Status is EvmStatus.Stop or EvmStatus.Return;

    /// <summary>An exceptional halt: all gas consumed, state reverted.</summary>
    public bool IsExceptionalHalt => Status >= EvmStatus.OutOfGas;

    /// <summary>A human-readable reason for a non-successful status, or null on success.</summary>
    public string? Error => Status switch
    {
        EvmStatus.Stop or EvmStatus.Return or EvmStatus.Running => null,
        EvmStatus.Revert => "execution reverted",
        EvmStatus.OutOfGas => "out of gas",
        EvmStatus.InvalidInstruction => "invalid instruction",
        EvmStatus.UndefinedInstruction => "undefined instruction",
        EvmStatus.StackUnderflow => "stack underflow",
        EvmStatus.StackOverflow => "stack overflow",
        EvmStatus.BadJumpDestination => "bad jump destination",
        EvmStatus.InvalidMemoryAccess => "return data out of bounds",
        EvmStatus.StaticModeViolation => "state change in static call",
        EvmStatus.CreateCollision => "contract address collision",
        EvmStatus.InvalidCodePrefix => "new code starts with 0xEF",
        EvmStatus.PrecompileFailure => Detail is null ? "precompile failed" : $"precompile failed: {Detail}",
        EvmStatus.NotImplemented => Detail ?? $"not supported yet: {UnsupportedOpcode} needs the host",
        _ => Status.ToString(),
    };
}
