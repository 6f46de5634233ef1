using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;

namespace Zexus.Lang.Compiler;

/// <summary>
/// What an abrupt exit (return, break, continue) must undo on its way out, innermost last: an installed
/// handler to pop, a finally block to run inline, or a stashed error to drop.
/// </summary>
internal abstract record Cleanup;

internal sealed record HandlerCleanup : Cleanup;

internal sealed record FinallyCleanup(BlockStmt Body) : Cleanup;

internal sealed record PendingErrorCleanup : Cleanup;

/// <summary>A loop being compiled: where break and continue go, and the cleanup depth and stack height at its body.</summary>
internal sealed record LoopContext(Label Break, Label Continue, int CleanupDepth, int StackDepth);

/// <summary>Thrown for a construct the bytecode cannot express (for example more than 255 call arguments).</summary>
public sealed class CompileException : Exception
{
    public CompileException(string message, string file, Span span) : base(message)
    {
        File = file;
        Span = span;
    }

    public CompileException()
    {
        File = "";
    }

    public CompileException(string message) : base(message)
    {
        File = "";
    }

    public CompileException(string message, Exception inner) : base(message, inner)
    {
        File = "";
    }

    public string File { get; }

    public Span Span { get; }
}
