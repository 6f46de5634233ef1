using Zexus.Lang.Compiler;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Lang;

/// <summary>Runs a program on the ZVM: parse, compile to a container, run on the stack interpreter.</summary>
public static class VmRunner
{
    public static RunOutcome Run(string source, string file, EvaluatorOptions options, TextWriter stderr, JitPolicy jit = JitPolicy.Off)
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

        ZvmProgram program;
        try
        {
            program = ZvmCompiler.Compile(parsed.Program, file);
        }
        catch (CompileException e)
        {
            var text = $"{e.File}:{e.Span.Line}:{e.Span.Column}: error: {e.Message}\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, 0);
        }

        var sources = new Dictionary<string, string>(StringComparer.Ordinal) { [file] = source };
        return Execute(program, options, stderr, sources, jit);
    }

    /// <summary>Compiles a source file to a container (used by <c>zexus compile</c> and <c>zexus disasm</c>).</summary>
    public static ZvmProgram? Compile(string source, string file, TextWriter stderr)
    {
        var parsed = Parser.Parse(source, file);
        foreach (var d in parsed.Errors)
        {
            stderr.Write(d.Format() + "\n");
        }

        if (parsed.Errors.Length > 0)
        {
            return null;
        }

        try
        {
            return ZvmCompiler.Compile(parsed.Program, file);
        }
        catch (CompileException e)
        {
            stderr.Write($"{e.File}:{e.Span.Line}:{e.Span.Column}: error: {e.Message}\n");
            return null;
        }
    }

    /// <summary>Runs a serialized container (<c>.zxb</c>): deserialized, verified, then executed.</summary>
    public static RunOutcome RunBytecode(byte[] bytes, EvaluatorOptions options, TextWriter stderr, JitPolicy jit = JitPolicy.Off)
    {
        ZvmProgram program;
        try
        {
            program = ZvmDeserializer.Deserialize(bytes);
        }
        catch (BytecodeFormatException e)
        {
            var text = $"Error: invalid bytecode file: {e.Message}\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, 0);
        }

        return Execute(program, options, stderr, new Dictionary<string, string>(StringComparer.Ordinal), jit);
    }

    /// <summary>Runs a compiled container; <paramref name="sources"/> lets errors show their source lines; <paramref name="jit"/> says which functions the JIT tier compiles.</summary>
    public static RunOutcome Execute(ZvmProgram program, EvaluatorOptions options, TextWriter stderr, IDictionary<string, string> sources, JitPolicy jit = JitPolicy.Off)
    {
        ZvmMachine machine;
        try
        {
            machine = new ZvmMachine(program, new ZvmOptions
            {
                Output = options.Output,
                GasLimit = options.GasLimit,
                MaxSteps = options.MaxSteps,
                Timestamp = options.Timestamp,
                BlockHash = options.BlockHash,
                Host = options.Host,
                Jit = jit,
            });
        }
        catch (VerificationException e)
        {
            var text = $"Error: invalid bytecode: {e.Message}\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, 0);
        }

        try
        {
            machine.RunMain();
            options.Output.Flush();
            return new RunOutcome(0, [], null, null, machine.Instructions) { GasUsed = machine.GasUsed, Jit = jit != JitPolicy.Off ? machine.Jit : null };
        }
        catch (ZexusError e)
        {
            options.Output.Flush();
            LoadSource(sources, e.Location?.File);
            var text = ErrorFormatter.Format(e, sources.AsReadOnly());
            stderr.Write(text);
            return new RunOutcome(1, [], e, text, machine.Instructions) { GasUsed = machine.GasUsed, Jit = jit != JitPolicy.Off ? machine.Jit : null };
        }
        catch (StepLimitExceededException e)
        {
            options.Output.Flush();
            var text = $"Error: {e.Message} (raise it with --max-steps)\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, machine.Instructions) { GasUsed = machine.GasUsed, Jit = jit != JitPolicy.Off ? machine.Jit : null };
        }
        catch (OutOfGasException)
        {
            options.Output.Flush();
            var text = $"Error: Out of gas (gas used: {machine.GasUsed})\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, machine.Instructions) { GasUsed = machine.GasUsed, Jit = jit != JitPolicy.Off ? machine.Jit : null };
        }
    }

    /// <summary>Module sources are read on demand for error display only.</summary>
    private static void LoadSource(IDictionary<string, string> sources, string? file)
    {
        if (file is null || sources.ContainsKey(file) || !File.Exists(file))
        {
            return;
        }

        try
        {
            sources[file] = File.ReadAllText(file);
        }
        catch (IOException)
        {
        }
    }
}
