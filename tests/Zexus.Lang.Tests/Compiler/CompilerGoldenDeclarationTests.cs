using Zexus.Vm.Bytecode;
using static Zexus.Lang.Tests.Compiler.GoldenListing;

namespace Zexus.Lang.Tests.Compiler;

/// <summary>
/// Exact instruction sequences for error handling, match, functions and closures, contracts, entities, enums
/// and modules. Function 0 is the main top level; nested functions are numbered in the order the compiler
/// meets them. A function body is compiled before the name it is declared under is interned, so names a body
/// resolves through the global scope take global slots first (as in the evaluator's resolution).
/// </summary>
public class CompilerGoldenDeclarationTests
{
    [Fact]
    public void TryCatch_HandlerDeclaresTheMessage()
    {
        Assert.Equal(Lines("""
            0000 SETUP_TRY 15
            0005 LOAD_CONST 0
            0008 THROW
            0009 POP_TRY
            0010 JUMP 26
            0015 DECLARE 0
            0018 LOAD_LOCAL 0 0
            0023 PRINT 1
            0026 RETURN_NULL
            """), Code("try {\n  throw \"boom\"\n} catch (e) {\n  print(e)\n}"));
    }

    [Fact]
    public void TryCatchWithoutName_HandlerDropsTheMessage()
    {
        Assert.Equal(Lines("""
            0000 SETUP_TRY 17
            0005 LOAD_CONST 0
            0008 PRINT 1
            0011 POP_TRY
            0012 JUMP 24
            0017 POP
            0018 LOAD_CONST 1
            0021 PRINT 1
            0024 RETURN_NULL
            """), Code("try { print(1) } catch { print(2) }"));
    }

    [Fact]
    public void TryFinally_NormalPathInline_ErrorPathReraises()
    {
        Assert.Equal(Lines("""
            0000 SETUP_FINALLY 23
            0005 LOAD_CONST 0
            0008 PRINT 1
            0011 POP_TRY
            0012 LOAD_CONST 1
            0015 PRINT 1
            0018 JUMP 30
            0023 LOAD_CONST 1
            0026 PRINT 1
            0029 RERAISE
            0030 RETURN_NULL
            """), Code("try {\n  print(1)\n} finally {\n  print(2)\n}"));
    }

    [Fact]
    public void TryCatchFinally_CatchRunsUnderTheFinallyHandler()
    {
        Assert.Equal(Lines("""
            0000 SETUP_FINALLY 47
            0005 SETUP_TRY 24
            0010 LOAD_LOCAL 0 0
            0015 CALL_TOP 0
            0017 POP
            0018 POP_TRY
            0019 JUMP 35
            0024 DECLARE 1
            0027 LOAD_LOCAL 1 1
            0032 PRINT 1
            0035 POP_TRY
            0036 LOAD_CONST 0
            0039 PRINT 1
            0042 JUMP 54
            0047 LOAD_CONST 0
            0050 PRINT 1
            0053 RERAISE
            0054 RETURN_NULL
            """), Code("try { f() } catch (e) { print(e) } finally { print(\"done\") }"));
    }

    [Fact]
    public void ReturnInsideTryFinally_PopsHandlerAndRunsFinallyBeforeReturn()
    {
        var program = Compile("function g() {\n  try {\n    return 1\n  } finally {\n    print(\"f\")\n  }\n}");
        Assert.Equal(Lines("""
            0000 MAKE_CLOSURE 1
            0003 STORE_FUNC 0
            0006 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            0000 SETUP_FINALLY 28
            0005 LOAD_CONST 0
            0008 POP_TRY
            0009 LOAD_CONST 1
            0012 PRINT 1
            0015 RETURN
            0016 POP_TRY
            0017 LOAD_CONST 1
            0020 PRINT 1
            0023 JUMP 35
            0028 LOAD_CONST 1
            0031 PRINT 1
            0034 RERAISE
            0035 RETURN_NULL
            """), Code(program, 1));
    }

    [Fact]
    public void ReturnInErrorPathFinally_DropsThePendingError()
    {
        // 6.11: a finally block that returns replaces the pending error.
        Assert.Equal(Lines("""
            0000 SETUP_FINALLY 19
            0005 LOAD_CONST 0
            0008 THROW
            0009 POP_TRY
            0010 LOAD_CONST 1
            0013 RETURN
            0014 JUMP 25
            0019 LOAD_CONST 1
            0022 DROP_PENDING
            0023 RETURN
            0024 RERAISE
            0025 RETURN_NULL
            """), Code("function g() {\n  try { throw \"x\" } finally { return 2 }\n}", 1));
    }

