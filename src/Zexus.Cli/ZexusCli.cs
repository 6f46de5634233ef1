using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Globalization;
using Zexus.Lang;
using Zexus.Lang.Benchmarks;
using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Interpreter;

namespace Zexus.Cli;

/// <summary>The <c>zexus</c> command line (docs/cli.md).</summary>
public static class ZexusCli
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = BuildCommands(stdin, stdout, stderr);
            var config = new InvocationConfiguration { Output = stdout, Error = stderr };
            return root.Parse(args).Invoke(config);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    private static RootCommand BuildCommands(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Zexus: a smart-contract language and runtime. Run .zx programs, check them, or explore in a REPL.");

        var file = new Argument<string>("FILE") { Description = "The .zx program (or compiled .zxb container) to run" };
        var programArgs = new Argument<string[]>("ARGS") { Description = "Arguments after FILE (accepted; the language has no way to read them yet)", Arity = ArgumentArity.ZeroOrMore };
        var maxSteps = new Option<long>("--max-steps") { Description = "Stop with an error after this many statements and loop iterations (0 = unlimited)" };
        var timestamp = new Option<long?>("--timestamp") { Description = "Block time for TX.timestamp, seconds since 1970 (default: now)" };
        var blockHash = new Option<string?>("--block-hash") { Description = "Block hash for TX.block_hash, 64 hex digits (default: SHA-256 of the timestamp)" };

        var engine = new Option<string>("--engine") { Description = "Execution engine: vm (ZVM bytecode, tiered: the stack interpreter, hot functions compiled to IL; default), interpreter (the stack interpreter only), jit (every function compiled to IL) or evaluator (tree-walker)", DefaultValueFactory = _ => "vm" };
        engine.AcceptOnlyFromAmong("evaluator", "vm", "interpreter", "jit");
        var gasLimit = new Option<long>("--gas-limit") { Description = "ZVM gas limit (0 = unlimited); the program stops with 'Out of gas'" };
        var stats = new Option<bool>("--stats") { Description = "Print instructions (or steps), gas used and time to stderr after the run" };
        var run = new Command("run", "Run a Zexus program") { file, programArgs, maxSteps, timestamp, blockHash, engine, gasLimit, stats };
        run.SetAction(p =>
        {
            var options = Options(p.GetValue(maxSteps), p.GetValue(gasLimit), p.GetValue(timestamp), p.GetValue(blockHash), stdout, stderr);
            if (options is null)
            {
                return 2;
            }

            var path = p.GetValue(file)!;
            var isBytecode = path.EndsWith(".zxb", StringComparison.OrdinalIgnoreCase);
            var kind = p.GetValue(engine) switch
            {
                "jit" => Engine.Jit,
                "vm" => Engine.Vm,
                "interpreter" => Engine.Interpreter,
                _ => isBytecode ? Engine.Vm : Engine.Evaluator,
            };
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var outcome = isBytecode ? RunBytecode(path, options, stderr, kind.Policy()) : ProgramRunner.RunFile(path, options, stderr, kind);
            if (p.GetValue(stats))
            {
                var unit = kind == Engine.Evaluator ? "steps" : "instructions";
                var gas = kind == Engine.Evaluator ? "n/a (evaluator)" : outcome.GasUsed.ToString(CultureInfo.InvariantCulture);
                var root = ((State.World.WorldState)options.Host!).ComputeStateRoot();
                stderr.Write(string.Create(CultureInfo.InvariantCulture, $"engine: {EngineName(kind)}  {unit}: {outcome.Steps}  gas used: {gas}  time: {clock.Elapsed.TotalMilliseconds:F1} ms  state root: {root}\n"));
                if (outcome.Jit is { } jit)
                {
                    stderr.Write(string.Create(CultureInfo.InvariantCulture, $"jit: {jit.Compiled} functions compiled, {jit.Fallbacks.Count} interpreted\n"));
                    foreach (var fallback in jit.Fallbacks)
                    {
                        stderr.Write($"jit: interpreted {fallback}\n");
                    }
                }
            }

            return outcome.ExitCode;
        });

        var checkFile = new Argument<string>("FILE") { Description = "The .zx program to check" };
        var check = new Command("check", "Parse a program and report syntax errors without running it") { checkFile };
        check.SetAction(p => Check(p.GetValue(checkFile)!, stdout, stderr));

        var replSteps = new Option<long>("--max-steps") { Description = "Step limit for each input (0 = unlimited)" };
        var repl = new Command("repl", "Interactive session: definitions persist, expression values are shown") { replSteps };
        repl.SetAction(p => Repl.Run(stdin, stdout, p.GetValue(replSteps)));

        var seconds = new Option<double>("--seconds") { Description = "Measuring time per engine and workload", DefaultValueFactory = _ => 1.0 };
        var only = new Option<string?>("--workload") { Description = "Run only this workload (fib, loop, strings, maps, contract)" };
        var benchEngine = new Option<string>("--engine") { Description = "Engine to measure: all (side by side, default), both (evaluator and vm), evaluator, interpreter, vm or jit", DefaultValueFactory = _ => "all" };
        benchEngine.AcceptOnlyFromAmong("all", "both", "evaluator", "interpreter", "vm", "jit");
        var bench = new Command("bench", "Measure the engines on the standard workloads (units per second, side by side)") { seconds, only, benchEngine };
        bench.SetAction(p => Bench(p.GetValue(seconds), p.GetValue(only), p.GetValue(benchEngine)!, stdout, stderr));

        var suite = new Argument<string?>("PATH") { Description = "evm-benchmarks folder or .tar.gz (default: $ZEXUS_FIXTURES or ../shared/fixtures /evm-benchmarks.tar.gz)", Arity = ArgumentArity.ZeroOrOne };
        var evmSeconds = new Option<double>("--seconds") { Description = "Minimum measuring time per benchmark", DefaultValueFactory = _ => 0.5 };
        var evmFilter = new Option<string?>("--filter") { Description = "Only benchmarks whose name contains this text" };
        var evmBench = new Command("evm", "Run the evm-benchmarks suite on the EVM interpreter (code execution only): time and Mgas/s per benchmark") { suite, evmSeconds, evmFilter };
        evmBench.SetAction(p => EvmBench.Run(p.GetValue(suite), p.GetValue(evmSeconds), p.GetValue(evmFilter), stdout, stderr));
        bench.Subcommands.Add(evmBench);

        var compileFile = new Argument<string>("FILE") { Description = "The .zx program to compile" };
        var output = new Option<string?>("-o", "--output") { Description = "Where to write the container (default: FILE with extension .zxb)" };
        var compile = new Command("compile", "Compile a program (and the modules it uses) to a ZVM bytecode container") { compileFile, output };
        compile.SetAction(p => Compile(p.GetValue(compileFile)!, p.GetValue(output), stdout, stderr));

        var disasmFile = new Argument<string>("FILE") { Description = "A .zx program (compiled first) or a .zxb container" };
        var disasm = new Command("disasm", "Show a container's constants, functions and instructions with offsets and source lines") { disasmFile };
        disasm.SetAction(p => Disassemble(p.GetValue(disasmFile)!, stdout, stderr));

        root.Subcommands.Add(run);
        root.Subcommands.Add(compile);
        root.Subcommands.Add(disasm);
        root.Subcommands.Add(check);
        root.Subcommands.Add(repl);
        root.Subcommands.Add(bench);
        root.Subcommands.Add(StateTestCommand.Create(stdout, stderr));
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new PrintVersionAction(stdout);
            }
        }

        return root;
    }

    private static EvaluatorOptions? Options(long maxSteps, long gasLimit, long? timestamp, string? blockHash, TextWriter stdout, TextWriter stderr)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string hash;
        if (blockHash is null)
        {
            hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(ts)));
        }
        else if (blockHash.Length == 64 && blockHash.All(Uri.IsHexDigit))
        {
            hash = blockHash.ToLowerInvariant();
        }
        else
        {
            stderr.Write("Error: --block-hash must be 64 hex digits\n");
            return null;
        }

        // The in-memory world state of `zexus run`: contract state, logs and snapshots go through it (IHost).
        var host = new State.World.WorldState { Block = new Host.BlockContext { Timestamp = (ulong)Math.Max(0, ts), Number = 1 } };
        return new EvaluatorOptions { Output = stdout, MaxSteps = maxSteps, GasLimit = gasLimit, Timestamp = ts, BlockHash = hash, Host = host };
    }

    private static string EngineName(Engine kind) => kind switch
    {
        Engine.Jit => "jit",
        Engine.Vm => "vm",
        Engine.Interpreter => "interpreter",
        _ => "evaluator",
    };

    private static RunOutcome RunBytecode(string path, EvaluatorOptions options, TextWriter stderr, JitPolicy jit)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var text = $"Error: cannot read '{path}': {e.Message}\n";
            stderr.Write(text);
            return new RunOutcome(1, [], null, text, 0);
        }

        return ProgramRunner.OnLargeStack(() => VmRunner.RunBytecode(bytes, options, stderr, jit));
    }

    private static string? ReadSource(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"Error: cannot read '{path}': {e.Message}\n");
            return null;
        }
    }

    private static int Compile(string path, string? output, TextWriter stdout, TextWriter stderr)
    {
        var source = ReadSource(path, stderr);
        var program = source is null ? null : ProgramRunner.OnLargeStack(() => VmRunner.Compile(source, path, stderr));
        if (program is null)
        {
            return 1;
        }

        var target = output ?? Path.ChangeExtension(path, ".zxb");
        var bytes = Zexus.Vm.Bytecode.ZvmSerializer.Serialize(program);
        try
        {
            File.WriteAllBytes(target, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"Error: cannot write '{target}': {e.Message}\n");
            return 1;
        }

        stdout.Write($"{target}: {bytes.Length} bytes, {program.Functions.Count} functions, {program.Modules.Count} modules\n");
        return 0;
    }

    private static int Disassemble(string path, TextWriter stdout, TextWriter stderr)
    {
        Zexus.Vm.Bytecode.ZvmProgram? program;
        if (path.EndsWith(".zxb", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                program = Zexus.Vm.Bytecode.ZvmDeserializer.Deserialize(File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Zexus.Vm.Bytecode.BytecodeFormatException)
            {
                stderr.Write($"Error: cannot read '{path}': {e.Message}\n");
                return 1;
            }
        }
        else
        {
            var source = ReadSource(path, stderr);
            program = source is null ? null : ProgramRunner.OnLargeStack(() => VmRunner.Compile(source, path, stderr));
            if (program is null)
            {
                return 1;
            }
        }

        stdout.Write(Zexus.Vm.Bytecode.Disassembler.Disassemble(program, file => File.Exists(file) ? File.ReadAllText(file) : null));
        return 0;
    }

    private static int Check(string path, TextWriter stdout, TextWriter stderr)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"Error: cannot read '{path}': {e.Message}\n");
            return 1;
        }

        var parsed = ProgramRunner.OnLargeStack(() => Parser.Parse(source, path));
        foreach (var d in parsed.Errors)
        {
            stderr.Write(d.Format() + "\n");
        }

        if (parsed.Errors.Length > 0)
        {
            return 1;
        }

        stdout.Write($"{path}: ok\n");
        return 0;
    }

    private static int Bench(double seconds, string? only, string engines, TextWriter stdout, TextWriter stderr)
    {
        var selected = Workloads.All.Where(w => only is null || w.Name == only).ToList();
        if (selected.Count == 0)
        {
            stderr.Write($"Error: unknown workload '{only}' (known: {string.Join(", ", Workloads.All.Select(w => w.Name))})\n");
            return 2;
        }

        var kinds = engines switch
        {
            "evaluator" => new[] { Engine.Evaluator },
            "vm" => [Engine.Vm],
            "interpreter" => [Engine.Interpreter],
            "jit" => [Engine.Jit],
            "both" => [Engine.Evaluator, Engine.Vm],
            _ => [Engine.Evaluator, Engine.Interpreter, Engine.Vm, Engine.Jit],
        };
        stdout.Write($"{"workload",-10} {"unit",-12} {"engine",-12} {"units/s",14} {"ns/unit",10} {"B/unit",9}\n");
        foreach (var w in selected)
        {
            var results = ProgramRunner.OnLargeStack(() => WorkloadRunner.Compare(w, kinds, TimeSpan.FromSeconds(seconds)));
            var evaluator = Array.IndexOf(kinds, Engine.Evaluator);
            for (var k = 0; k < kinds.Length; k++)
            {
                var m = results[k];
                var ratio = k != evaluator && evaluator >= 0 ? string.Create(CultureInfo.InvariantCulture, $"  ({results[evaluator].NanosecondsPerUnit / m.NanosecondsPerUnit:F2}x evaluator)") : "";
                stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{w.Name,-10} {w.Unit,-12} {EngineName(kinds[k]),-12} {m.UnitsPerSecond,14:N0} {m.NanosecondsPerUnit,10:F1} {m.BytesPerUnit,9:F0}{ratio}\n"));
            }

            stdout.Flush();
        }

        return 0;
    }

    /// <summary>Prints this assembly's version (the default reports the entry assembly, which differs when embedded).</summary>
    private sealed class PrintVersionAction(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(System.CommandLine.ParseResult parseResult)
        {
            var version = typeof(ZexusCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            stdout.Write(version + "\n");
            return 0;
        }
    }
}
