using Zexus.Evm.Analysis;
using Zexus.Evm.Execution;
using Zexus.Evm.Tracing;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>Runs bytecode on a fresh frame, with or without a tracer, and keeps the frame for inspection.</summary>
internal sealed class Evm
{
    public static readonly Address Self = Address.Parse("0x00000000000000000000000000000000000c0de0");
    public static readonly Address Sender = Address.Parse("0x000000000000000000000000000000000000ca11");

    private Evm(EvmResult result, EvmFrame frame, string trace)
    {
        Result = result;
        Frame = frame;
        Trace = trace;
    }

    public EvmResult Result { get; }

    public EvmFrame Frame { get; }

    /// <summary>The EIP-3155 JSON lines when traced, else empty.</summary>
    public string Trace { get; }

    public EvmStatus Status => Result.Status;

    /// <summary>Gas used: limit minus gas left.</summary>
    public long GasUsed { get; private init; }

    public UInt256[] Stack => Frame.Stack.ToArray();

    public byte[] Memory => Frame.Memory.Span.ToArray();

    public byte[] Output => Result.Output.ToArray();

    public static Evm Run(
        byte[] code,
        bool tracing,
        Fork fork = Fork.Prague,
        long gas = 1_000_000,
        byte[]? input = null,
        byte[]? returnData = null,
        UInt256 value = default)
    {
        var message = new ExecutionMessage
        {
            Caller = Sender,
            Recipient = Self,
            Value = value,
            Input = input ?? [],
            Gas = gas,
        };
        var frame = new EvmFrame();
        frame.Reset(message, CodeAnalysis.Analyze(code), returnData ?? []);
        using var writer = new StringWriter();
        EvmResult result = new EvmInterpreter(fork).Execute(frame, tracing ? new JsonLinesTracer(writer) : null);
        return new Evm(result, frame, writer.ToString()) { GasUsed = gas - result.GasLeft };
    }

    /// <summary>The result and final state, without the trace, for comparing traced and untraced runs.</summary>
    public string Fingerprint() =>
        $"{Status} {Result.GasLeft} {Convert.ToHexString(Output)} [{string.Join(",", Stack)}] {Convert.ToHexString(Memory)}";
}
