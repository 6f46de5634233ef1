using BenchmarkDotNet.Attributes;
using Zexus.Lang;
using Zexus.Lang.Benchmarks;

namespace Zexus.Benchmarks;

/// <summary>
/// The language workloads on every engine, shared with <c>zexus bench</c> (src/Zexus.Lang/Benchmarks/Workloads.cs).
/// Divide the mean by the workload's units per operation for the per-call / per-iteration cost.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*Evaluator*'</c>.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private PreparedWorkload _prepared = null!;

    [ParamsSource(nameof(Names))]
    public string Workload { get; set; } = "fib";

    [Params(Engine.Evaluator, Engine.Interpreter, Engine.Vm, Engine.Jit)]
    public Engine Engine { get; set; }

    public static IEnumerable<string> Names => Workloads.All.Select(w => w.Name);

    [GlobalSetup]
    public void Setup() =>
        _prepared = ProgramRunner.OnLargeStack(() => new PreparedWorkload(Workloads.All.Single(w => w.Name == Workload), Engine));

    [Benchmark]
    public string Run() => _prepared.Run();
}
