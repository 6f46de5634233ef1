using System.Runtime.CompilerServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// The name operations of code that keeps slots in IL locals (<see cref="JitLocals"/>): the emitter walks a name's
/// candidates in order itself, reading the IL locals for its own slots and these helpers for the scopes further
/// out; each helper is one candidate of <see cref="LoadedName.Find"/> followed by the rule of the opcode (LANGUAGE.md
/// 5.2, 6.2), with <see cref="ZvmMachine.LoadName"/>'s and <see cref="ZvmMachine.FindAssignable"/>'s errors.
/// </summary>
internal static class JitLocalHelpers
{
    /// <summary>
    /// STORE_LOCAL / STORE_NAME at the candidate <paramref name="hops"/>:<paramref name="slot"/> walked from
    /// <paramref name="env"/>: false when it is not bound (the search goes on), an error when it is a constant.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAssign(JitCode code, int name, Scope? env, int hops, int slot, Value value)
    {
        var s = Up(env, hops);
        if (s is null || (uint)slot >= (uint)s.Slots.Length || s.Slots[slot].IsUndefined)
        {
            return false;
        }

        if (s.IsConstant(slot))
        {
            ConstantAssigned(code, name);
        }

        s.Slots[slot] = value;
        return true;
    }

    /// <summary>Slot <paramref name="k"/> of a scope's slots at entry; unbound past their end, as <see cref="LoadedName.Find"/> treats it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value SlotAt(Value[] slots, int k) => (uint)k < (uint)slots.Length ? slots[k] : default;

    /// <summary>LOAD_BINDING at one candidate (see <see cref="TryAssign"/>): its value when bound and not constant.</summary>
    public static bool TryLoadBinding(JitCode code, int name, Scope? env, int hops, int slot, out Value value)
    {
        var s = Up(env, hops);
        if (s is null || (uint)slot >= (uint)s.Slots.Length || s.Slots[slot].IsUndefined)
        {
            value = default;
            return false;
        }

        if (s.IsConstant(slot))
        {
            ConstantAssigned(code, name);
        }

        value = s.Slots[slot];
        return true;
    }

    /// <summary>LOAD_NAME / LOAD_LOCAL when no candidate is bound: the built-in of that name, else TX, else an error (5.2).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value LoadUnbound(JitCode code, ZvmMachine m, int name)
    {
        var entry = code.Function.Names[name];
        return entry.Builtin is { } builtin ? Value.FromObject(builtin) : m.ResolveUnbound(entry.Name);
    }

    /// <summary>STORE_NAME / LOAD_BINDING when no candidate is bound.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NotFound(JitCode code, int name) => throw new ZexusError($"Identifier '{code.Function.Names[name].Name}' not found");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ConstantAssigned(JitCode code, int name) => throw new ZexusError($"Cannot reassign constant '{code.Function.Names[name].Name}'");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scope? Up(Scope? env, int hops)
    {
        var s = env;
        for (var i = 0; i < hops && s is not null; i++)
        {
            s = s.Parent;
        }

        return s;
    }
}
