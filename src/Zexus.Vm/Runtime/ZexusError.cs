namespace Zexus.Vm.Runtime;

/// <summary>
/// A Zexus run-time error (LANGUAGE.md section 8). <see cref="Exception.Message"/> is the normative
/// message text (Appendix B); <see cref="Location"/> is filled in by the engine at the innermost
/// expression that raised it.
/// </summary>
public class ZexusError : Exception
{
    public ZexusError(string message) : base(message)
    {
    }

    public ZexusError(string message, SourceLocation? location) : base(message)
    {
        Location = location;
    }

    public ZexusError()
    {
    }

    public ZexusError(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Where the error was raised; null until an engine attaches it.</summary>
    public SourceLocation? Location { get; set; }
}

/// <summary>A position in a source file: 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column);
