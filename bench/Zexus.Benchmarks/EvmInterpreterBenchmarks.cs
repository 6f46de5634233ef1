using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Zexus.Evm.Analysis;
using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Benchmarks;

/// <summary>
/// The EVM dispatch loop on two hand-written loops: word arithmetic (PUSH, MUL, ADD, SUB, SWAP,
/// DUP, JUMPI — the dispatch overhead dominates) and KECCAK256 over 64 bytes of memory (hashing
/// dominates). The Mgas/s column is the gas each execution uses divided by its mean time.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*EvmInterpreter*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MgasConfig))]
public class EvmInterpreterBenchmarks
{
    private const int Iterations = 10_000;
    private const long GasLimit = 100_000_000;

    private static readonly Dictionary<string, long> GasUsed = [];

    private readonly EvmInterpreter _interpreter = new(Fork.Prague);
    private readonly EvmFrame _frame = new();
    private ExecutionMessage _message = new();
    private CodeAnalysis _arithmetic = CodeAnalysis.Empty;
    private CodeAnalysis _keccak = CodeAnalysis.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _message = new ExecutionMessage { Gas = GasLimit };
        _arithmetic = CodeAnalysis.Analyze(Loop(
        [
            0x60, 0x03, 0x60, 0x05, (byte)Opcode.MUL, 0x60, 0x07, (byte)Opcode.ADD,
            0x60, 0x02, (byte)Opcode.SWAP1, (byte)Opcode.SUB, 0x60, 0x0B, (byte)Opcode.XOR,
            (byte)Opcode.DUP1, (byte)Opcode.LT, (byte)Opcode.POP,
        ]));
        _keccak = CodeAnalysis.Analyze(Loop(
        [
            0x60, 0x40, 0x60, 0x00, (byte)Opcode.KECCAK256, 0x60, 0x20, (byte)Opcode.MSTORE,
        ]));
        GasUsed[nameof(Arithmetic)] = Execute(_arithmetic);
        GasUsed[nameof(Keccak256)] = Execute(_keccak);
    }

    [Benchmark]
    public long Arithmetic() => Execute(_arithmetic);

    [Benchmark]
    public long Keccak256() => Execute(_keccak);

    private long Execute(CodeAnalysis code)
    {
        _frame.Reset(_message, code);
        EvmResult result = _interpreter.Execute(_frame);
        if (result.Status != EvmStatus.Stop)
        {
            throw new InvalidOperationException($"benchmark program ended with {result.Status}");
        }

        return GasLimit - result.GasLeft;
    }

    /// <summary>PUSH2 n; JUMPDEST (at 3); body; PUSH1 1 SWAP1 SUB DUP1 PUSH1 3 JUMPI; STOP.</summary>
    private static byte[] Loop(byte[] body) =>
    [
        (byte)Opcode.PUSH2, Iterations >> 8, Iterations & 0xFF, (byte)Opcode.JUMPDEST,
        .. body,
        (byte)Opcode.PUSH1, 1, (byte)Opcode.SWAP1, (byte)Opcode.SUB, (byte)Opcode.DUP1,
        (byte)Opcode.PUSH1, 3, (byte)Opcode.JUMPI, (byte)Opcode.STOP,
    ];

    private sealed class MgasConfig : ManualConfig
    {
        public MgasConfig() => AddColumn(new MgasPerSecondColumn());
    }

    private sealed class MgasPerSecondColumn : IColumn
    {
        public string Id => "MgasPerSecond";

        public string ColumnName => "Mgas/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Million gas executed per second (gas used / mean time)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
            string name = benchmarkCase.Descriptor.WorkloadMethod.Name;
            if (meanNs is not { } ns || !GasUsed.TryGetValue(name, out long gas))
            {
                // The column is computed in the host process; recompute the gas there.
                var bench = new EvmInterpreterBenchmarks();
                bench.Setup();
                if (meanNs is null || !GasUsed.TryGetValue(name, out gas))
                {
                    return "-";
                }

                ns = meanNs.Value;
            }

            return (gas / ns * 1000.0).ToString("F1", CultureInfo.InvariantCulture);
        }
    }
}
