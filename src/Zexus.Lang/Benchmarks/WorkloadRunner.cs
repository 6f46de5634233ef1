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

/// <summary>Times workloads for <c>zexus bench</c>: warm up, then run for at least the given time.</summary>
public static class WorkloadRunner
{
    public sealed record Measurement(Workload Workload, long Operations, TimeSpan Elapsed)
    {
        public double NanosecondsPerUnit => Elapsed.TotalNanoseconds / (Operations * (double)Workload.UnitsPerOperation);

        public double UnitsPerSecond => Operations * (double)Workload.UnitsPerOperation / Elapsed.TotalSeconds;
    }

    public static Measurement Measure(Workload workload, Engine engine, TimeSpan minimum)
    {
        var prepared = new PreparedWorkload(workload, engine);
        for (var i = 0; i < 3; i++)
        {
            prepared.Run();
        }

        var sw = Stopwatch.StartNew();
        long ops = 0;
        while (sw.Elapsed < minimum || ops < 3)
        {
            prepared.Run();
            ops++;
        }

        sw.Stop();
        return new Measurement(workload, ops, sw.Elapsed);
    }
}
