using System.Reflection;
using System.Reflection.Emit;
using Zexus.Vm.Bytecode;
using Label = System.Reflection.Emit.Label;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Isa;
using Zexus.Vm.Runtime;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Jit;

/// <summary>
/// Emits the IL of one function for <see cref="JitCompiler"/>. Arguments: 0 the <see cref="JitCode"/>, 1 the
/// machine, 2 the scope (3-5 and the slots kept in IL locals: <see cref="JitLocals"/>). Layout: a try block holding
/// every basic block once, entered when the block's whole static gas and step count fit (charged at once); when they
/// do not, the run continues on the stack interpreter from the block's first instruction, so the out-of-gas and
/// step-limit points are the interpreter's (<see cref="ResumeAt"/>). Code that can observe gas (calls, dynamic
/// charges, anything run by the interpreter's handler) first gives back the advance for the rest of its block and
/// takes it again afterwards, or continues on the interpreter. The catch block gives back the advance when an error
/// escapes (<see cref="JitHelpers.Unwind"/>).
/// </summary>
internal sealed partial class JitEmitter
{
    private static readonly FieldInfo GasField = Field(nameof(ZvmMachine._gas));
    private static readonly FieldInfo StepsField = Field(nameof(ZvmMachine._instructions));
    private static readonly FieldInfo MaxStepsField = Field(nameof(ZvmMachine._maxSteps));
    private static readonly FieldInfo StackField = Field(nameof(ZvmMachine._stack));
    private static readonly FieldInfo SpField = Field(nameof(ZvmMachine._sp));
    private static readonly FieldInfo DepthField = Field(nameof(ZvmMachine._depth));
    private static readonly FieldInfo ConstantsField = Field(nameof(ZvmMachine._constants));
    private static readonly FieldInfo MethodSitesField = typeof(JitCode).GetField(nameof(JitCode.MethodSites), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly FieldInfo KindField = typeof(Value).GetField(nameof(Value.Kind))!;
    private static readonly MethodInfo NullValue = typeof(Value).GetProperty(nameof(Value.Null))!.GetMethod!;

    private readonly ILGenerator _il;
    private readonly JitPlan _plan;
    private readonly IReadOnlyList<Constant> _constants;
    private readonly NameEntry[] _names;
    private readonly LocalBuilder[] _s;
    private readonly LocalBuilder _ip;
    private readonly LocalBuilder _bp;
    private readonly LocalBuilder _depth;
    private readonly JitDirectCallEmitter _direct;
    private readonly LocalBuilder _result;
    private readonly LocalBuilder _ret;
    private readonly LocalBuilder _spill;
    private readonly LocalBuilder _at;
    private readonly LocalBuilder _next;
    private readonly LocalBuilder _product;
    private readonly JitSmallIntEmitter _arith;
    private readonly LocalBuilder _held;
    private readonly LocalBuilder _handlers;
    private readonly LocalBuilder _resume;
    private readonly Label[] _entry;
    private readonly Label _return;
    private readonly List<MethodSite> _methodSites = [];

    public JitEmitter(ILGenerator il, JitPlan plan, IReadOnlyList<Constant> constants, NameEntry[] names, JitLocals locals, MethodInfo? self)
    {
        _names = names;
        _locals = locals;
        _il = il;
        _plan = plan;
        _constants = constants;
        _s = new LocalBuilder[plan.MaxHeight + 2];
        for (var i = 0; i < _s.Length; i++)
        {
            _s[i] = il.DeclareLocal(typeof(Value));
        }

        _ip = il.DeclareLocal(typeof(int));
        _bp = il.DeclareLocal(typeof(int));
        _depth = il.DeclareLocal(typeof(int));
        _result = il.DeclareLocal(typeof(Value));
        _ret = il.DeclareLocal(typeof(Value));
        _arith = new JitSmallIntEmitter(il, _s, _ret);
        _direct = new JitDirectCallEmitter(il, _s, _arith, self);
        _spill = il.DeclareLocal(typeof(Value[]));
        _at = il.DeclareLocal(typeof(int));
        _next = il.DeclareLocal(typeof(int));
        _product = il.DeclareLocal(typeof(Value));
        _held = il.DeclareLocal(typeof(Value));
        _handlers = il.DeclareLocal(typeof(JitHandlers));
        _resume = il.DeclareLocal(typeof(int));
        _entry = [.. plan.Blocks.Select(_ => il.DefineLabel())];
        _return = il.DefineLabel();
    }

    /// <summary>The CALL_METHOD sites emitted so far, by index (<see cref="JitCode.MethodSites"/>).</summary>
    public MethodSite[] MethodSites => [.. _methodSites];

    private static FieldInfo Field(string name) => typeof(ZvmMachine).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static MethodInfo Handlers(string name) => typeof(JitHandlers).GetMethod(name, BindingFlags.Static | BindingFlags.Public)!;

    private static MethodInfo Calls(string name) => typeof(JitCalls).GetMethod(name, BindingFlags.Static | BindingFlags.Public)!;

    private static MethodInfo Helper(string name) => typeof(JitHelpers).GetMethod(name, BindingFlags.Static | BindingFlags.Public)!;

    public void EmitFunction(int[] paramSlots)
    {
        EmitLocalsEntry(paramSlots);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, SpField);
        _il.Emit(OpCodes.Stloc, _bp);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, DepthField);
        _il.Emit(OpCodes.Stloc, _depth);
        _il.Emit(OpCodes.Ldc_I4, JitCode.Exact);
        _il.Emit(OpCodes.Stloc, _ip);
        var handlerCode = _plan.Instructions.Where(i => i.Opcode is SETUP_TRY or SETUP_FINALLY).Select(i => (Target: (int)i.Target, IsCatch: i.Opcode == SETUP_TRY)).Distinct().ToList();
        var resume = _il.DefineLabel();
        if (handlerCode.Count > 0)
        {
            _il.Emit(OpCodes.Ldc_I4_M1);
            _il.Emit(OpCodes.Stloc, _resume);
            _il.MarkLabel(resume);
            _il.Emit(OpCodes.Nop);
        }

