using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;

namespace Zexus.Lang.Compiler;

/// <summary>
/// Compiles a program and every module it uses (transitively, by static path) into one ZVM container.
/// Modules that cannot be read or parsed become failure entries that their <c>use</c> raises at run time,
/// exactly where the evaluator would (LANGUAGE.md 14.2-14.3).
/// </summary>
public sealed class ZvmCompiler
{
    private readonly BytecodeBuilder _builder = new();
    private readonly Dictionary<string, int> _modulesByPath = new(StringComparer.Ordinal);
    private readonly Queue<(int Index, string FullPath)> _pending = new();

    public static ZvmProgram Compile(ProgramNode program, string file)
    {
        var compiler = new ZvmCompiler();
        compiler._builder.Program.Metadata["compiler"] = "zexus " + typeof(ZvmCompiler).Assembly.GetName().Version;
        compiler._builder.Program.Metadata["source"] = Path.GetFileName(file);
        var main = compiler._builder.ReserveModule(file);
        compiler._modulesByPath[Path.GetFullPath(file)] = main;
        compiler.CompileModule(main, program, file);
        while (compiler._pending.Count > 0)
        {
            var (index, full) = compiler._pending.Dequeue();
            compiler.LoadModule(index, full);
        }

        return compiler._builder.Program;
    }

    internal BytecodeBuilder Builder => _builder;

    /// <summary>The module index for a <c>use</c> path written in <paramref name="fromFile"/>; compiled later.</summary>
    internal int ModuleFor(string path, string fromFile)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(fromFile)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(baseDir, path));
        if (!_modulesByPath.TryGetValue(full, out var index))
        {
            index = _builder.ReserveModule(DisplayPath(full));
            _modulesByPath.Add(full, index);
            _pending.Enqueue((index, full));
        }

        return index;
    }

    private static string DisplayPath(string full) => Path.GetRelativePath(Directory.GetCurrentDirectory(), full);

    private void LoadModule(int index, string full)
    {
        var display = DisplayPath(full);
        string source;
        try
        {
            source = File.Exists(full) ? File.ReadAllText(full) : throw new FileNotFoundException();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _builder.SetModule(index, new ModuleUnit { File = display, Failure = ModuleFailure.NotFound });
            return;
        }

        var parsed = Parser.Parse(source, display);
        if (parsed.Errors.Length > 0)
        {
            var first = parsed.Errors[0];
            _builder.SetModule(index, new ModuleUnit { File = display, Failure = ModuleFailure.SyntaxError, FailureDetail = $"line {first.Line}: {first.Message}" });
            return;
        }

        CompileModule(index, parsed.Program, display);
    }

    private void CompileModule(int index, ProgramNode program, string file)
    {
        var globals = new ScopeInfo(ScopeKind.Global, null);
        var top = new FunctionCompiler(this, index, file, globals, isContractAction: false);
        var topIndex = _builder.ReserveFunction();
        var proto = top.CompileTopLevel(program.Statements);
        _builder.SetFunction(topIndex, proto);
        _builder.SetModule(index, new ModuleUnit
        {
            File = file,
            Globals = [.. globals.Names],
            TopLevel = topIndex,
            HasExports = NodeBuilder.HasExports(program),
        });
    }
}
