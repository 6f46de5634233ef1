using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using static Zexus.Vm.Isa.ZvmOpcode;
using static Zexus.Vm.Tests.Bytecode.SamplePrograms;

namespace Zexus.Vm.Tests.Bytecode;

public class VerifierTests
{
    private const byte Ret = (byte)RETURN_NULL;

    [Fact]
    public void RichProgram_Accepted_MaxStackRecorded()
    {
        var p = Rich();
        var result = ZvmVerifier.Verify(p, BuiltinCount);
        Assert.Equal([2, 1, 2, 1, 2, 1], result.MaxStack);
        Assert.Equal(2, p.Functions[0].MaxStack);
        Assert.True(result.Instructions > 30);
    }

    [Fact]
    public void RoundTripped_Accepted() =>
        ZvmVerifier.Verify(ZvmDeserializer.Deserialize(ZvmSerializer.Serialize(Rich())), BuiltinCount);

    [Fact]
    public void Rejection_NamesFunctionOffsetAndReason()
    {
        var e = Rejects(Raw(Op(LOAD_CONST), 0, 0, Op(ADD), Ret), 3, "stack underflow: ADD needs 2 values, height is 1");
        Assert.Equal(0, e.FunctionIndex);
        Assert.Equal("t", e.FunctionName);
        Assert.Equal("verification failed: function 0 't' at offset 3: stack underflow: ADD needs 2 values, height is 1", e.Message);
    }

    [Fact]
    public void Rejected_MaxStackNotRecorded()
    {
        var p = Rich();
        p.Functions.Add(new FunctionProto { Code = [Op(POP), Ret] });
        Assert.Throws<VerificationException>(() => ZvmVerifier.Verify(p, BuiltinCount));
        Assert.All(p.Functions, f => Assert.Equal(0, f.MaxStack));
    }

    // Container.

    [Fact]
    public void FormatVersion_Unsupported() =>
        Container(new ZvmProgram { FormatVersion = 2, Modules = [new ModuleUnit { File = "a" }] }, "unsupported format version 2 (supported: 1)");

    [Fact]
    public void Target_NotNative() =>
        Container(new ZvmProgram { Target = ZvmTarget.Evm }, "target Evm cannot run on the ZVM (expected ZvmNative)");

    [Fact]
    public void Modules_None() => Container(new ZvmProgram(), "no modules (module 0 is the main program)");

    [Fact]
    public void Module_TopLevelOutOfRange()
    {
        var p = Raw(Ret);
        p.Modules.Add(new ModuleUnit { File = "b.zx", TopLevel = 5 });
        Container(p, "top-level function function 5 out of range (1 functions)", "module 1 'b.zx'");
    }

    [Fact]
    public void Module_NoTopLevelWithoutFailure()
    {
        var p = Raw(Ret);
        p.Modules.Add(new ModuleUnit { File = "b.zx" });
        Container(p, "no top-level function, but the module did not fail to compile", "module 1 'b.zx'");
    }

    [Fact]
    public void Module_FailedWithoutTopLevel_Accepted()
    {
        var p = Raw(Ret);
        p.Modules.Add(new ModuleUnit { File = "b.zx", Failure = ModuleFailure.SyntaxError, FailureDetail = "line 1: x" });
        ZvmVerifier.Verify(p, 0);
    }

    [Fact]
    public void Contract_InitializerOutOfRange() =>
        ConstantRejected(new ContractConstant("C", [], 0, 3, []), "contract 'C' initializer function 3 out of range (1 functions)");

    [Fact]
    public void Contract_ActionOutOfRange() =>
        ConstantRejected(new ContractConstant("C", [], 0, 0, [new ContractAction("go", 7)]), "contract 'C' action 'go' function 7 out of range (1 functions)");

    [Fact]
    public void Contract_ScopeSmallerThanState() =>
        ConstantRejected(new ContractConstant("C", ["a", "b"], 1, 0, []), "contract 'C' state scope size 1 is smaller than its 2 state variables");

    [Fact]
    public void Entity_DefaultOutOfRange() =>
        ConstantRejected(new EntityConstant("E", [new EntityFieldConstant("f", null, 4)]), "entity 'E' field 'f' default function 4 out of range (1 functions)");

