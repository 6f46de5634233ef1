using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator;

public enum CompletionKind : byte
{
    Normal,
    Return,
    Break,
    Continue,
}

/// <summary>How a statement ended (the Jint way: control flow is a value, not an exception).</summary>
public readonly struct Completion(CompletionKind kind, Value value)
{
    public static readonly Completion Normal = default;
    public static readonly Completion Break = new(CompletionKind.Break, default);
    public static readonly Completion Continue = new(CompletionKind.Continue, default);

    public readonly CompletionKind Kind = kind;
    public readonly Value Value = value;

    public bool IsAbrupt => Kind != CompletionKind.Normal;

    public static Completion Return(Value value) => new(CompletionKind.Return, value);
}

/// <summary>
/// Carries a <c>return</c>/<c>break</c>/<c>continue</c> out of a block arm of a <c>match</c> expression
/// (5.13), the one place where a statement's completion must leave an expression. Caught by the
/// enclosing loop or function call; never by a program's <c>try</c>.
/// </summary>
public sealed class MatchControlSignal(Completion completion) : Exception
{
    public Completion Completion { get; } = completion;

    public MatchControlSignal() : this(Completion.Normal)
    {
    }

    public MatchControlSignal(string message) : this(Completion.Normal)
    {
        _ = message;
    }

    public MatchControlSignal(string message, Exception inner) : this(Completion.Normal)
    {
        _ = message;
        _ = inner;
    }
}
