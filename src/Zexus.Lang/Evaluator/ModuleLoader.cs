using Zexus.Lang.Syntax;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator;

/// <summary>Loads modules once per resolved path, detecting cycles (14.2, 14.3).</summary>
internal sealed class ModuleLoader(Interpreter interpreter)
{
    private readonly Dictionary<string, EvalModule> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loading = new(StringComparer.Ordinal);

    /// <summary>Marks the main file as loading, so a module that uses it back reports a cycle.</summary>
    public void EnterMain(string file) => _loading.Add(Path.GetFullPath(file));

    public EvalModule Load(string path, string fromFile)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(fromFile)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(baseDir, path));
        if (_loaded.TryGetValue(full, out var module))
        {
            return module;
        }

        if (_loading.Contains(full))
        {
            throw new ZexusError("Circular import: " + path);
        }

        if (!File.Exists(full))
        {
            throw new ZexusError("Module not found: " + path);
        }

        string source;
        try
        {
            source = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ZexusError("Module not found: " + path);
        }

        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var parsed = Parser.Parse(source, display);
        if (parsed.Errors.Length > 0)
        {
            var first = parsed.Errors[0];
            throw new ZexusError($"Syntax error in {path} at line {first.Line}: {first.Message}");
        }

        interpreter.Sources[display] = source;
        _loading.Add(full);
        try
        {
            var context = new ModuleContext(display, NodeBuilder.HasExports(parsed.Program));
            var body = new NodeBuilder(interpreter, context).BuildProgram(parsed.Program);
            context.SyncGlobalSize();
            body.Exec(context.Global);
            module = new EvalModule(path, context);
            _loaded.Add(full, module);
            return module;
        }
        finally
        {
            _loading.Remove(full);
        }
    }
}
