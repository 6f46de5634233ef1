using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Lang;

/// <summary>How a run ended. <see cref="Steps"/> counts evaluator steps or ZVM instructions; <see cref="GasUsed"/> is ZVM gas.</summary>
public sealed record RunOutcome(int ExitCode, ImmutableArray<Diagnostic> SyntaxErrors, ZexusError? Error, string? FailureText, long Steps)
{
    public long GasUsed { get; init; }

    /// <summary>What the JIT tier compiled and what it left interpreted (JIT runs only).</summary>
    public Zexus.Vm.Jit.JitStatistics? Jit { get; init; }
}

/// <summary>The execution engines of the language (DESIGN.md: evaluator tier 0, ZVM stack interpreter tier 1, IL JIT tier 3).</summary>
public enum Engine
{
    /// <summary>The tree-walking evaluator (tier 0).</summary>
    Evaluator,

    /// <summary>The ZVM as <c>zexus run</c> uses it: tiered, hot functions compiled to IL (<see cref="JitPolicy.Hot"/>).</summary>
    Vm,

    /// <summary>The ZVM with every function compiled to IL (functions the JIT cannot compile run on the stack interpreter).</summary>
    Jit,

    /// <summary>The ZVM's stack interpreter alone (tier 1).</summary>
    Interpreter,
}

/// <summary>How each ZVM engine uses the JIT tier.</summary>
public static class EngineJit
{
    /// <summary>The JIT policy of a ZVM engine (the evaluator has none: <see cref="JitPolicy.Off"/>).</summary>
    public static JitPolicy Policy(this Engine engine) => engine switch
    {
        Engine.Vm => JitPolicy.Hot,
        Engine.Jit => JitPolicy.Always,
        _ => JitPolicy.Off,
    };
}

/// <summary>
/// Runs a Zexus program with the evaluator (LANGUAGE.md 1.2-1.4): parse the whole file first, then
/// execute; syntax errors, uncaught errors and the step limit are reported on <c>stderr</c> with exit status 1.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Stack for the evaluator thread: deep Zexus recursion (1000 calls) and nesting need more than the default.</summary>
    public const int EvaluatorStackSize = 256 * 1024 * 1024;

    public static RunOutcome RunFile(string path, EvaluatorOptions options, TextWriter stderr, Engine engine = Engine.Evaluator)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var text = $"Error: cannot read '{path}': {e.Message}\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, 0);
        }

        return RunSource(source, path, options, stderr, engine);
    }

    public static RunOutcome RunSource(string source, string file, EvaluatorOptions options, TextWriter stderr, Engine engine = Engine.Evaluator) =>
        OnLargeStack(() => engine != Engine.Evaluator ? VmRunner.Run(source, file, options, stderr, engine.Policy()) : RunCore(source, file, options, stderr));

    private static RunOutcome RunCore(string source, string file, EvaluatorOptions options, TextWriter stderr)
    {
        var parsed = Parser.Parse(source, file);
        if (parsed.Errors.Length > 0)
        {
            foreach (var d in parsed.Errors)
            {
                stderr.Write(d.Format() + "\n");
            }

            return new RunOutcome(1, parsed.Errors, null, null, 0);
        }

        var interpreter = new Interpreter(options);
        interpreter.Sources[file] = source;
        try
        {
            interpreter.Modules.EnterMain(file);
            var context = new ModuleContext(file, NodeBuilder.HasExports(parsed.Program));
            var body = new NodeBuilder(interpreter, context).BuildProgram(parsed.Program);
            context.SyncGlobalSize();
            body.Exec(context.Global);
            options.Output.Flush();
            return new RunOutcome(0, [], null, null, interpreter.Steps);
        }
        catch (ZexusError e)
        {
            options.Output.Flush();
            var text = ErrorFormatter.Format(e, interpreter.Sources);
            stderr.Write(text);
            return new RunOutcome(1, [], e, text, interpreter.Steps);
        }
        catch (StepLimitExceededException e)
        {
            options.Output.Flush();
            var text = $"Error: {e.Message} (raise it with --max-steps)\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, interpreter.Steps);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of the engine, not of the program: say so plainly instead of crashing.
            options.Output.Flush();
            var text = $"Internal error (please report): {e.GetType().Name}: {e.Message}\n";
            stderr.Write(text);
            return new RunOutcome(InternalErrorExitCode, [], null, text, interpreter.Steps);
        }
    }

    /// <summary>Exit status for a defect of the engine itself (EX_SOFTWARE), distinct from a program's uncaught error (1).</summary>
    public const int InternalErrorExitCode = 70;

    /// <summary>Runs <paramref name="work"/> on a thread with <see cref="EvaluatorStackSize"/> of stack, rethrowing its exception here.</summary>
    public static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
        var thread = new Thread(
            () =>
            {
                try
                {
                    // The evaluator thread behaves like its caller; program output never depends on culture anyway.
                    Thread.CurrentThread.CurrentCulture = culture;
                    Thread.CurrentThread.CurrentUICulture = uiCulture;
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            EvaluatorStackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