        _il.BeginExceptionBlock();
        EmitResumeDispatch(handlerCode);
        for (var b = 0; b < _plan.Blocks.Count; b++)
        {
            EmitBlock(b);
        }

        EmitResumeStubs();

        _il.BeginCatchBlock(typeof(Exception));
        var e = _il.DeclareLocal(typeof(Exception));
        _il.Emit(OpCodes.Stloc, e);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldloc, e);
        _il.Emit(OpCodes.Ldloc, _ip);
        _il.Emit(OpCodes.Ldloc, _bp);
        _il.Emit(OpCodes.Ldloc, _depth);
        if (handlerCode.Count > 0)
        {
            var propagate = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _handlers);
            _il.Emit(OpCodes.Ldloca, _held);
            _il.Emit(OpCodes.Call, typeof(JitHandlers).GetMethod(nameof(JitHandlers.Catch))!);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, _resume);
            _il.Emit(OpCodes.Ldc_I4_M1);
            _il.Emit(OpCodes.Beq, propagate);
            _il.Emit(OpCodes.Leave, resume);
            _il.MarkLabel(propagate);
        }
        else
        {
            _il.Emit(OpCodes.Call, Helper(nameof(JitHelpers.Unwind)));
        }

        _il.Emit(OpCodes.Rethrow);
        _il.EndExceptionBlock();
        EmitResumeExit();
        _il.MarkLabel(_return);
        _il.Emit(OpCodes.Ldloc, _result);
        _il.Emit(OpCodes.Ret);
    }

    private void EmitBlock(int b)
    {
        var block = _plan.Blocks[b];
        _il.MarkLabel(_entry[b]);
        EmitBudget(block.Gas, block.Steps, ResumeAt(block.First));
        for (var i = block.First; i <= block.Last;)
        {
            i += EmitInstruction(i, block.Last);
        }

        EmitFallThrough(block);
    }

    private void EmitFallThrough(JitBlock block)
    {
        var last = _plan.Instructions[block.Last];
        if (!last.Info.Terminating)
        {
            _il.Emit(OpCodes.Br, _entry[_plan.BlockAt[last.Next]]);
        }
    }

    private void Ld(int k) => _il.Emit(OpCodes.Ldloc, _s[k]);

    private void St(int k) => _il.Emit(OpCodes.Stloc, _s[k]);

    private void StReturned(int k) => _arith.StoreReturned(k);

    private void Call(string helper) => _il.Emit(OpCodes.Call, Helper(helper));

    /// <summary>Emits instruction <paramref name="i"/>; returns how many instructions it covered (2 when fused with a branch).</summary>
    private int EmitInstruction(int i, int last)
    {
        var ins = _plan.Instructions[i];
        var h = _plan.Heights[i];
        var pc = ins.Offset;
        var operands = ins.Operands;
        if (TryEmitLocalsInstruction(i))
        {
            return 1;
        }

        switch (ins.Opcode)
        {
            case LOAD_CONST:
                if (_constants[operands[0]] is IntegerConstant { Value: var v } && v >= long.MinValue && v <= long.MaxValue)
                {
                    _il.Emit(OpCodes.Ldc_I8, (long)v);
                    Call(nameof(JitHelpers.FromInt));
                }
                else
                {
                    _il.Emit(OpCodes.Ldarg_1);
                    _il.Emit(OpCodes.Ldfld, ConstantsField);
                    _il.Emit(OpCodes.Ldc_I4, operands[0]);
                    _il.Emit(OpCodes.Ldelem, typeof(Value));
                }

                St(h);
                return 1;
            case LOAD_LOCAL:
            case LOAD_NAME:
                {
                    // LOAD_LOCAL's slot is its name's first candidate (the verifier checks it).
                    var done = _il.DefineLabel();
                    if (_names[operands[0]].Candidates is [var first, ..])
                    {
                        // PERF (bench: zexus bench, fib jit row): the value is loaded, not written through the stack
                        // local's address, so the JIT can keep its fields in registers instead of copying 24-byte
                        // values through memory (only FOR_ITER takes a stack local's address: the iterator's).
                        _il.Emit(OpCodes.Ldarg_2);
                        _il.Emit(OpCodes.Ldc_I4, first.Hops);
                        _il.Emit(OpCodes.Ldc_I4, first.Slot);
                        Call(nameof(JitHelpers.LoadFirst));
                        St(h);
                        EmitBoundCheck(h, done);
                    }

                    StoreIp(pc);
                    EmitLoadNameOrBuiltin(operands[0], h);
                    _il.MarkLabel(done);
                    return 1;
                }

            case STORE_LOCAL:
                EmitNameHelper(pc, nameof(JitHelpers.StoreLocal), [operands[0], operands[1]], value: h - 1, result: -1);
                return 1;
            case STORE_NAME:
                {
                    // PERF (bench: zexus bench, contract jit row): a state variable assigned in an action is its name's
                    // first candidate; only the other cases search.
                    var done = _il.DefineLabel();
                    if (_names[operands[0]].Candidates is [var first, ..])
                    {
                        _il.Emit(OpCodes.Ldarg_2);
                        _il.Emit(OpCodes.Ldc_I4, first.Hops);
                        _il.Emit(OpCodes.Ldc_I4, first.Slot);
                        Ld(h - 1);
                        Call(nameof(JitHelpers.TryStoreFirst));
                        _il.Emit(OpCodes.Brtrue, done);
                    }

                    EmitNameHelper(pc, nameof(JitHelpers.StoreName), [operands[0]], value: h - 1, result: -1);
                    _il.MarkLabel(done);
                    return 1;
                }

            case LOAD_BINDING:
                EmitNameHelper(pc, nameof(JitHelpers.LoadBinding), [operands[0]], value: -1, result: h);
                return 1;
            case DECLARE:
            case DECLARE_CONST:
            case STORE_FUNC:
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, operands[0]);
                Ld(h - 1);
                _il.Emit(ins.Opcode == DECLARE_CONST ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                Call(nameof(JitHelpers.Declare));
                return 1;
            case POP:
            case NOP:
            case AWAIT:
            case REGISTER_EVENT:
                return 1;
            case DUP:
                Ld(h - 1);
                St(h);
                return 1;
            case DUP2:
                Ld(h - 2);
                St(h);
                Ld(h - 1);
                St(h + 1);
                return 1;
            case ADD when IsConcatChain(i, last):
                EmitConcatChain(i, last);
                return 3;
            case ADD:
                EmitAdd(i);
                return 1;
            case SUB:
                EmitSmallIntFirst(i, nameof(JitHelpers.TrySubSmall), nameof(JitHelpers.Sub));
                return 1;
            case DIV:
            case MOD:
            case INDEX:
            case AND:
            case OR:
                StoreIp(pc);
                Ld(h - 2);
                Ld(h - 1);
                Call(ins.Opcode switch { DIV => nameof(JitHelpers.Div), MOD => nameof(JitHelpers.Mod), INDEX => nameof(JitHelpers.Index), AND => nameof(JitHelpers.And), _ => nameof(JitHelpers.Or) });
                StReturned(h - 2);
                return 1;
            case NOT:
                Ld(h - 1);
                Call(nameof(JitHelpers.Not));
                St(h - 1);
                return 1;
            case NEG:
                StoreIp(pc);
                Ld(h - 1);
                Call(nameof(JitHelpers.Negate));
                StReturned(h - 1);
                return 1;
            case EQ:
            case NEQ:
            case LT:
            case GT:
            case LTE:
            case GTE:
                return EmitComparison(i, last);
            case MUL:
                EmitMul(i);
                return 1;

            case STORE_INDEX:
                StoreIp(pc);
                Ld(h - 3);
                Ld(h - 2);
                Ld(h - 1);
                Call(nameof(JitHelpers.StoreIndex));
                return 1;
            case JUMP:
                _il.Emit(OpCodes.Br, EntryOf(ins.Target));
                return 1;
            case JUMP_IF_FALSE:
            case JUMP_IF_TRUE:
                Ld(h - 1);
                Call(nameof(JitHelpers.Truthy));
                _il.Emit(ins.Opcode == JUMP_IF_TRUE ? OpCodes.Brtrue : OpCodes.Brfalse, EntryOf(ins.Target));
                return 1;
            case JUMP_IF_NOT_NULL:
                Ld(h - 1);
                Call(nameof(JitHelpers.IsNull));
                _il.Emit(OpCodes.Brfalse, EntryOf(ins.Target));
                return 1;
            case RETURN:
                Ld(h - 1);
                EmitReturn();
                return 1;
            case RETURN_NULL:
                _il.Emit(OpCodes.Call, NullValue);
                EmitReturn();
                return 1;
            case SETUP_TRY:
            case SETUP_FINALLY:
                _il.Emit(OpCodes.Ldloca, _handlers);
                _il.Emit(OpCodes.Ldc_I4, (int)ins.Target);
                _il.Emit(ins.Opcode == SETUP_FINALLY ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ldc_I4, h);
                _il.Emit(OpCodes.Call, Handlers(nameof(JitHandlers.Setup)));
                return 1;
            case POP_TRY:
            case DROP_PENDING:
            case RERAISE:
                StoreIp(pc);
                _il.Emit(OpCodes.Ldloc, _handlers);
                _il.Emit(OpCodes.Call, Handlers(ins.Opcode switch { POP_TRY => nameof(JitHandlers.Pop), DROP_PENDING => nameof(JitHandlers.DropPending), _ => nameof(JitHandlers.Reraise) }));
                if (ins.Opcode == RERAISE)
                {
                    _il.Emit(OpCodes.Ldnull);
                    _il.Emit(OpCodes.Throw);
                }

                return 1;
            case FOR_ITER:
                EmitForIter(i);
                return 1;
            case CALL_TOP when _plan.PureCallees[i] is var k and >= 0:
                EmitPureCall(i, k);
                return 1;
            case CALL_TOP:
            case SPAWN_CALL:
                EmitCall(i, operands[0]);
                return 1;
            case CALL_METHOD when operands[1] == 1 && _constants[operands[0]] is StringConstant { Value: "push" }:
                EmitPush(i);
                return 1;
            case CALL_METHOD when operands[1] <= 2 && _constants[operands[0]] is StringConstant { Value: var method }:
                EmitMethodCall(i, method, operands[1]);
                return 1;
            default:
                EmitInterpreted(i);
                return 1;
        }
    }

    /// <summary>Calls a name helper: (code, immediates…, scope[, value]) stored to stack local <paramref name="result"/> if any.</summary>
    private void EmitNameHelper(int pc, string helper, int[] immediates, int value, int result)
    {
        StoreIp(pc);
        _il.Emit(OpCodes.Ldarg_0);
        foreach (var immediate in immediates)
        {
            _il.Emit(OpCodes.Ldc_I4, immediate);
        }

        _il.Emit(OpCodes.Ldarg_2);
        if (value >= 0)
        {
            Ld(value);
        }

        Call(helper);
        if (result >= 0)
        {
            StReturned(result);
        }
    }

    private Label EntryOf(long target) => _entry[_plan.BlockAt[(int)target]];

    private void EmitLoadName(int name, int h)
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldc_I4, name);
        _il.Emit(OpCodes.Ldarg_2);
        Call(nameof(JitHelpers.LoadName));
        StReturned(h);
    }

    private void EmitReturn()
    {
        _il.Emit(OpCodes.Stloc, _result);
        _il.Emit(OpCodes.Leave, _return);
    }
}