    [Fact]
    public void Use_AliasFormWithoutAlias() =>
        ConstantRejected(new UseConstant("p", UseForm.Alias, null, []), "use \"p\": alias form without an alias");

    // Function headers.

    [Fact]
    public void Function_ModuleOutOfRange() =>
        Header(new FunctionProto { Module = 1, Code = [Ret] }, "module 1 out of range (1 modules)");

    [Fact]
    public void Function_UnknownFlags() =>
        Header(new FunctionProto { Flags = (FunctionFlags)0x40, Code = [Ret] }, "unknown flag bits 0x40");

    [Fact]
    public void Function_ParameterSlotOutOfRange() =>
        Header(new FunctionProto { ParamSlots = [0, 2], SlotCount = 2, Code = [Ret] }, "parameter 1 slot 2 out of range (2 slots)");

    [Fact]
    public void Name_NegativeHops() =>
        Header(new FunctionProto { Names = [new NameEntry("n", [new NameCandidate(-1, 0)])], Code = [Ret] }, "name 0 ('n') has an impossible candidate (hops -1, slot 0)");

    [Fact]
    public void Name_LocalSlotOutOfRange() =>
        Header(new FunctionProto { SlotCount = 1, Names = [new NameEntry("n", [new NameCandidate(0, 1)])], Code = [Ret] }, "name 0 ('n') candidate slot 1 of the current scope out of range (1 slots)");

    [Fact]
    public void Name_OuterSlotUnchecked_Accepted() =>
        ZvmVerifier.Verify(WithFunction(new FunctionProto { Names = [new NameEntry("n", [new NameCandidate(2, 40)])], Code = [Ret] }), 0);

    [Fact]
    public void LineTable_OutOfOrder() =>
        Header(new FunctionProto { Code = [Op(NOP), Ret], Lines = [new LineEntry(1, 1, 1), new LineEntry(0, 2, 1)] }, "line table entry at offset 0 is out of order or past the code (length 2)");

    [Fact]
    public void LineTable_PastCode() =>
        Header(new FunctionProto { Code = [Ret], Lines = [new LineEntry(2, 1, 1)] }, "line table entry at offset 2 is out of order or past the code (length 1)");

    [Fact]
    public void Code_Empty() => Rejects(Raw(), 0, "empty code: execution would fall off the end");

    // Decoding and operands.

    [Fact]
    public void Opcode_Unknown() => Rejects(Raw(Op(NOP), 0x09, Ret), 1, "unknown opcode 0x09");

    [Fact]
    public void Opcode_UnknownInDeadCode() => Rejects(Raw(Ret, 0xEE), 1, "unknown opcode 0xEE");

    [Fact]
    public void Instruction_Truncated() => Rejects(Raw(Op(NOP), Op(JUMP), 0, 0), 1, "truncated instruction: JUMP needs 5 bytes, 3 remain");

    [Fact]
    public void Constant_IndexOutOfRange() => Rejects(Raw(Op(LOAD_CONST), 2, 0, Op(RETURN)), 0, "LOAD_CONST: constant index 2 out of range (2 constants)");

    [Theory]
    [InlineData(GET_ATTR)]
    [InlineData(STORE_ATTR)]
    [InlineData(EXPORT_NAME)]
    [InlineData(STATE_READ)]
    [InlineData(STATE_WRITE)]
    [InlineData(REGISTER_EVENT)]
    [InlineData(LEDGER_APPEND)]
    public void Constant_StringRequired(ZvmOpcode opcode) =>
        Rejects(Raw(Op(opcode), 0, 0, Ret), 0, $"{opcode} needs a String constant; constant 0 is Integer");

    [Theory]
    [InlineData(CALL_METHOD)]
    [InlineData(EMIT_EVENT)]
    public void Constant_StringRequired_WithCount(ZvmOpcode opcode) =>
        Rejects(Raw(Op(opcode), 0, 0, 0, Ret), 0, $"{opcode} needs a String constant; constant 0 is Integer");

