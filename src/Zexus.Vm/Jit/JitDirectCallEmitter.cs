using System.Reflection;
using System.Reflection.Emit;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// Emits CALL_TOP with up to two arguments for <see cref="JitEmitter"/>: the direct path of
/// <see cref="JitDirectCalls"/> when the callee is a closure with direct compiled code, else the generic
/// <see cref="JitCalls"/> entry point. The callee and arguments are stack locals <c>stack[callee..callee+argc]</c>;
/// the result replaces the callee's local (<see cref="JitSmallIntEmitter.StoreReturned"/>). With <paramref name="self"/>
/// (the method being emitted, for scopeless direct code), a call of the function itself calls that method directly.
/// </summary>
internal sealed class JitDirectCallEmitter(ILGenerator il, LocalBuilder[] stack, JitSmallIntEmitter stores, MethodInfo? self)
{
    private static readonly MethodInfo InvokeCode = typeof(JitCode).GetMethod(nameof(JitCode.Invoke))!;
    private static readonly MethodInfo InvokeDirect = typeof(JitCode).GetMethod(nameof(JitCode.InvokeDirect), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly MethodInfo NullValue = typeof(Value).GetProperty(nameof(Value.Null))!.GetMethod!;

    private LocalBuilder? _code;
    private LocalBuilder? _scope;

    /// <summary>The largest argument count this emitter handles.</summary>
    public const int MaxArgs = 2;

    public void Emit(int callee, int argc)
    {
        _code ??= il.DeclareLocal(typeof(JitCode));
        _scope ??= il.DeclareLocal(typeof(Scope));
        var generic = il.DefineLabel();
        var done = il.DefineLabel();
        var scoped = il.DefineLabel();
        if (self is not null)
        {
            var other = il.DefineLabel();
            LoadCall(callee, 0);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldloca, _scope);
            il.Emit(OpCodes.Call, Method(typeof(JitDirectCalls), nameof(JitDirectCalls.EnterSelf)));
            il.Emit(OpCodes.Brfalse, other);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldloc, _scope);
            il.Emit(OpCodes.Ldnull);
            LoadDirectArguments(callee, argc);
            il.Emit(OpCodes.Call, self);
            EmitReturned(callee, done);
            il.MarkLabel(other);
        }

        LoadCall(callee, 0);
        EmitEnter(nameof(JitDirectCalls.EnterScopeless), scoped);
        LoadDirectArguments(callee, argc);
        il.Emit(OpCodes.Call, InvokeDirect);
        EmitReturned(callee, done);
        il.MarkLabel(scoped);
        LoadCall(callee, argc);
        EmitEnter("Enter" + argc, generic);
        il.Emit(OpCodes.Call, InvokeCode);
        EmitReturned(callee, done);
        il.MarkLabel(generic);
        LoadCall(callee, argc);
        il.Emit(OpCodes.Call, Method(typeof(JitCalls), "Call" + argc));
        stores.StoreReturned(callee);
        il.MarkLabel(done);
    }

    /// <summary>
    /// Calls the <see cref="JitDirectCalls"/> entry <paramref name="enter"/> on the loaded machine, callee (and
    /// arguments): on to <paramref name="otherwise"/> when it declines, else the code, machine and scope loaded.
    /// </summary>
    private void EmitEnter(string enter, Label otherwise)
    {
        il.Emit(OpCodes.Ldloca, _code!);
        il.Emit(OpCodes.Call, Method(typeof(JitDirectCalls), enter));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, _scope!);
        il.Emit(OpCodes.Brfalse, otherwise);
        il.Emit(OpCodes.Ldloc, _code!);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldloc, _scope!);
    }

    /// <summary>After a direct call: the result stored, the depth given back, on to <paramref name="done"/>.</summary>
    private void EmitReturned(int callee, Label done)
    {
        stores.StoreReturned(callee);

        // If the callee throws, Unwind restores the depth instead.
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, Method(typeof(JitDirectCalls), nameof(JitDirectCalls.Leave)));
        il.Emit(OpCodes.Br, done);
    }

    /// <summary>The direct path's two argument values: the arguments given, <see cref="Value.Null"/> for the rest.</summary>
    private void LoadDirectArguments(int callee, int argc)
    {
        for (var j = 1; j <= MaxArgs; j++)
        {
            if (j <= argc)
            {
                il.Emit(OpCodes.Ldloc, stack[callee + j]);
            }
            else
            {
                il.Emit(OpCodes.Call, NullValue);
            }
        }
    }

    /// <summary>The machine, the callee and the arguments.</summary>
    private void LoadCall(int callee, int argc)
    {
        il.Emit(OpCodes.Ldarg_1);
        for (var j = 0; j <= argc; j++)
        {
            il.Emit(OpCodes.Ldloc, stack[callee + j]);
        }
    }

    private static MethodInfo Method(Type type, string name) => type.GetMethod(name, BindingFlags.Static | BindingFlags.Public)!;
}
