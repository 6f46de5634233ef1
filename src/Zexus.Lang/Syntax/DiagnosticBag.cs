using System.Collections.Immutable;

namespace Zexus.Lang.Syntax;

/// <summary>Collects the diagnostics of one parse: at most <see cref="Limit"/>, one per source position (an error
/// found again at the same token while recovering is the same error).</summary>
internal sealed class DiagnosticBag
{
    public const int Limit = 20;

    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Span> _positions = [];

    public DiagnosticBag(SourceText source, string file)
    {
        Source = source;
        File = file;
    }

    public SourceText Source { get; }

    public string File { get; }

    public int Count => _items.Count;

    public bool IsFull => _items.Count >= Limit;

    public void Report(Span span, string message, bool atEndOfInput = false)
    {
        if (IsFull || !_positions.Add(span))
        {
            return;
        }
        _items.Add(new Diagnostic(File, span.Line, span.Column, message, Source.GetLine(span.Line)) { AtEndOfInput = atEndOfInput });
    }

    /// <summary>Adds the diagnostics of a tentative sub-scan (an interpolation) once it is known to be kept.</summary>
    public void AddRange(DiagnosticBag other)
    {
        foreach (var d in other._items)
        {
            if (!IsFull && _positions.Add(new Span(d.Line, d.Column)))
            {
                _items.Add(d);
            }
        }
    }

    /// <summary>The diagnostics in source order.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column)];
}
