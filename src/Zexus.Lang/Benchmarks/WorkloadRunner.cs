using System.Diagnostics;
using Zexus.Lang.Compiler;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Benchmarks;

/// <summary>
/// A workload prepared for repeated runs on one engine: the setup runs once and defines a function
/// <c>__bench__</c> whose body is the operation; each run calls it. Both engines run the same code.
/// </summary>
public sealed class PreparedWorkload
{
    private readonly EngineBase _engine;
    private readonly Value _function;

    public PreparedWorkload(Workload workload, Engine engine)
    {
        Workload = workload;
        var source = workload.Setup + "\naction __bench__() {\n  return " + workload.Operation + "\n}\n";
        var parsed = Parser.Parse(source, "<bench>");
        if (parsed.Errors.Length > 0)
        {
            throw new InvalidOperationException($"workload {workload.Name} does not parse: {parsed.Errors[0].Format()}");
        }

        if (engine != Engine.Evaluator)
        {
            var machine = new ZvmMachine(ZvmCompiler.Compile(parsed.Program, "<bench>"), new ZvmOptions { Jit = engine.Policy() });
            machine.RunMain();
            _engine = machine;
            _function = machine.TryGetGlobal("__bench__", out var f) ? f : throw new InvalidOperationException("__bench__ missing");
        }
        else
        {
            var interpreter = new Interpreter(new EvaluatorOptions());
            var context = new ModuleContext("<bench>", hasExportStatements: false);
            var body = new NodeBuilder(interpreter, context).BuildProgram(parsed.Program);
            context.SyncGlobalSize();
            body.Exec(context.Global);
            _engine = interpreter;
            _function = context.TryGetBound("__bench__", out var f) ? f : throw new InvalidOperationException("__bench__ missing");
        }
    }

    public Workload Workload { get; }

    /// <summary>Runs the operation once; returns its result's text form.</summary>
    public string Run() => TextForm.Of(_engine.Call(_function, []));
}

/// <summary>
/// Times workloads for <c>zexus bench</c>. The engines are compared in interleaved rounds: each round times a
/// batch of runs on every engine in turn (the order rotates each round), and an engine's figure is the median of
/// its batches. A burst of load from elsewhere on a shared machine then spoils a few batches of every engine
/// instead of the whole measurement of one, so ratios between engines from one run are stable.
/// </summary>
public static class WorkloadRunner
{
    /// <summary>Rounds per comparison: enough for a robust median, few enough that each batch is not tiny.</summary>
    public const int Rounds = 15;

    /// <summary>One batch: how many operations ran, how long they took and how many bytes they allocated.</summary>
    public sealed record Measurement(Workload Workload, long Operations, TimeSpan Elapsed, long AllocatedBytes = 0)
    {
        public double NanosecondsPerUnit => Elapsed.TotalNanoseconds / (Operations * (double)Workload.UnitsPerOperation);

        /// <summary>Managed bytes allocated per unit of work (by the measuring thread, which runs every engine).</summary>
        public double BytesPerUnit => AllocatedBytes / (Operations * (double)Workload.UnitsPerOperation);

        public double UnitsPerSecond => Operations * (double)Workload.UnitsPerOperation / Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Measures <paramref name="workload"/> on each engine for at least <paramref name="minimum"/> in total
    /// (after a warm-up that lets .NET and the tiered engines compile their hot code). Each result is the
    /// median batch of its engine, as one <see cref="Measurement"/> (operations and time of that batch).
    /// </summary>
    public static IReadOnlyList<Measurement> Compare(Workload workload, IReadOnlyList<Engine> engines, TimeSpan minimum)
    {
        var prepared = engines.Select(e => new PreparedWorkload(workload, e)).ToArray();
        var batch = new long[prepared.Length];
        for (var e = 0; e < prepared.Length; e++)
        {
            // Warm up until the speed settles, and size the batches from the last warm-up chunk's speed.
            var warmup = WarmUp(prepared[e], minimum);
            var perRun = warmup.Elapsed.Ticks / (double)warmup.Operations;
            batch[e] = Math.Max(1, (long)(minimum.Ticks / (double)Rounds / Math.Max(perRun, 1)));
        }

        var samples = engines.Select(_ => new List<Measurement>(Rounds)).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var k = 0; k < prepared.Length; k++)
            {
                var e = (round + k) % prepared.Length;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < batch[e]; i++)
                {
                    prepared[e].Run();
                }

                sw.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                samples[e].Add(new Measurement(workload, batch[e], sw.Elapsed, allocated));
            }
        }

        return samples.Select(s => s.OrderBy(m => m.NanosecondsPerUnit).ElementAt(s.Count / 2)).ToArray();
    }

    /// <summary>The shortest warm-up: .NET moves hot methods (the engines' shared runtime helpers among them) to
    /// optimised code only after about 100 ms without new methods to compile, then compiles them in the background;
    /// on the VM's contract and maps workloads that took 0.5-0.7 s here, and the runs before it were 2-10x slower.</summary>
    public static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(1);

    /// <summary>The longest warm-up, for an engine whose speed never settles within 10%.</summary>
    public static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan WarmUpChunk = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs <paramref name="prepared"/> in chunks of 100 ms for at least <see cref="MinimumWarmUp"/> (or a tenth of
    /// <paramref name="minimum"/> if longer) and until two chunks in a row agree within 10%, at most
    /// <see cref="MaximumWarmUp"/>. Returns the last chunk.
    /// </summary>
    private static Measurement WarmUp(PreparedWorkload prepared, TimeSpan minimum)
    {
        var least = minimum / 10 > MinimumWarmUp ? minimum / 10 : MinimumWarmUp;
        var total = Stopwatch.StartNew();
        var last = Time(prepared, WarmUpChunk, 3);
        while (total.Elapsed < MaximumWarmUp)
        {
            var next = Time(prepared, WarmUpChunk, 1);
            var settled = Math.Abs(next.NanosecondsPerUnit - last.NanosecondsPerUnit) <= 0.1 * last.NanosecondsPerUnit;
            last = next;
            if (settled && total.Elapsed >= least)
            {
                break;
            }
        }

        return last;
    }

    /// <summary>Measures one engine alone: warm up, then run for at least <paramref name="minimum"/>.</summary>
    public static Measurement Measure(Workload workload, Engine engine, TimeSpan minimum) => Compare(workload, [engine], minimum)[0];

    private static Measurement Time(PreparedWorkload prepared, TimeSpan minimum, long minimumOperations)
    {
        var sw = Stopwatch.StartNew();
        long ops = 0;
        while (sw.Elapsed < minimum || ops < minimumOperations)
        {
            prepared.Run();
            ops++;
        }

        sw.Stop();
        return new Measurement(prepared.Workload, ops, sw.Elapsed);
    }
}
