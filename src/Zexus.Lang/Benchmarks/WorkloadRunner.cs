using System.Diagnostics;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Evaluator.Nodes;
using Zexus.Lang.Syntax;

namespace Zexus.Lang.Benchmarks;

/// <summary>A workload prepared for repeated runs: setup executed once, the operation built once.</summary>
public sealed class PreparedWorkload
{
    private readonly ModuleContext _context;
    private readonly ExprNode _operation;

    public PreparedWorkload(Workload workload)
    {
        Workload = workload;
        var interpreter = new Interpreter(new EvaluatorOptions());
        _context = new ModuleContext("<bench>", hasExportStatements: false);
        var setup = Parser.Parse(workload.Setup, "<bench>");
        var op = Parser.Parse(workload.Operation, "<bench>");
        if (setup.Errors.Length > 0 || op.Errors.Length > 0 || op.Program.Statements is not [ExprStmt e])
        {
            throw new InvalidOperationException($"workload {workload.Name} does not parse");
        }

        var builder = new NodeBuilder(interpreter, _context);
        var body = builder.BuildProgram(setup.Program);
        _operation = builder.BuildExpression(e.Expression);
        _context.SyncGlobalSize();
        body.Exec(_context.Global);
    }

    public Workload Workload { get; }

    /// <summary>Runs the operation once; returns its result's text form.</summary>
    public string Run() => Zexus.Vm.Runtime.TextForm.Of(_operation.Eval(_context.Global));
}

/// <summary>Times workloads for <c>zexus bench</c>: warm up, then run for at least the given time.</summary>
public static class WorkloadRunner
{
    public sealed record Measurement(Workload Workload, long Operations, TimeSpan Elapsed)
    {
        public double NanosecondsPerUnit => Elapsed.TotalNanoseconds / (Operations * (double)Workload.UnitsPerOperation);

        public double UnitsPerSecond => Operations * (double)Workload.UnitsPerOperation / Elapsed.TotalSeconds;
    }

    public static Measurement Measure(Workload workload, TimeSpan minimum)
    {
        var prepared = new PreparedWorkload(workload);
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
