using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Zexus.Evm.Analysis;
using Zexus.Evm.Tracing;
using Zexus.Primitives;

namespace Zexus.Evm.Execution;

/// <summary>
/// Executes EVM bytecode for one fork: the dispatch loop of evmone's baseline interpreter with
/// Nethermind's function-pointer table. Per instruction: one table read, one unsigned compare for
/// both stack bounds (from <see cref="Instructions.OpcodeTraits"/>), the static gas subtracted from
/// a local, an indirect call to the body, and the stack top moved by the traits' stack change.
/// </summary>
/// <remarks>
/// Thread-safe: the tables are immutable and each execution uses its own <see cref="EvmFrame"/>
/// (rented from a per-thread pool by <see cref="Execute(ExecutionMessage, CodeAnalysis, IEvmTracer?, ReadOnlyMemory{byte})"/>).
/// </remarks>
public sealed class EvmInterpreter
{
    [ThreadStatic]
    private static Stack<EvmFrame>? t_framePool;

    private static readonly EvmInterpreter[] Interpreters = [.. Enum.GetValues<Fork>().Select(f => new EvmInterpreter(f))];

    private readonly InstructionTable _table;
    private readonly InstructionTable _hostTable;

    /// <summary>An interpreter with the rules of <paramref name="fork"/>.</summary>
    public EvmInterpreter(Fork fork)
    {
        Fork = fork;
        _table = InstructionTable.For(fork);
        _hostTable = InstructionTable.For(fork, withHost: true);
    }

    /// <summary>The shared interpreter of <paramref name="fork"/>.</summary>
    public static EvmInterpreter For(Fork fork) => Interpreters[(int)fork];

    /// <summary>The fork whose rules apply.</summary>
    public Fork Fork { get; }

    /// <summary>
    /// Executes <paramref name="code"/> for <paramref name="message"/> with <see cref="ExecutionMessage.Gas"/>;
    /// <paramref name="returnData"/> is what RETURNDATASIZE/RETURNDATACOPY see.
    /// </summary>
    public EvmResult Execute(ExecutionMessage message, CodeAnalysis code, IEvmTracer? tracer = null, ReadOnlyMemory<byte> returnData = default)
    {
        Stack<EvmFrame> pool = t_framePool ??= new Stack<EvmFrame>();
        EvmFrame frame = pool.Count > 0 ? pool.Pop() : new EvmFrame();
        try
        {
            frame.Reset(message, code, returnData);
            return Execute(frame, tracer);
        }
        finally
        {
            pool.Push(frame);
        }
    }

    /// <summary>
    /// Executes <paramref name="code"/> for <paramref name="message"/> on a pooled frame within
    /// <paramref name="context"/> (a call or create of a transaction), traced by the context's tracer.
    /// </summary>
    public EvmResult Execute(ExecutionMessage message, CodeAnalysis code, EvmContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Stack<EvmFrame> pool = t_framePool ??= new Stack<EvmFrame>();
        EvmFrame frame = pool.Count > 0 ? pool.Pop() : new EvmFrame();
        try
        {
            frame.Reset(message, code, ReadOnlyMemory<byte>.Empty, context);
            return Execute(frame, context.Tracer);
        }
        finally
        {
            frame.Reset(ExecutionMessage.None, CodeAnalysis.Empty);
            pool.Push(frame);
        }
    }

    /// <summary>
    /// Executes the frame prepared by <see cref="EvmFrame.Reset"/>; afterwards the frame's stack
    /// and memory show the final machine state.
    /// </summary>
    public unsafe EvmResult Execute(EvmFrame frame, IEvmTracer? tracer = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        frame.Tracer = tracer;
        long gasLimit = frame.Message.Gas;
        long gas = gasLimit;
        InstructionEntry* table = frame.Context is null ? _table.Entries : _hostTable.Entries;
        EvmStatus status = tracer is null ? Run<Off>(frame, table, ref gas) : Run<On>(frame, table, ref gas);

        ReadOnlyMemory<byte> output = status is EvmStatus.Return or EvmStatus.Revert && frame.OutputLength > 0
            ? frame.Memory.Span.Slice(frame.OutputOffset, frame.OutputLength).ToArray()
            : ReadOnlyMemory<byte>.Empty;
        long gasLeft = status is EvmStatus.Stop or EvmStatus.Return or EvmStatus.Revert ? gas : 0;
        string? detail = status == EvmStatus.NotImplemented ? frame.Context?.NotImplementedReason : null;
        var result = new EvmResult(status, gasLeft, output, frame.UnsupportedOpcode, detail);
        tracer?.OnEnd(in result, gasLimit - gasLeft, frame.Message.Depth + 1);
        frame.Tracer = null;
        return result;
    }

    // PERF (EvmInterpreterBenchmarks.Arithmetic): compiled fully optimized at once. Under tiered
    // PGO the loop stayed in its instrumented tier long enough to run 3x slower (272 vs ~350 Mgas/s).
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe EvmStatus Run<TTracing>(EvmFrame frame, InstructionEntry* table, ref long gasLeft)
        where TTracing : struct, IFlag
    {
        // SAFETY: the padded code and the stack buffer are allocated pinned (GC.AllocateArray
        // pinned: true), so raw pointers into them stay valid while the frame references them.
        // pc stays inside the padded code: the loop starts at 0, a PUSH advances by at most 32 from
        // a position < code length, and the padding ends with STOP; jumps go only to positions
        // inside the code (JUMPDEST bitmap). The stack pointer stays within [base − 1, base + 1023]
        // because the height check below runs before every body.
        byte* code = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(frame.Code.PaddedCode));
        UInt256* stackBase = (UInt256*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(frame.StackBuffer));
        UInt256* bottom = stackBase - 1;
        UInt256* top = bottom;
        long gas = gasLeft;
        int pc = 0;
        EvmStatus status;

        while (true)
        {
            byte op = code[pc];
            InstructionEntry* entry = table + op;
            int height = (int)(top - bottom);
            if (TTracing.IsActive)
            {
                var step = new EvmStep(pc, op, gas, entry->Gas < 0 ? 0 : entry->Gas, frame.Memory.Size, new ReadOnlySpan<UInt256>(stackBase, height), frame.Message.Depth + 1, frame.Context?.Host.Refund ?? 0);
                frame.Tracer!.OnStep(in step);
            }

            // PERF (EvmInterpreterBenchmarks): one unsigned compare covers underflow, overflow and
            // undefined opcodes (MinHeight 2048); the slow path tells them apart.
            if ((uint)(height - entry->MinHeight) > (uint)entry->HeightRange)
            {
                status = entry->Gas < 0 ? EvmStatus.UndefinedInstruction
                    : height < entry->MinHeight ? EvmStatus.StackUnderflow
                    : EvmStatus.StackOverflow;
                break;
            }

            gas -= entry->Gas;
            if (gas < 0)
            {
                status = EvmStatus.OutOfGas;
                break;
            }

            pc++;
            status = entry->Handler(frame, new EvmStack(top), ref gas, ref pc);
            top += entry->StackChange;
            if (status != EvmStatus.Running)
            {
                break;
            }
        }

        gasLeft = gas;
        frame.StackHeight = (int)(top - bottom);
        return status;
    }
}
