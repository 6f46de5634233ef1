using Zexus.Evm.Analysis;
using Zexus.Evm.Instructions;
using Zexus.Evm.Tracing;
using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>
/// The machine state of one executing frame (Yellow Paper section 9.4.1, μ, plus the message I):
/// stack buffer, memory, return data of the last sub-call, and the code. Reusable: the
/// interpreter rents frames from a per-thread pool, and a test may own one to inspect the final
/// stack and memory.
/// </summary>
public sealed class EvmFrame
{
    // Pinned so the dispatch loop can address the stack through a raw pointer without fixing it.
    private readonly UInt256[] _stack = GC.AllocateArray<UInt256>(EvmStack.Limit, pinned: true);

    /// <summary>The message being executed.</summary>
    public ExecutionMessage Message { get; private set; } = ExecutionMessage.None;

    /// <summary>The analyzed code being executed.</summary>
    public CodeAnalysis Code { get; private set; } = CodeAnalysis.Empty;

    /// <summary>The transaction-wide context (host, fork, precompiles), or null for host-independent execution.</summary>
    public EvmContext? Context { get; private set; }

    /// <summary>The memory μ_m.</summary>
    public EvmMemory Memory { get; } = new();

    /// <summary>μ_o: the output of the last sub-call (RETURNDATASIZE, RETURNDATACOPY; EIP-211).</summary>
    public ReadOnlyMemory<byte> ReturnData { get; set; }

    /// <summary>The stack items after execution, bottom first (the last one is the top).</summary>
    public ReadOnlySpan<UInt256> Stack => _stack.AsSpan(0, StackHeight);

    /// <summary>The stack height after execution.</summary>
    public int StackHeight { get; internal set; }

    internal IEvmTracer? Tracer { get; set; }

    internal UInt256[] StackBuffer => _stack;

    internal int OutputOffset { get; set; }

    internal int OutputLength { get; set; }

    internal Opcode? UnsupportedOpcode { get; set; }

    /// <summary>
    /// Prepares the frame to execute <paramref name="code"/> for <paramref name="message"/>; with a
    /// <paramref name="context"/> the host opcodes run against its world, without one they end with
    /// <see cref="EvmStatus.NotImplemented"/>.
    /// </summary>
    public void Reset(ExecutionMessage message, CodeAnalysis code, ReadOnlyMemory<byte> returnData = default, EvmContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(code);
        Message = message;
        Code = code;
        Context = context;
        ReturnData = returnData;
        Memory.Reset();
        StackHeight = 0;
        OutputOffset = 0;
        OutputLength = 0;
        UnsupportedOpcode = null;
        Tracer = null;
    }
}
