using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The declarative facts about one opcode byte (evmone's <c>instructions_traits</c>): what the
/// dispatcher needs to check the stack before the body runs, so a body is pure semantics.
/// </summary>
/// <param name="Name">The mnemonic (Yellow Paper appendix H), as EIP-3155 traces print it.</param>
/// <param name="ImmediateSize">Bytes of immediate data after the opcode (PUSHn: n).</param>
/// <param name="StackIn">Items the instruction pops (δ in the Yellow Paper); the required stack height.</param>
/// <param name="StackOut">Items it pushes (α in the Yellow Paper).</param>
/// <param name="Since">The first fork that defines the opcode.</param>
/// <param name="Terminates">Whether it always ends the frame (STOP, RETURN, REVERT, INVALID, SELFDESTRUCT).</param>
/// <param name="NeedsHost">Whether its semantics read or change the world or block context (through the host).</param>
public readonly record struct OpcodeInfo(
    string Name,
    int ImmediateSize,
    int StackIn,
    int StackOut,
    Fork Since,
    bool Terminates = false,
    bool NeedsHost = false)
{
    /// <summary>The net change of the stack height: <see cref="StackOut"/> − <see cref="StackIn"/>.</summary>
    public int StackChange => StackOut - StackIn;
}
