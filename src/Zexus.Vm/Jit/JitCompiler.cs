using System.Reflection.Emit;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// The IL JIT (tier 3): compiles one verified ZVM function to a <see cref="DynamicMethod"/>. Operand stack
/// slots become IL locals, static gas and steps are charged once per basic block, and every opcode without a
/// native translation runs through the stack interpreter's own handler, so both tiers share one semantics.
/// A function the JIT cannot compile (bytecode it cannot decode) stays on the interpreter; the reason is kept.
/// </summary>
public static class JitCompiler
{
    /// <summary>Compiles <paramref name="function"/> of <paramref name="machine"/>'s program (already verified).</summary>
    public static JitFunction Compile(ZvmMachine machine, LoadedFunction function)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(function);
        var plan = JitPlan.Build(function.Code, function.Proto.Names, out var failure);
        if (plan is null)
        {
            return new JitFunction(null, failure);
        }

        var ownScope = (function.Proto.Flags & FunctionFlags.RunsInScope) == 0;
        var pooled = ownScope && !plan.CapturesScope;
        var locals = JitLocals.Analyze(plan, function.Proto, pooled && !IsRunInGivenScope(machine.Program, function.Proto));
        var code = new JitCode(function, plan.RestGas, plan.RestSteps, pooled, plan.MaxHeight, locals.Scopeless)
        {
            ReadsMsg = !pooled || Array.Exists(function.Proto.Names, n => n.Name == "msg"),
        };
        var method = new DynamicMethod(
            "zvm:" + (function.Proto.Name ?? "<top level>"),
            typeof(Value),
            [typeof(JitCode), typeof(ZvmMachine), typeof(Scope), typeof(Value[]), typeof(Value), typeof(Value)],
            typeof(JitCode).Module,
            skipVisibility: true);
        var self = code.Direct && code.Scopeless ? method : null;
        var emitter = new JitEmitter(method.GetILGenerator(), plan, machine.Program.Constants, function.Proto.Names, locals, self);
        emitter.EmitFunction(function.Proto.ParamSlots);
        code.MethodSites = emitter.MethodSites;
        code.SetEntry(method.CreateDelegate<Func<ZvmMachine, Scope, Value[]?, Value, Value, Value>>(code));
        return new JitFunction(code, null);
    }

    /// <summary>
    /// True when the machine runs <paramref name="proto"/> in a scope it is given rather than calling it (a module's
    /// top level, a contract initializer, an entity default), whatever its flags say: that scope is read afterwards,
    /// so its slots must stay in it.
    /// </summary>
    private static bool IsRunInGivenScope(ZvmProgram program, FunctionProto proto)
    {
        var index = program.Functions.IndexOf(proto);
        return index < 0
            || program.Modules.Exists(m => m.TopLevel == index)
            || program.Constants.Exists(c => c is ContractConstant { Initializer: var i } && i == index
                || c is EntityConstant e && Array.Exists(e.Fields, f => f.DefaultFunction == index));
    }
}