    [Fact]
    public void Constant_ContractRequired() =>
        Rejects(Raw(Op(DEFINE_CONTRACT), 1, 0, 0, 0, Ret), 0, "DEFINE_CONTRACT needs a Contract constant; constant 1 is String");

    [Fact]
    public void Constant_EntityRequired() =>
        Rejects(Raw(Op(DEFINE_ENTITY), 1, 0, 0, 0, Ret), 0, "DEFINE_ENTITY needs an Entity constant; constant 1 is String");

    [Fact]
    public void Constant_UseRequired() =>
        Rejects(Raw(Op(USE_MODULE), 0, 0, 1, 0, Ret), 0, "USE_MODULE needs a Use constant; constant 1 is String");

    [Fact]
    public void Constant_ValueRequired_ForLoadConst()
    {
        var p = Raw(Op(LOAD_CONST), 2, 0, Op(RETURN));
        p.Constants.Add(new EntityConstant("E", []));
        Rejects(p, 0, "LOAD_CONST needs a value constant (null, boolean, integer, float or string); constant 2 is Entity");
    }

    [Fact]
    public void Constant_ValueRequired_ForMatchLiteral()
    {
        var p = Raw(Op(LOAD_CONST), 0, 0, Op(MATCH_LITERAL), 2, 0, 0, 0, 0, 0, Op(RETURN));
        p.Constants.Add(new UseConstant("p", UseForm.All, null, []));
        Rejects(p, 3, "MATCH_LITERAL needs a value constant (null, boolean, integer, float or string); constant 2 is Use");
    }

    [Fact]
    public void Name_IndexOutOfRange() => Rejects(Raw(Op(LOAD_NAME), 1, 0, Op(RETURN)), 0, "LOAD_NAME: name index 1 out of range (1 names)");

    [Fact]
    public void LoadLocal_FirstCandidateNotLocal()
    {
        var p = Raw(Op(LOAD_LOCAL), 0, 0, 0, 0, Op(RETURN));
        p.Functions[0] = new FunctionProto { SlotCount = 2, Code = p.Functions[0].Code, Names = [new NameEntry("y", [new NameCandidate(1, 0)])] };
        Rejects(p, 0, "LOAD_LOCAL name 0 ('y') does not start with slot 0 of the current scope");
    }

    [Fact]
    public void StoreLocal_SlotOperandMustMatchFirstCandidate()
    {
        var p = Raw(Op(LOAD_CONST), 0, 0, Op(STORE_LOCAL), 0, 0, 1, 0, Op(RETURN_NULL));
        p.Functions[0] = new FunctionProto { SlotCount = 2, Code = p.Functions[0].Code, Names = [new NameEntry("y", [new NameCandidate(0, 0)])] };
        Rejects(p, 3, "STORE_LOCAL name 0 ('y') does not start with slot 1 of the current scope");
    }

    [Fact]
    public void Slot_OutOfRange() => Rejects(Raw(Op(LOAD_CONST), 0, 0, Op(DECLARE), 2, 0, Ret), 3, "DECLARE: slot 2 out of range (2 slots)");

    [Fact]
    public void Function_OperandOutOfRange() => Rejects(Raw(Op(MAKE_CLOSURE), 1, 0, Op(RETURN)), 0, "MAKE_CLOSURE: function index 1 out of range (1 functions)");

    [Fact]
    public void Builtin_OutOfRange() =>
        Rejects(Raw(Op(CALL_BUILTIN), 8, 0, 0, Op(RETURN)), 0, "CALL_BUILTIN: built-in index 8 out of range (8 built-ins)", builtins: 8);

    [Fact]
    public void Module_OperandOutOfRange()
    {
        var p = Raw(Op(USE_MODULE), 1, 0, 2, 0, Ret);
        p.Constants.Add(new UseConstant("p", UseForm.All, null, []));
        Rejects(p, 0, "USE_MODULE: module index 1 out of range (1 modules)");
    }

    [Fact]
    public void ForIter_BadMode() =>
        Rejects(Raw(Op(NOP), Op(FOR_ITER), 0, 0, 0, 0, 3, Ret), 1, "FOR_ITER mode 3 is not 1 (elements) or 2 (index/key and element/value)");

