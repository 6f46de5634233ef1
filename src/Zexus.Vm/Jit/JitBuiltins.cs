using System.Runtime.CompilerServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Vm.Jit;

/// <summary>
/// The calls compiled code makes without giving back the gas charged in advance for its block: the size, type
/// and conversion built-ins (LANGUAGE.md 9.2), which never use their context, so they can neither charge gas nor
/// run user code, and a list's <c>push</c> method. Each is taken only when the callee or target really is that
/// built-in or a list at run time; anything else (a shadowed or rebound name) takes the general call.
/// </summary>
internal static class JitBuiltins
{
    private static readonly ZBuiltin[] Pure =
        [.. new[] { "len", "length", "size", "type", "typeof", "string", "str", "int", "float" }.Select(Find)];

    /// <summary>The index of the pure built-in called <paramref name="name"/>, or -1.</summary>
    public static int IndexOf(string name) => Array.FindIndex(Pure, b => b.Name == name);

    /// <summary>True when <paramref name="callee"/> is the pure built-in number <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(Value callee, int k) => callee.Kind == ValueKind.Builtin && ReferenceEquals(callee.Reference, Pure[k]);

    /// <summary>CALL_TOP 1 of the pure built-in number <paramref name="k"/>, as <see cref="EngineBase"/> calls any built-in.</summary>
    public static Value Call1(ZvmMachine m, int k, Value a0) => Pure[k].Invoke(m, new ReadOnlySpan<Value>(in a0));

    /// <summary>True when the pure built-in number <paramref name="k"/> is <c>string</c> or <c>str</c> (9.2).</summary>
    public static bool IsText(int k) => Pure[k].Name is "string" or "str";

    /// <summary>
    /// CALL_TOP 1 of <c>string</c> or <c>str</c> (<see cref="IsText"/>): the argument's text form, what the built-in
    /// returns, without the argument-count check (one argument is passed) and the delegate call.
    /// PERF (bench: zexus bench, maps and strings jit rows): <c>string(i)</c> is a direct conversion; a small integer's
    /// text (<see cref="TextForm.Of"/>'s first case for integers) is looked up with the number in a register, not with
    /// the whole value copied to the callee's stack.
    /// </summary>
    public static Value Text(Value a0) =>
        Value.FromString(a0.IsSmallInt ? SmallIntegerText.Of(a0.SmallInt) : TextForm.Of(a0));

    /// <summary>Every built-in, by the ordinal order of its name: <see cref="Load"/> reads one by its index here.</summary>
    private static readonly ZBuiltin[] Every = [.. BuiltinRegistry.Names.Order(StringComparer.Ordinal).Select(Find)];

    /// <summary>The index in <see cref="Every"/> of the built-in called <paramref name="name"/> (for <see cref="Load"/>), or -1.</summary>
    public static int IndexOfAny(string name) => Array.FindIndex(Every, b => b.Name == name);

    /// <summary>
    /// LOAD_NAME ending at a built-in (5.2): built-in number <paramref name="index"/> of <see cref="IndexOfAny"/>.
    /// PERF (bench: zexus bench, strings and maps jit rows): the table is a static readonly array, so compiled code
    /// reads the built-in with one load from a constant address instead of a chain through the function's names.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Load(int index) => Value.FromObject(Every[index]);

    /// <summary>
    /// <c>target.push(item)</c> on a list: appends in place; the result is the list itself, already in the target's
    /// stack local (<see cref="ListMethods"/>). False, changing nothing, for any other target.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPush(Value target, Value item)
    {
        if (target.Kind != ValueKind.List)
        {
            return false;
        }

        target.AsList.Items.Add(item);
        return true;
    }

    private static ZBuiltin Find(string name) =>
        BuiltinRegistry.TryGet(name, out var b) ? b : throw new InvalidOperationException("no built-in " + name);
}
