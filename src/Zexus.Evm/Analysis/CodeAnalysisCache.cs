using System.Collections.Concurrent;
using Zexus.Primitives;

namespace Zexus.Evm.Analysis;

/// <summary>
/// Code analyses shared between executions, keyed by code hash (an account's code never changes
/// under the same hash). Thread-safe; bounded by dropping everything once full, which keeps it
/// simple and is cheap because analysis is one linear pass.
/// </summary>
public sealed class CodeAnalysisCache
{
    private readonly ConcurrentDictionary<Hash256, CodeAnalysis> _entries = new();
    private readonly int _capacity;

    /// <summary>A cache holding at most <paramref name="capacity"/> analyses.</summary>
    public CodeAnalysisCache(int capacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>The process-wide cache.</summary>
    public static CodeAnalysisCache Shared { get; } = new();

    /// <summary>The number of cached analyses.</summary>
    public int Count => _entries.Count;

    /// <summary>The analysis of <paramref name="code"/>, whose Keccak-256 is <paramref name="codeHash"/>.</summary>
    public CodeAnalysis GetOrAnalyze(in Hash256 codeHash, ReadOnlySpan<byte> code)
    {
        if (_entries.TryGetValue(codeHash, out CodeAnalysis? cached))
        {
            return cached;
        }

        CodeAnalysis analysis = CodeAnalysis.Analyze(code);
        if (_entries.Count >= _capacity)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(codeHash, analysis);
    }

    /// <summary>The analysis of <paramref name="code"/>, hashing it for the key.</summary>
    public CodeAnalysis GetOrAnalyze(ReadOnlySpan<byte> code) => GetOrAnalyze(Hash256.Keccak(code), code);
}
