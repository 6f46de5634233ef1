using System.Numerics;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Tests.Bytecode;

/// <summary>Hand-built containers that use every part of the model, shared by the bytecode tests.</summary>
internal static class SamplePrograms
{
    public const int BuiltinCount = 8;

    /// <summary>A verifiable program: every constant kind, two modules and a failed one, a contract with an
    /// initializer and an action, an entity with a default, closures, a try/catch, a loop, ABI and metadata.</summary>
    public static ZvmProgram Rich()
    {
        var b = new BytecodeBuilder();
        var p = b.Program;
        p.Metadata["source"] = "main.zx";
        p.Metadata["compiler"] = "zexus-test";
        p.Metadata["Zeta"] = "ordinal: upper case sorts first";

        var main = b.ReserveModule("main.zx");
        var lib = b.ReserveModule("lib/util.zx");
        b.ReserveModule("missing.zx");
        b.SetModule(2, new ModuleUnit { File = "missing.zx", Failure = ModuleFailure.NotFound, FailureDetail = null });

        var kNull = b.Constant(new NullConstant());
        var kTrue = b.Constant(new BooleanConstant(true));
        b.Constant(new BooleanConstant(false));
        var k42 = b.Constant(new IntegerConstant(42));
        b.Constant(new IntegerConstant(0));
        b.Constant(new IntegerConstant(-1));
        b.Constant(new IntegerConstant(255));
        b.Constant(new IntegerConstant(-256));
        b.Constant(new IntegerConstant(BigInteger.Pow(2, 100) * -3 + 7));
        b.Constant(new IntegerConstant(long.MinValue));
        var kFloat = b.Constant(new FloatConstant(1.5));
        b.Constant(new FloatConstant(-0.0));
        b.Constant(new FloatConstant(double.NaN));
        b.Constant(new FloatConstant(double.PositiveInfinity));
        b.Constant(new FloatConstant(double.Epsilon));
        var kEmpty = b.String("");
        var kHello = b.String("héllo ☃ 😀 \"quoted\"\n");
        var kBalance = b.String("balance");
        var kTransfer = b.String("Transfer");

        // Functions: 0 main top level, 1 lib top level, 2 add, 3 contract initializer, 4 action, 5 entity default.
        var fMain = b.ReserveFunction();
        var fLib = b.ReserveFunction();
        var fAdd = b.ReserveFunction();
        var fInit = b.ReserveFunction();
        var fAction = b.ReserveFunction();
        var fDefault = b.ReserveFunction();

        var kContract = b.Constant(new ContractConstant("Token", ["balance", "owner"], 3, fInit, [new ContractAction("transfer", fAction)]));
        var kEntity = b.Constant(new EntityConstant("Point", [new EntityFieldConstant("x", "integer", fDefault), new EntityFieldConstant("y", null, -1)]));
        var kUse = b.Constant(new UseConstant("./lib/util.zx", UseForm.Names, null, ["helper", "other"]));
        b.Constant(new UseConstant("./lib/util.zx", UseForm.Alias, "u", []));

        var f = new FunctionBuilder();
        f.SetPosition(1, 1);
        f.Emit(USE_MODULE, lib, kUse);
        f.Emit(DEFINE_CONTRACT, kContract, 0);
        f.Emit(DEFINE_ENTITY, kEntity, 1);
        f.SetPosition(2, 5);
        f.Emit(LOAD_CONST, k42);
        f.Emit(LOAD_CONST, kFloat);
        f.Emit(CALL_FUNC_CONST, fAdd, 2);
        f.Emit(DECLARE, 2);
        var handler = f.NewLabel();
        var done = f.NewLabel();
        f.SetPosition(3, 1);
        f.Emit(SETUP_TRY, handler);
        f.Emit(LOAD_NAME, f.Name(new NameEntry("x", [new NameCandidate(0, 2)])));
        f.Emit(PRINT, 1);
        f.Emit(POP_TRY);
        f.Emit(JUMP, done);
        f.Mark(handler);
        f.Emit(POP);
        f.Mark(done);
        f.SetPosition(4, 1);
        f.Emit(LOAD_CONST, kHello);
        f.Emit(LOAD_CONST, kEmpty);
        f.Emit(BUILD_LIST, 2);
        f.Emit(GET_ITER);
        var loop = f.NewLabel();
        var exit = f.NewLabel();
        f.Mark(loop);
        f.Emit(FOR_ITER, exit.Id, 1);
        f.Emit(CALL_BUILTIN, 3, 1);
        f.Emit(POP);
        f.Emit(JUMP, loop);
        f.Mark(exit);
        f.Emit(LOAD_CONST, kNull);
        f.Emit(LOAD_CONST, kTrue);
        f.Emit(REQUIRE, 1);
        f.Emit(POP);
        f.Emit(GAS_CHARGE, 1000);
        f.Emit(RETURN_NULL);
        b.SetFunction(fMain, f.Build(null, FunctionFlags.RunsInScope, main, [], 3));

        f = new FunctionBuilder();
        f.SetPosition(1, 1);
        f.Emit(MAKE_CLOSURE, fAdd);
        f.Emit(STORE_FUNC, 0);
        f.Emit(EXPORT_NAME, b.String("helper"));
        f.Emit(RETURN_NULL);
        b.SetFunction(fLib, f.Build(null, FunctionFlags.RunsInScope, lib, [], 1));
        b.SetModule(lib, new ModuleUnit { File = "lib/util.zx", Globals = ["helper"], TopLevel = fLib, HasExports = true });

        f = new FunctionBuilder();
        f.SetPosition(7, 3);
        f.Emit(LOAD_LOCAL, f.Name(new NameEntry("a", [new NameCandidate(0, 0)])), 0);
        f.Emit(LOAD_LOCAL, f.Name(new NameEntry("b", [new NameCandidate(0, 1), new NameCandidate(1, 4)])), 1);
        f.Emit(ADD);
        f.Emit(RETURN);
        b.SetFunction(fAdd, f.Build("add", FunctionFlags.None, main, [0, 1], 2));

        f = new FunctionBuilder();
        f.Emit(LOAD_CONST, k42);
        f.Emit(DECLARE, 0);
        f.Emit(LOAD_CONST, kNull);
        f.Emit(DECLARE, 1);
        f.Emit(RETURN_NULL);
        b.SetFunction(fInit, f.Build(null, FunctionFlags.RunsInScope, main, [], 3));

        f = new FunctionBuilder();
        f.SetPosition(12, 9);
        f.Emit(TX_BEGIN);
        f.Emit(STATE_READ, kBalance);
        f.Emit(LOAD_LOCAL, f.Name(new NameEntry("amount", [new NameCandidate(0, 2)])), 2);
        f.Emit(SUB);
        f.Emit(STATE_WRITE, kBalance);
        f.Emit(LOAD_CONST, k42);
        f.Emit(EMIT_EVENT, kTransfer, 1);
        f.Emit(TX_COMMIT);
        f.Emit(RETURN_NULL);
        b.SetFunction(fAction, f.Build("transfer", FunctionFlags.ContractAction, main, [2], 3));

        f = new FunctionBuilder();
        f.Emit(LOAD_CONST, k42);
        f.Emit(RETURN);
        b.SetFunction(fDefault, f.Build(null, FunctionFlags.Lambda | FunctionFlags.Async, main, [], 0));

        b.SetModule(main, new ModuleUnit { File = "main.zx", Globals = ["Token", "Point", "x"], TopLevel = fMain });
        p.Abi.Add(new ContractAbi("Token", [new AbiAction("transfer", ["amount"])], ["balance", "owner"], ["Transfer"]));
        p.Abi.Add(new ContractAbi("Empty", [], [], []));
        return p;
    }