    [Fact]
    public void BreakOutOfTryInLoop_PopsTheHandlerBeforeJumping()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 JUMP_IF_FALSE 31
            0008 SETUP_TRY 25
            0013 POP_TRY
            0014 JUMP 31
            0019 POP_TRY
            0020 JUMP 26
            0025 POP
            0026 JUMP 0
            0031 RETURN_NULL
            """), Code("while true {\n  try {\n    break\n  } catch {\n  }\n}"));
    }

    [Fact]
    public void ContinueOutOfTryFinallyInForEach_RunsFinallyInline()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 BUILD_LIST 1
            0006 GET_ITER
            0007 FOR_ITER 64 1
            0013 DECLARE 0
            0016 SETUP_FINALLY 49
            0021 POP_TRY
            0022 LOAD_LOCAL 0 0
            0027 PRINT 1
            0030 JUMP 7
            0035 POP_TRY
            0036 LOAD_LOCAL 0 0
            0041 PRINT 1
            0044 JUMP 58
            0049 LOAD_LOCAL 0 0
            0054 PRINT 1
            0057 RERAISE
            0058 JUMP 7
            0063 POP
            0064 RETURN_NULL
            """), Code("for each x in [1] {\n  try { continue } finally { print(x) }\n}"));
    }

    [Fact]
    public void Match_LiteralBindingAndWildcardArms()
    {
        // 5.13: literal arms test without popping; a binding declares a copy of the subject before the result.
        var program = Compile("let w = match 2 {\n  1 => \"one\"\n  k => k\n  _ => \"any\"\n}");
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 MATCH_LITERAL 1 19
            0010 POP
            0011 LOAD_CONST 2
            0014 JUMP 44
            0019 DUP
            0020 DECLARE 0
            0023 POP
            0024 LOAD_LOCAL 0 0
            0029 JUMP 44
            0034 POP
            0035 LOAD_CONST 3
            0038 JUMP 44
            0043 MATCH_FAIL
            0044 DECLARE 1
            0047 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("k [0:0]"), Names(program));
    }

    [Fact]
    public void Match_BlockArmEvaluatesToNull()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 MATCH_LITERAL 0 25
            0010 POP
            0011 LOAD_CONST 1
            0014 PRINT 1
            0017 LOAD_CONST 2
            0020 JUMP 35
            0025 POP
            0026 LOAD_CONST 3
            0029 JUMP 35
            0034 MATCH_FAIL
            0035 POP
            0036 RETURN_NULL
            """), Code("match 1 {\n  1 => { print(\"a\") }\n  _ => \"b\"\n}"));
    }

    [Fact]
    public void FunctionAssigningAnOuterName_UsesStoreNameWithHops()
    {
        // 7.3: assignment from inside a function updates the global binding, one scope out.
        var program = Compile("let total = 0\nfunction add(n) { total += n }");
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 MAKE_CLOSURE 1
            0009 STORE_FUNC 2
            0012 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            0000 LOAD_BINDING 0
            0003 LOAD_LOCAL 1 0
            0008 ADD
            0009 STORE_NAME 0
            0012 RETURN_NULL
            """), Code(program, 1));
        Assert.Equal(Lines("""
            total [1:0]
            n [0:0, 1:1]
            """), Names(program, 1));
        Assert.Equal([0], program.Functions[1].ParamSlots);
    }

    [Fact]
    public void Closure_CapturesTheEnclosingCallScope()
    {
        var program = Compile("function outer() {\n  let count = 0\n  return () => {\n    count = count + 1\n    return count\n  }\n}");
        Assert.Equal(Lines("""
            0000 MAKE_CLOSURE 1
            0003 STORE_FUNC 1
            0006 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 MAKE_CLOSURE 2
            0009 RETURN
            0010 RETURN_NULL
            """), Code(program, 1));
        Assert.Equal(Lines("""
            0000 LOAD_NAME 0
            0003 LOAD_CONST 1
            0006 ADD
            0007 STORE_NAME 0
            0010 LOAD_NAME 0
            0013 RETURN
            0014 RETURN_NULL
            """), Code(program, 2));
        Assert.Equal(Lines("count [1:0, 2:0]"), Names(program, 2));
        Assert.Equal(FunctionFlags.Lambda, program.Functions[2].Flags);
    }

    [Fact]
    public void ArrowAndLambda_ExpressionBodiesReturnTheirValue()
    {
        var program = Compile("let sq = x => x * x\nlet add = lambda(a, b): a + b");
        Assert.Equal(Lines("""
            0000 MAKE_CLOSURE 1
            0003 DECLARE 1
            0006 MAKE_CLOSURE 2
            0009 DECLARE 4
            0012 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            0000 LOAD_LOCAL 0 0
            0005 LOAD_LOCAL 0 0
            0010 MUL
            0011 RETURN
            """), Code(program, 1));
        Assert.Equal(Lines("""
            0000 LOAD_LOCAL 0 0
            0005 LOAD_LOCAL 1 1
            0010 ADD
            0011 RETURN
            """), Code(program, 2));
        Assert.Equal(Lines("""
            a [0:0, 1:2]
            b [0:1, 1:3]
            """), Names(program, 2));
    }

    [Fact]
    public void AsyncFunctionAndAwait()
    {
        var program = Compile("async action d(n) { return n }\nprint(await d(1))");
        Assert.Equal(Lines("""
            0000 MAKE_CLOSURE 1
            0003 STORE_FUNC 1
            0006 LOAD_LOCAL 0 1
            0011 LOAD_CONST 0
            0014 CALL_TOP 1
            0016 AWAIT
            0017 PRINT 1
            0020 RETURN_NULL
            """), Code(program));
        Assert.Equal(FunctionFlags.Async, program.Functions[1].Flags);
    }

    [Fact]
    public void Contract_InitializerActionsWithThisAndMsgSlots()
    {
        var program = Compile("contract C {\n  state n = 1\n  action inc(by) {\n    this.n = this.n + by\n    emit Inc(by)\n  }\n}");
        Assert.Equal(Lines("""
            0000 DEFINE_CONTRACT 3 0
            0005 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 RETURN_NULL
            """), Code(program, 1));
        Assert.Equal(Lines("""
            0000 LOAD_LOCAL 0 0
            0005 LOAD_LOCAL 0 0
            0010 GET_ATTR 1
            0013 LOAD_LOCAL 1 2
            0018 ADD
            0019 STORE_ATTR 1
            0022 LOAD_LOCAL 1 2
            0027 EMIT_EVENT 2 1
            0031 RETURN_NULL
            """), Code(program, 2));
        Assert.Equal(Lines("""
            this [0:0, 2:1]
            by [0:2, 2:2]
            """), Names(program, 2));
        Assert.Equal(Lines("""
            Integer 1
            String "n"
            String "Inc"
            Contract contract C state [n] scope 1 initializer f1 actions [inc f2]
            """), Constants(program));
        var inc = program.Functions[2];
        Assert.Equal(FunctionFlags.ContractAction, inc.Flags);
        Assert.Equal([2], inc.ParamSlots);
        Assert.Equal(3, inc.SlotCount);
        Assert.Equal(FunctionFlags.RunsInScope, program.Functions[1].Flags);
        var abi = Assert.Single(program.Abi);
        Assert.Equal(["n"], abi.StateVariables);
        Assert.Equal(["Inc"], abi.Events);
    }

    [Fact]
    public void Entity_DefaultsAreFunctionsRunInTheDeclaringScope()
    {
        var program = Compile("entity P {\n  x\n  y = 5\n}");
        Assert.Equal(Lines("""
            0000 DEFINE_ENTITY 1 0
            0005 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 RETURN
            """), Code(program, 1));
        Assert.Equal(FunctionFlags.RunsInScope, program.Functions[1].Flags);
        Assert.Equal(Lines("""
            Integer 5
            Entity entity P fields [x, y = f1]
            """), Constants(program));
    }

    [Fact]
    public void Enum_IsAMapOfMemberIndexes()
    {
        // 12: equivalent to let Color = {Red: 0, Green: 1}.
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 LOAD_CONST 2
            0009 LOAD_CONST 3
            0012 BUILD_MAP 2
            0015 DECLARE 0
            0018 RETURN_NULL
            """), Code("enum Color { Red, Green }"));
    }

    [Fact]
    public void UseAndExport()
    {
        var program = Compile("use \"./missing_golden_lib.zx\" as lib\nexport let a = 1\nexport a");
        Assert.Equal(Lines("""
            0000 USE_MODULE 1 0
            0005 LOAD_CONST 1
            0008 DECLARE 1
            0011 EXPORT_NAME 2
            0014 EXPORT_NAME 2
            0017 RETURN_NULL
            """), Code(program));
        Assert.Equal(ModuleFailure.NotFound, program.Modules[1].Failure);
        Assert.Equal(["lib", "a"], program.Modules[0].Globals);
        Assert.True(program.Modules[0].HasExports);
    }
}
