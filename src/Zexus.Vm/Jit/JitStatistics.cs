using Zexus.Vm.Interpreter;

namespace Zexus.Vm.Jit;

/// <summary>What the JIT tier did with a program's functions, for <c>zexus run --stats</c>.</summary>
public sealed class JitStatistics
{
    private readonly List<string> _fallbacks = [];

    /// <summary>Functions compiled to IL.</summary>
    public int Compiled { get; private set; }

    /// <summary>Functions left on the stack interpreter, each as "name: reason".</summary>
    public IReadOnlyList<string> Fallbacks => _fallbacks;

    internal void Record(LoadedFunction function, JitFunction result)
    {
        if (result.Code is not null)
        {
            Compiled++;
        }
        else
        {
            _fallbacks.Add($"{function.Proto.Name ?? "<top level>"}: {result.Failure}");
        }
    }
}