    /// <summary>One module whose top level is the given code (slots: 4, names: x at slot 0).</summary>
    public static ZvmProgram Single(Action<FunctionBuilder, BytecodeBuilder> body, int slots = 4)
    {
        var b = new BytecodeBuilder();
        b.ReserveModule("t.zx");
        var fn = b.ReserveFunction();
        var f = new FunctionBuilder();
        f.Name(new NameEntry("x", [new NameCandidate(0, 0)]));
        body(f, b);
        b.SetFunction(fn, f.Build("t", FunctionFlags.RunsInScope, 0, [], slots));
        b.SetModule(0, new ModuleUnit { File = "t.zx", TopLevel = fn });
        return b.Program;
    }

    /// <summary>One module whose top level is raw code bytes.</summary>
    public static ZvmProgram Raw(params byte[] code)
    {
        var p = new ZvmProgram();
        p.Constants.Add(new IntegerConstant(1));
        p.Constants.Add(new StringConstant("s"));
        p.Modules.Add(new ModuleUnit { File = "t.zx", TopLevel = 0 });
        p.Functions.Add(new FunctionProto { Name = "t", SlotCount = 2, Code = code, Names = [new NameEntry("x", [new NameCandidate(0, 0)])] });
        return p;
    }

    public static byte Op(ZvmOpcode opcode) => (byte)opcode;
}