    [Fact]
    public void Require_BadCount() => Rejects(Raw(Op(REQUIRE), 0, Ret), 0, "REQUIRE takes 1 (condition) or 2 (condition, message) values, not 0");

    // Jumps.

    [Fact]
    public void Jump_OutsideCode() => Rejects(Raw(Op(JUMP), 9, 0, 0, 0), 0, "JUMP: jump target 9 is outside the code (length 5)");

    [Fact]
    public void Jump_HugeTarget() => Rejects(Raw(Op(JUMP), 0xFF, 0xFF, 0xFF, 0xFF), 0, "JUMP: jump target 4294967295 is outside the code (length 5)");

    [Fact]
    public void Jump_IntoInstruction() => Rejects(Raw(Op(JUMP), 6, 0, 0, 0, Op(LOAD_CONST), 0, 0, Op(RETURN)), 0, "JUMP: jump target 6 is not an instruction boundary");

    // Stack.

    [Fact]
    public void Stack_Underflow() => Rejects(Raw(Op(POP), Ret), 0, "stack underflow: POP needs 1 values, height is 0");

    [Fact]
    public void Stack_UnderflowFromOperandCount() =>
        Rejects(Raw(Op(LOAD_CONST), 0, 0, Op(BUILD_MAP), 1, 0, Op(RETURN)), 3, "stack underflow: BUILD_MAP needs 2 values, height is 1");

    [Fact]
    public void MatchLiteral_NeedsValue() =>
        Rejects(Raw(Op(MATCH_LITERAL), 0, 0, 7, 0, 0, 0, Ret), 0, "stack underflow: MATCH_LITERAL needs 1 values, height is 0");

    [Fact]
    public void Stack_MergeMismatch()
    {
        // if (c) push 1; — the join sees height 0 on the branch and 1 on the fall-through.
        var p = Single((f, _) =>
        {
            var join = f.NewLabel();
            f.Emit(LOAD_CONST, 0);
            f.Emit(JUMP_IF_FALSE, join);
            f.Emit(LOAD_CONST, 0);
            f.Mark(join);
            f.Emit(RETURN_NULL);
        });
        p.Constants.Add(new BooleanConstant(true));
        Rejects(p, 11, "stack height mismatch at merge point: 0 on one path, 1 on the path from offset 8");
    }

    [Fact]
    public void Stack_LoopGrowing_MergeMismatch()
    {
        var p = Single((f, _) =>
        {
            var top = f.NewLabel();
            f.Mark(top);
            f.Emit(LOAD_CONST, 0);
            f.Emit(JUMP, top);
        });
        p.Constants.Add(new NullConstant());
        Rejects(p, 0, "stack height mismatch at merge point: 0 on one path, 1 on the path from offset 3");
    }

    [Fact]
    public void Stack_ExceedsLimit()
    {
        var code = new List<byte>();
        for (var i = 0; i < ZvmVerifier.StackLimit + 1; i++)
        {
            code.AddRange([Op(LOAD_CONST), 0, 0]);
        }

        code.Add(Ret);
        Rejects(Raw([.. code]), ZvmVerifier.StackLimit * 3, "stack height 1025 exceeds the limit 1024");
    }

    [Fact]
    public void Stack_AtLimit_Accepted()
    {
        var code = new List<byte>();
        for (var i = 0; i < ZvmVerifier.StackLimit; i++)
        {
            code.AddRange([Op(LOAD_CONST), 0, 0]);
        }

        code.Add(Ret);
        Assert.Equal(ZvmVerifier.StackLimit, ZvmVerifier.Verify(Raw([.. code]), 0).MaxStack[0]);
    }

    [Fact]
    public void FallsOffEnd() =>
        Rejects(Raw(Op(LOAD_CONST), 0, 0, Op(POP)), 3, "execution falls off the end of the code after POP (every path must end in a terminating instruction)");

