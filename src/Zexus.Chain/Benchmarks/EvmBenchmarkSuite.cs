using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Zexus.Chain.StateTests;
using Zexus.Evm.Analysis;
using Zexus.Evm.Execution;
using Zexus.Primitives;

namespace Zexus.Chain.Benchmarks;

/// <summary>One benchmark input: the contract code a state-test-format benchmark calls, and one of its inputs.</summary>
public sealed record EvmBenchmark(string Name, Fork Fork, byte[] Code, byte[] Input, long Gas);

/// <summary>The result of timing one benchmark: status of the last run, gas per run and time per run.</summary>
public sealed record EvmBenchmarkResult(EvmBenchmark Benchmark, EvmStatus Status, string? Detail, long GasUsed, TimeSpan PerRun, int Runs)
{
    public double MegaGasPerSecond => PerRun.TotalSeconds > 0 ? GasUsed / PerRun.TotalSeconds / 1e6 : 0;

    public bool Succeeded => Status is EvmStatus.Stop or EvmStatus.Return;
}

/// <summary>
/// The evm-benchmarks suite (ipsilon/evm-benchmarks, state-test format): code execution only, as the suite
/// intends — the transaction's target code runs with each input and the full gas limit against an
/// in-memory world state, no transaction processing. Reads a folder of JSON files or the suite's <c>.tar.gz</c> directly.
/// </summary>
public static class EvmBenchmarkSuite
{
    public static IReadOnlyList<EvmBenchmark> Load(string path)
    {
        var documents = new List<(string Name, byte[] Json)>();
        if (File.Exists(path) && path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
        {
            using var file = File.OpenRead(path);
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gz);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile
                    && entry.Name.Contains("/benchmarks/", StringComparison.Ordinal)
                    && entry.Name.EndsWith(".json", StringComparison.Ordinal) && entry.DataStream is { } data)
                {
                    using var copy = new MemoryStream();
                    data.CopyTo(copy);
                    documents.Add((entry.Name, copy.ToArray()));
                }
            }
        }
        else if (Directory.Exists(path))
        {
            foreach (var file in Directory.GetFiles(path, "*.json", SearchOption.AllDirectories))
            {
                documents.Add((file, File.ReadAllBytes(file)));
            }
        }
        else
        {
            throw new FileNotFoundException($"no benchmark folder or .tar.gz at '{path}'", path);
        }

        var benchmarks = new List<EvmBenchmark>();
        foreach (var (name, json) in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            foreach (var test in StateTestLoader.Load(new MemoryStream(json), name))
            {
                benchmarks.AddRange(FromTest(test));
            }
        }

        return benchmarks;
    }

    private static IEnumerable<EvmBenchmark> FromTest(StateTest test)
    {
        var forkName = test.Post.Keys.FirstOrDefault() ?? "London";
        var fork = ForkNames.TryParse(forkName, out var f) ? f : Fork.London;
        var code = test.Transaction.To is { } to && test.Pre.TryGetValue(to, out var account) ? account.Code : [];
        var gas = (long)Math.Min(test.Transaction.GasLimit[0] ?? 0UL, long.MaxValue);
        for (var i = 0; i < test.Transaction.Data.Count; i++)
        {
            var name = test.Transaction.Data.Count == 1 ? test.Name : $"{test.Name}/{i}";
            yield return new EvmBenchmark(name, fork, code, test.Transaction.Data[i], gas);
        }
    }

    /// <summary>Runs a benchmark once: its status (or the host opcode it needs) and gas used.</summary>
    public static EvmBenchmarkResult RunOnce(EvmBenchmark benchmark) => Measure(benchmark, TimeSpan.Zero, repeat: false);

    /// <summary>Runs a benchmark once to check it, then repeatedly for at least <paramref name="minimum"/>.</summary>
    public static EvmBenchmarkResult Measure(EvmBenchmark benchmark, TimeSpan minimum) => Measure(benchmark, minimum, repeat: true);

    private static EvmBenchmarkResult Measure(EvmBenchmark benchmark, TimeSpan minimum, bool repeat)
    {
        var prepared = new PreparedEvmBenchmark(benchmark);
        var first = prepared.Run();
        var gasUsed = benchmark.Gas - first.GasLeft;
        if (first.Status is not (EvmStatus.Stop or EvmStatus.Return))
        {
            var detail = first.UnsupportedOpcode is { } op ? $"needs the host for {op} (not supported yet)" : first.Status.ToString();
            return new EvmBenchmarkResult(benchmark, first.Status, detail, gasUsed, TimeSpan.Zero, 1);
        }

        if (!repeat)
        {
            return new EvmBenchmarkResult(benchmark, first.Status, null, gasUsed, TimeSpan.Zero, 1);
        }

        var runs = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < minimum || runs < 3)
        {
            prepared.Run();
            runs++;
        }

        sw.Stop();
        return new EvmBenchmarkResult(benchmark, first.Status, null, gasUsed, sw.Elapsed / runs, runs);
    }
}

/// <summary>
/// A benchmark ready to run repeatedly: interpreter, code analysis, message and an in-memory world state
/// holding the contract built once. Each run starts from the same state: the world state is reverted to
/// a snapshot after it, so storage writes and warm accounts do not carry over and every run costs the
/// same gas.
/// </summary>
public sealed class PreparedEvmBenchmark
{
    private static readonly Address Caller = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    private static readonly Address Contract = Address.Parse("0xbe7c43a580000000000000000000000000000001");

    private readonly EvmInterpreter _interpreter;
    private readonly CodeAnalysis _code;
    private readonly ExecutionMessage _message;
    private readonly State.World.WorldState _state = new();
    private readonly EvmContext _context;

    public PreparedEvmBenchmark(EvmBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        Benchmark = benchmark;
        _interpreter = new EvmInterpreter(benchmark.Fork);
        _code = CodeAnalysis.Analyze(benchmark.Code);
        _message = new ExecutionMessage { Caller = Caller, Recipient = Contract, Input = benchmark.Input, Gas = benchmark.Gas };
        _state.Load(Contract, 1, UInt256.Zero, benchmark.Code, []);
        _state.BeginTransaction();
        _state.WarmUpAccount(Caller);
        _state.WarmUpAccount(Contract);
        _context = new EvmContext(_state, new Host.TransactionContext(Caller, UInt256.Zero, []), benchmark.Fork);
    }

    public EvmBenchmark Benchmark { get; }

    public EvmResult Run()
    {
        int snapshot = _state.TakeSnapshot();
        var result = _interpreter.Execute(_message, _code, _context);
        _state.RevertToSnapshot(snapshot);
        return result;
    }
}
