using BenchmarkDotNet.Attributes;
using Zexus.Chain.Benchmarks;

namespace Zexus.Benchmarks;

/// <summary>
/// The evm-benchmarks suite under BenchmarkDotNet — the same workloads as <c>zexus bench evm</c>
/// (code execution only). Reads <c>$ZEXUS_FIXTURES/evm-benchmarks.tar.gz</c> or
/// <c>../shared/fixtures/evm-benchmarks.tar.gz</c> from the working directory.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*EvmSuite*'</c>.
/// Gas per run is printed by <c>zexus bench evm</c>; divide it by the mean for Mgas/s.
/// </summary>
public class EvmSuiteBenchmarks
{
    private static readonly Lazy<IReadOnlyList<EvmBenchmark>> Suite = new(LoadSuite);
    private PreparedEvmBenchmark _prepared = null!;

    [ParamsSource(nameof(Names))]
    public string Benchmark { get; set; } = "";

    public static IEnumerable<string> Names => Suite.Value.Count == 0 ? ["(evm-benchmarks not found: set ZEXUS_FIXTURES)"] : Suite.Value.Select(b => b.Name);

    private static IReadOnlyList<EvmBenchmark> LoadSuite()
    {
        var dir = Environment.GetEnvironmentVariable("ZEXUS_FIXTURES") is { Length: > 0 } env ? env : Path.Combine("..", "shared", "fixtures");
        var path = Path.Combine(dir, "evm-benchmarks.tar.gz");
        return File.Exists(path) ? EvmBenchmarkSuite.Load(path) : [];
    }

    [GlobalSetup]
    public void Setup()
    {
        var benchmark = Suite.Value.FirstOrDefault(b => b.Name == Benchmark)
            ?? throw new InvalidOperationException("evm-benchmarks not found: set ZEXUS_FIXTURES to the folder holding evm-benchmarks.tar.gz");
        if (!EvmBenchmarkSuite.RunOnce(benchmark).Succeeded)
        {
            throw new InvalidOperationException($"{Benchmark} needs host opcodes that are not supported yet");
        }

        _prepared = new PreparedEvmBenchmark(benchmark);
    }

    [Benchmark]
    public long Run() => _prepared.Run().GasLeft;
}