    [Fact]
    public void FallsOffEnd_OnOnePath()
    {
        // JUMP_IF_FALSE to a RETURN_NULL; the fall-through path reaches the end without one.
        var code = new byte[] { Op(LOAD_CONST), 0, 0, Op(JUMP_IF_FALSE), 10, 0, 0, 0, Op(JUMP), 10, 0, 0, 0, Ret };
        code[4] = 13;
        code[9] = 13;
        ZvmVerifier.Verify(Raw(code), 0);
        Rejects(Raw(Op(LOAD_CONST), 0, 0, Op(JUMP_IF_FALSE), 9, 0, 0, 0, Ret, Op(NOP)), 9, "execution falls off the end of the code after NOP");
    }

    // Try handlers.

    [Fact]
    public void PopTry_WithoutHandler() => Rejects(Raw(Op(POP_TRY), Ret), 0, "POP_TRY without an installed try handler");

    [Fact]
    public void Try_HandlerMismatchAtMerge()
    {
        // SETUP_TRY h; JUMP h — the handler is reached with and without the handler installed.
        Rejects(Raw(Op(SETUP_TRY), 10, 0, 0, 0, Op(JUMP), 10, 0, 0, 0, Op(RETURN)), 10,
            "stack height mismatch at merge point: 1 on one path, 0 on the path from offset 5");
        Rejects(Raw(Op(SETUP_FINALLY), 10, 0, 0, 0, Op(JUMP), 10, 0, 0, 0, Ret), 10,
            "try handler mismatch at merge point: 0 handlers installed on one path, 1 on the path from offset 5");
    }

    [Fact]
    public void Try_HandlerEdgeCarriesMessage_Accepted()
    {
        // SETUP_TRY h; POP_TRY; RETURN_NULL; h: RETURN (the caught message).
        var p = Raw(Op(SETUP_TRY), 7, 0, 0, 0, Op(POP_TRY), Ret, Op(RETURN));
        Assert.Equal(1, ZvmVerifier.Verify(p, 0).MaxStack[0]);
    }

    [Fact]
    public void Try_FinallyHandlerEdgeHasNoMessage()
    {
        Rejects(Raw(Op(SETUP_FINALLY), 7, 0, 0, 0, Op(POP_TRY), Ret, Op(RETURN)), 7, "stack underflow: RETURN needs 1 values, height is 0");
        ZvmVerifier.Verify(Raw(Op(SETUP_FINALLY), 7, 0, 0, 0, Op(POP_TRY), Ret, Op(RERAISE)), 0);
    }

    [Fact]
    public void ConstantRequirements_EveryConstOperandOpcodeHasOne()
    {
        foreach (var info in OpcodeTable.All)
        {
            var hasConst = info.Operands.Contains(OperandKind.Const);
            Assert.True(hasConst == (ConstantRequirements.For(info.Opcode) != ConstantRequirement.None), info.Mnemonic);
        }
    }

    private static VerificationException Rejects(ZvmProgram program, int offset, string reason, int builtins = 0)
    {
        var e = Assert.Throws<VerificationException>(() => ZvmVerifier.Verify(program, builtins));
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal(offset, e.Offset);
        Assert.Equal(0, e.FunctionIndex);
        Assert.Contains($"at offset {offset}", e.Message, StringComparison.Ordinal);
        return e;
    }

    private static void Container(ZvmProgram program, string reason, string location = "container")
    {
        var e = Assert.Throws<VerificationException>(() => ZvmVerifier.Verify(program, 0));
        Assert.Equal(reason, e.Reason);
        Assert.Equal(location, e.Location);
        Assert.Equal(-1, e.FunctionIndex);
    }

    private static void ConstantRejected(Constant constant, string reason)
    {
        var p = Raw(Ret);
        p.Constants.Add(constant);
        Container(p, reason, "constant 2");
    }

    private static ZvmProgram WithFunction(FunctionProto function)
    {
        var p = Raw(Ret);
        p.Functions[0] = function;
        return p;
    }

    private static void Header(FunctionProto function, string reason)
    {
        var e = Assert.Throws<VerificationException>(() => ZvmVerifier.Verify(WithFunction(function), 0));
        Assert.Equal(reason, e.Reason);
        Assert.Equal(0, e.FunctionIndex);
        Assert.Equal(-1, e.Offset);
        Assert.StartsWith("function 0 <anonymous>", e.Location, StringComparison.Ordinal);
    }
}
