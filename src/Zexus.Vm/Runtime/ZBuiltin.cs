namespace Zexus.Vm.Runtime;

/// <summary>Implementation of a built-in function. Argument count is checked before the call.</summary>
public delegate Value BuiltinFn(IRuntimeContext ctx, ReadOnlySpan<Value> args);

/// <summary>A built-in function value (LANGUAGE.md section 9). Prints as <c>&lt;built-in function: NAME&gt;</c>.</summary>
public sealed class ZBuiltin(string name, int minArgs, int maxArgs, BuiltinFn fn) : ZObject
{
    public override ValueKind Kind => ValueKind.Builtin;

    public string Name { get; } = name;

    public int MinArgs { get; } = minArgs;

    /// <summary>Maximum argument count; <see cref="int.MaxValue"/> for variadic.</summary>
    public int MaxArgs { get; } = maxArgs;

    public BuiltinFn Fn { get; } = fn;

    /// <summary>Checks the argument count (9.1) and runs the builtin.</summary>
    public Value Invoke(IRuntimeContext ctx, ReadOnlySpan<Value> args)
    {
        if (args.Length < MinArgs || args.Length > MaxArgs)
        {
            throw new ZexusError(ArgCountMessage(Name, MinArgs, MaxArgs, args.Length));
        }

        return Fn(ctx, args);
    }

    /// <summary>The 9.1 argument-count message, shared by builtins and methods.</summary>
    public static string ArgCountMessage(string name, int min, int max, int got)
    {
        if (min == max)
        {
            return min == 1
                ? $"{name}() expects 1 argument, got {got}"
                : $"{name}() expects {min} arguments, got {got}";
        }

        return $"{name}() expects {min} to {max} arguments, got {got}";
    }
}
