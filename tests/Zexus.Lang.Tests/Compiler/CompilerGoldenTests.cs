using static Zexus.Lang.Tests.Compiler.GoldenListing;

namespace Zexus.Lang.Tests.Compiler;

/// <summary>
/// Exact instruction sequences for expressions and statements (issue 3, compiler golden tests). Each expected
/// listing is derived from LANGUAGE.md and the instruction table, not copied from the compiler: offsets follow
/// from the encoded sizes (LOAD_CONST 3, LOAD_LOCAL 5, jumps 5, FOR_ITER 6, MATCH_LITERAL 7, …), constants are
/// numbered in order of first use, and top-level names resolve to slots of the global scope (LOAD_LOCAL).
/// Declarations, functions, contracts and modules are in <see cref="CompilerGoldenDeclarationTests"/>.
/// </summary>
public class CompilerGoldenTests
{
    [Fact]
    public void Literals_EqualValuesShareOneConstant_IntegerAndFloatStayApart()
    {
        var program = Compile("let a = 1\nlet b = 1\nlet c = 1.0\nlet d = \"x\"\nlet e = \"x\"\nlet f = true\nlet g = null\nlet h = false\nlet i = null\n");
        Assert.Equal(Lines("""
            Integer 1
            Float 1.0
            String "x"
            Boolean true
            Null null
            Boolean false
            """), Constants(program));
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_CONST 0
            0009 DECLARE 1
            0012 LOAD_CONST 1
            0015 DECLARE 2
            0018 LOAD_CONST 2
            0021 DECLARE 3
            0024 LOAD_CONST 2
            0027 DECLARE 4
            0030 LOAD_CONST 3
            0033 DECLARE 5
            0036 LOAD_CONST 4
            0039 DECLARE 6
            0042 LOAD_CONST 5
            0045 DECLARE 7
            0048 LOAD_CONST 4
            0051 DECLARE 8
            0054 RETURN_NULL
            """), Code(program));
    }

    [Fact]
    public void Arithmetic_PrecedenceAndAssociativity()
    {
        // (1 + 2 * 3) - ((4 / (2 ** 2)) % 5)  (LANGUAGE.md 2.7)
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 LOAD_CONST 2
            0009 MUL
            0010 ADD
            0011 LOAD_CONST 3
            0014 LOAD_CONST 1
            0017 LOAD_CONST 1
            0020 POW
            0021 DIV
            0022 LOAD_CONST 4
            0025 MOD
            0026 SUB
            0027 PRINT 1
            0030 RETURN_NULL
            """), Code("print(1 + 2 * 3 - 4 / 2 ** 2 % 5)"));
    }

    [Fact]
    public void Power_BindsTighterThanUnaryMinus_IsRightAssociative_AndBeforeOr()
    {
        // -(2 ** 2), 2 ** (3 ** 2), true || (false && false)
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 0
            0006 POW
            0007 NEG
            0008 LOAD_CONST 0
            0011 LOAD_CONST 1
            0014 LOAD_CONST 0
            0017 POW
            0018 POW
            0019 LOAD_CONST 2
            0022 LOAD_CONST 3
            0025 LOAD_CONST 3
            0028 AND
            0029 OR
            0030 PRINT 3
            0033 RETURN_NULL
            """), Code("print(-2 ** 2, 2 ** 3 ** 2, true || false && false)"));
    }

    [Fact]
    public void LogicalOperators_EvaluateBothOperands_NoJumps()
    {
        // 5.7: no short circuit, so both operands are always on the stack before AND/OR.
        var program = Compile("let a = true\nprint(a && false || a)");
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 LOAD_CONST 1
            0014 AND
            0015 LOAD_LOCAL 0 0
            0020 OR
            0021 PRINT 1
            0024 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("a [0:0]"), Names(program));
    }

    [Fact]
    public void UnaryOperators_NegateAndNot()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 NEG
            0012 LOAD_LOCAL 0 0
            0017 NOT
            0018 LOAD_CONST 1
            0021 PRINT 3
            0024 RETURN_NULL
            """), Code("let a = 1\nprint(-a, !a, 0)"));
    }

    [Fact]
    public void NullCoalescing_SkipsRightOperandWhenLeftIsNotNull()
    {
        // 5.8: JUMP_IF_NOT_NULL keeps the left value and skips the right operand.
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 JUMP_IF_NOT_NULL 19
            0016 LOAD_CONST 1
            0019 DECLARE 1
            0022 RETURN_NULL
            """), Code("let a = null\nlet b = a ?? 5"));
    }

    [Fact]
    public void NullCoalescing_RightOperandIsTheWholeSum()
    {
        // null ?? (1 + 2)
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 JUMP_IF_NOT_NULL 15
            0008 LOAD_CONST 1
            0011 LOAD_CONST 2
            0014 ADD
            0015 PRINT 1
            0018 RETURN_NULL
            """), Code("print(null ?? 1 + 2)"));
    }

    [Fact]
    public void ConditionalExpression_EvaluatesOnlyTheTakenBranch()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 LOAD_CONST 1
            0014 GT
            0015 JUMP_IF_FALSE 28
            0020 LOAD_CONST 2
            0023 JUMP 31
            0028 LOAD_CONST 3
            0031 DECLARE 1
            0034 RETURN_NULL
            """), Code("let a = 1\nlet b = a > 0 ? \"pos\" : \"neg\""));
    }

    [Fact]
    public void LetConstAssignAndCompound_OnGlobalNames()
    {
        // 6.2: compound assignment reads the nearest binding (LOAD_BINDING: no built-in fallback,
        // constant check) before the right-hand side is evaluated.
        var program = Compile("let x = 1\nconst y = 2\nx = x + y\nx += 3");
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_CONST 1
            0009 DECLARE_CONST 1
            0012 LOAD_LOCAL 0 0
            0017 LOAD_LOCAL 1 1
            0022 ADD
            0023 STORE_LOCAL 0 0
            0028 LOAD_BINDING 0
            0031 LOAD_CONST 2
            0034 ADD
            0035 STORE_LOCAL 0 0
            0040 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            x [0:0]
            y [0:1]
            """), Names(program));
    }

    [Fact]
    public void CompoundAssignment_EveryOperator()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_BINDING 0
            0009 LOAD_CONST 1
            0012 SUB
            0013 STORE_LOCAL 0 0
            0018 LOAD_BINDING 0
            0021 LOAD_CONST 1
            0024 MUL
            0025 STORE_LOCAL 0 0
            0030 LOAD_BINDING 0
            0033 LOAD_CONST 1
            0036 DIV
            0037 STORE_LOCAL 0 0
            0042 LOAD_BINDING 0
            0045 LOAD_CONST 1
            0048 MOD
            0049 STORE_LOCAL 0 0
            0054 LOAD_BINDING 0
            0057 LOAD_CONST 1
            0060 POW
            0061 STORE_LOCAL 0 0
            0066 RETURN_NULL
            """), Code("let x = 9\nx -= 2\nx *= 2\nx /= 2\nx %= 2\nx **= 2"));
    }

    [Fact]
    public void MemberCompoundAssignment_DuplicatesTheTarget()
    {
        // 6.2: e is evaluated once; DUP keeps it for the store after GET_ATTR consumed one copy.
        var program = Compile("let m = {a: 1}\nm.a += 2\nm.b = 3");
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 BUILD_MAP 1
            0009 DECLARE 0
            0012 LOAD_LOCAL 0 0
            0017 DUP
            0018 GET_ATTR 0
            0021 LOAD_CONST 2
            0024 ADD
            0025 STORE_ATTR 0
            0028 LOAD_LOCAL 0 0
            0033 LOAD_CONST 3
            0036 STORE_ATTR 4
            0039 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            String "a"
            Integer 1
            Integer 2
            Integer 3
            String "b"
            """), Constants(program));
    }

    [Fact]
    public void IndexCompoundAssignment_DuplicatesTargetAndIndex()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 BUILD_LIST 2
            0009 DECLARE 0
            0012 LOAD_LOCAL 0 0
            0017 LOAD_CONST 2
            0020 DUP2
            0021 INDEX
            0022 LOAD_CONST 3
            0025 MUL
            0026 STORE_INDEX
            0027 RETURN_NULL
            """), Code("let xs = [1, 2]\nxs[0] *= 5"));
    }

    [Fact]
    public void IndexAndMemberReads()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 BUILD_LIST 1
            0009 BUILD_MAP 1
            0012 DECLARE 0
            0015 LOAD_LOCAL 0 0
            0020 GET_ATTR 0
            0023 LOAD_CONST 2
            0026 INDEX
            0027 PRINT 1
            0030 RETURN_NULL
            """), Code("let m = {a: [1]}\nprint(m.a[0])"));
    }

    [Fact]
    public void IfElifElse_EachBranchJumpsToTheEnd()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 LOAD_CONST 1
            0014 EQ
            0015 JUMP_IF_FALSE 31
            0020 LOAD_CONST 2
            0023 PRINT 1
            0026 JUMP 62
            0031 LOAD_LOCAL 0 0
            0036 LOAD_CONST 0
            0039 EQ
            0040 JUMP_IF_FALSE 56
            0045 LOAD_CONST 3
            0048 PRINT 1
            0051 JUMP 62
            0056 LOAD_CONST 4
            0059 PRINT 1
            0062 RETURN_NULL
            """), Code("let x = 2\nif x == 1 { print(\"one\") } elif x == 2 { print(\"two\") } else { print(\"many\") }"));
    }

    [Fact]
    public void IfWithoutElse_TakenBranchJumpsToTheNextStatement()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 JUMP_IF_FALSE 19
            0008 LOAD_CONST 1
            0011 PRINT 1
            0014 JUMP 19
            0019 RETURN_NULL
            """), Code("if true { print(1) }"));
    }

    [Fact]
    public void While_BreakJumpsPastTheLoop_ContinueReevaluatesTheCondition()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 LOAD_CONST 1
            0014 LT
            0015 JUMP_IF_FALSE 93
            0020 LOAD_BINDING 0
            0023 LOAD_CONST 2
            0026 ADD
            0027 STORE_LOCAL 0 0
            0032 LOAD_LOCAL 0 0
            0037 LOAD_CONST 3
            0040 EQ
            0041 JUMP_IF_FALSE 56
            0046 JUMP 6
            0051 JUMP 56
            0056 LOAD_LOCAL 0 0
            0061 LOAD_CONST 4
            0064 EQ
            0065 JUMP_IF_FALSE 80
            0070 JUMP 93
            0075 JUMP 80
            0080 LOAD_LOCAL 0 0
            0085 PRINT 1
            0088 JUMP 6
            0093 RETURN_NULL
            """), Code("let i = 0\nwhile i < 10 {\n  i += 1\n  if i == 2 { continue }\n  if i == 5 { break }\n  print(i)\n}"));
    }

    [Fact]
    public void ForEachOneVariable_BreakPopsTheIterator()
    {
        // The iterator stays on the stack during the body; FOR_ITER pops it when done, break jumps to a POP.
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 BUILD_LIST 2
            0009 GET_ITER
            0010 FOR_ITER 57 1
            0016 DECLARE 0
            0019 LOAD_LOCAL 0 0
            0024 LOAD_CONST 1
            0027 EQ
            0028 JUMP_IF_FALSE 43
            0033 JUMP 56
            0038 JUMP 43
            0043 LOAD_LOCAL 0 0
            0048 PRINT 1
            0051 JUMP 10
            0056 POP
            0057 RETURN_NULL
            """), Code("for each x in [1, 2] {\n  if x == 2 { break }\n  print(x)\n}"));
    }

    [Fact]
    public void ForEachTwoVariables_DeclaresValueThenKey_ContinueGoesToForIter()
    {
        // FOR_ITER mode 2 pushes key then value; the value (top) is declared first.
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 BUILD_MAP 1
            0009 DECLARE 0
            0012 LOAD_LOCAL 0 0
            0017 GET_ITER
            0018 FOR_ITER 41 2
            0024 DECLARE 1
            0027 DECLARE 2
            0030 JUMP 18
            0035 JUMP 18
            0040 POP
            0041 RETURN_NULL
            """), Code("let m = {a: 1}\nfor each k, v in m {\n  continue\n}"));
    }

    [Fact]
    public void ForEachSameNameTwice_KeepsTheElement()
    {
        // The evaluator declares the index and then the element into the same slot: the element wins.
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 BUILD_LIST 1
            0006 GET_ITER
            0007 FOR_ITER 23 2
            0013 DECLARE 0
            0016 POP
            0017 JUMP 7
            0022 POP
            0023 RETURN_NULL
            """), Code("for each x, x in [5] { }"));
    }

    [Fact]
    public void Print_ZeroOneAndThreeArguments_AndConditionalPrint()
    {
        // 6.4: exactly two arguments is the conditional print; the value is not evaluated when skipped.
        Assert.Equal(Lines("""
            0000 PRINT 0
            0003 LOAD_CONST 0
            0006 PRINT 1
            0009 LOAD_CONST 0
            0012 PRINT_IF 23
            0017 LOAD_CONST 1
            0020 PRINT 1
            0023 LOAD_CONST 0
            0026 LOAD_CONST 1
            0029 LOAD_CONST 2
            0032 PRINT 3
            0035 RETURN_NULL
            """), Code("print()\nprint(1)\nprint(1, 2)\nprint(1, 2, 3)"));
    }

    [Fact]
    public void Interpolation_PartsInOrder()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 DECLARE 0
            0006 LOAD_CONST 1
            0009 LOAD_LOCAL 0 0
            0014 LOAD_CONST 2
            0017 INTERPOLATE 3
            0020 PRINT 1
            0023 RETURN_NULL
            """), Code("let n = 2\nprint(\"a${n}b\")"));
    }

    [Fact]
    public void MethodCall_TargetThenArguments()
    {
        var program = Compile("let xs = []\nxs.push(1, 2)");
        Assert.Equal(Lines("""
            0000 BUILD_LIST 0
            0003 DECLARE 0
            0006 LOAD_LOCAL 0 0
            0011 LOAD_CONST 0
            0014 LOAD_CONST 1
            0017 CALL_METHOD 2 2
            0021 POP
            0022 RETURN_NULL
            """), Code(program));
        Assert.Equal("String \"push\"\n", Constants(program).Split('\n')[2] + "\n");
    }

    [Fact]
    public void Calls_BuiltinByName_AndCallOfACallResult()
    {
        // A built-in is an ordinary name (5.2): it resolves to a global slot and falls back to the built-in.
        var program = Compile("print(len(\"ab\"))\nlet m = {}\nm.f(1)(2)");
        Assert.Equal(Lines("""
            0000 LOAD_LOCAL 0 0
            0005 LOAD_CONST 0
            0008 CALL_TOP 1
            0010 PRINT 1
            0013 BUILD_MAP 0
            0016 DECLARE 1
            0019 LOAD_LOCAL 1 1
            0024 LOAD_CONST 1
            0027 CALL_METHOD 2 1
            0031 LOAD_CONST 3
            0034 CALL_TOP 1
            0036 POP
            0037 RETURN_NULL
            """), Code(program));
        Assert.Equal(Lines("""
            len [0:0]
            m [0:1]
            """), Names(program));
    }

    [Fact]
    public void Emit_ArgumentsThenEventName()
    {
        Assert.Equal(Lines("""
            0000 LOAD_CONST 0
            0003 LOAD_CONST 1
            0006 EMIT_EVENT 2 2
            0010 EMIT_EVENT 2 0
            0014 RETURN_NULL
            """), Code("emit Ping(1, \"x\")\nemit Ping()"));
    }
}
