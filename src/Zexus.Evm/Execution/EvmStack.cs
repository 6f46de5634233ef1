using System.Runtime.CompilerServices;
using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>
/// The view of the EVM stack an instruction body gets: a pointer to the topmost item. Index 0 is
/// the top, 1 the item below it; <see cref="Pushed"/> is the free slot above the top.
/// </summary>
/// <remarks>
/// The dispatcher has already checked the stack height against <see cref="Instructions.OpcodeTraits"/>
/// (at least <c>StackIn</c> items, room for <c>StackOut − StackIn</c> more), and moves the top by
/// that difference after the body returns. So a body reads its operands from <c>[0..StackIn)</c>,
/// writes its results into the slots they leave — the result of a 2-in-1-out instruction goes to
/// <c>[1]</c> — and a push writes <see cref="Pushed"/>. Bodies never move the pointer.
/// </remarks>
public readonly unsafe struct EvmStack
{
    /// <summary>The maximum stack height (Yellow Paper section 9.4.2).</summary>
    public const int Limit = 1024;

    private readonly UInt256* _top;

    internal EvmStack(UInt256* top) => _top = top;

    /// <summary>The item <paramref name="depth"/> places below the top (0 = the top).</summary>
    public ref UInt256 this[int depth]
    {
        // SAFETY: the dispatcher checked that the stack holds at least StackIn items, and bodies
        // only index below StackIn (debug-asserted by the handler tests running every opcode at
        // its minimum height), so _top - depth is inside the pinned 1024-item buffer.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref *(_top - depth);
    }

    /// <summary>The topmost item.</summary>
    public ref UInt256 Top
    {
        // SAFETY: as the indexer, depth 0; StackIn ≥ 1 for every body that reads it.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref *_top;
    }

    /// <summary>The free slot above the top, where an instruction that pushes writes its result.</summary>
    public ref UInt256 Pushed
    {
        // SAFETY: the dispatcher checked height + (StackOut − StackIn) ≤ 1024 before a pushing
        // body runs, so the slot above the top is inside the buffer.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref *(_top + 1);
    }
}
