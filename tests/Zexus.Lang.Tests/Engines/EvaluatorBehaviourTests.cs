namespace Zexus.Lang.Tests.Engines;

/// <summary>Behaviours beyond the corpus, run on every engine of the matrix.</summary>
public class EvaluatorBehaviourTests
{
    public static IEnumerable<object[]> Engines() => EngineMatrix.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public void UncaughtError_ReportsMessageLocationAndCaret(string engine)
    {
        var run = EngineMatrix.Execute(engine, "print(\"a\")\nlet x = 10 / 0\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("a\n", run.Stdout);
        Assert.Contains("Error: Division by zero", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("test.zx:2:12", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("let x = 10 / 0", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("           ^", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void ErrorInsideFunction_PointsAtInnermostExpression(string engine)
    {
        var run = EngineMatrix.Execute(engine, "action f(x) {\n  return x.missing.deeper\n}\nf({})\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot access property 'deeper' of NULL", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("test.zx:2:19", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void StepLimit_StopsRunawayLoop(string engine)
    {
        var run = EngineMatrix.Execute(engine, "let i = 0\nwhile true { i += 1 }\n", maxSteps: 10_000);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Step limit of 10000 exceeded", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void StepLimit_CannotBeCaughtByProgram(string engine)
    {
        var run = EngineMatrix.Execute(engine, "try { while true { } } catch (e) { print(\"caught\") }\n", maxSteps: 1_000);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Recursion_ToSpecLimit_Works_AndOneDeeperIsCatchable(string engine)
    {
        var src = "action d(n) { if n == 1 { return 1 } return 1 + d(n - 1) }\nprint(d(1000))\ntry { d(1001) } catch (e) { print(e) }\n";
        Assert.Equal("1000\nMaximum recursion depth exceeded\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void MutualRecursionThroughBuiltins_CountsUserCalls(string engine)
    {
        var src = "action f(n) { return n == 0 ? 0 : reduce([n], (a, b) => f(b - 1), 0) }\ntry { f(2000) } catch (e) { print(e) }\nprint(f(100))\n";
        Assert.Equal("Maximum recursion depth exceeded\n0\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void DeeplyNestedData_PrintsOrFailsCleanly(string engine)
    {
        var src = "let x = []\nlet i = 0\nwhile i < 100000 { x = [x]\n i += 1 }\ntry { print(len(string(x)) > 0) } catch (e) { print(\"error: \" + e) }\nprint(\"alive\")\n";
        var output = EngineMatrix.Output(engine, src);
        Assert.EndsWith("alive\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void NestedTransactions_CommitInnerThenRevertOuter_UndoesBoth(string engine)
    {
        var src = """
            contract Bank {
              state total = 0
              action add(n) { total = total + n }
              action addTwiceThenFail(n) {
                this.add(n)
                this.add(n)
                revert("no")
              }
            }
            try { Bank.addTwiceThenFail(5) } catch (e) { print(e) }
            print(Bank.total)
            """;
        Assert.Equal("Transaction reverted: no\n0\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void NestedTransactions_InnerFailureCaught_OuterKeepsItsChanges(string engine)
    {
        var src = """
            contract A {
              state log = []
              action inner(x) { log.push(x)
                require(x < 10, "too big") }
              action outer() {
                log.push("start")
                try { this.inner(50) } catch (e) { log.push(e) }
                this.inner(1)
                return len(log)
              }
            }
            print(A.outer())
            print(A.log)
            """;
        Assert.Equal("3\n[start, Requirement failed: too big, 1]\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void FailedAction_RestoresOtherInstancesAndEvents(string engine)
    {
        var src = """
            contract Vault {
              state items = {}
              action put(k, v) { items[k] = v
                emit Put(k) }
            }
            contract Router {
              state n = 0
              action route(v, k) {
                n = n + 1
                v.put(k, n)
                require(false, "stop")
              }
            }
            let v = Vault()
            try { Router.route(v, "a") } catch (e) { print(e) }
            print(v.items, Router.n, len(events()))
            """;
        Assert.Equal("Requirement failed: stop\n{} 0 0\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void MatchBlockArm_ReturnAndBreakLeaveTheExpression(string engine)
    {
        var src = """
            action classify(n) {
              match n {
                0 => { return "zero" }
                _ => { let t = "other" }
              }
              return t
            }
            print("${classify(0)} ${classify(3)}")
            let seen = []
            for each x in [1, 2, 3, 4] {
              match x {
                3 => { break }
                _ => { seen.push(x) }
              }
            }
            print(seen)
            """;
        Assert.Equal("zero other\n[1, 2]\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void FinallyOverridesPendingOutcome(string engine)
    {
        var src = """
            action f() {
              try { return "try" } finally { return "finally" }
            }
            action g() {
              try { throw "boom" } finally { print("cleanup") }
            }
            print(f())
            try { g() } catch (e) { print("caught " + e) }
            """;
        Assert.Equal("finally\ncleanup\ncaught boom\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void LocalDeclaredLater_ShadowsOnlyAfterDeclaration(string engine)
    {
        var src = "let x = \"global\"\naction f() {\n  let a = x\n  let x = \"local\"\n  return a + \"/\" + x\n}\nprint(f() + \" \" + x)\n";
        Assert.Equal("global/local global\n", EngineMatrix.Output(engine, src));
    }

    public static IEnumerable<object[]> DeepInputs()
    {
        foreach (var engine in EngineMatrix.Engines())
        {
            yield return [engine[0], "parens", "let x = " + new string('(', 10_000) + "1" + new string(')', 10_000) + "\n"];
            yield return [engine[0], "brackets", "let x = " + new string('[', 10_000) + new string(']', 10_000) + "\n"];
            yield return [engine[0], "blocks", string.Concat(Enumerable.Repeat("if true {\n", 10_000)) + string.Concat(Enumerable.Repeat("}\n", 10_000))];
            yield return [engine[0], "unary", "let x = " + new string('-', 10_000) + "1\n"];
            yield return [engine[0], "power", "let x = 2" + string.Concat(Enumerable.Repeat(" ** 2", 10_000)) + "\n"];
            yield return [engine[0], "lambdas", "let f = " + string.Concat(Enumerable.Repeat("x => ", 10_000)) + "1\n"];
        }
    }

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void DeeplyNestedInput_GivesDiagnostic_NotStackOverflow(string engine, string kind, string source)
    {
        var run = EngineMatrix.Execute(engine, source);
        Assert.True(run.ExitCode == 1, kind);
        Assert.Contains("Syntax error at line", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("nesting too deep", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void ModerateNesting_StillRuns(string engine)
    {
        var src = "let x = " + new string('(', 150) + "1" + new string(')', 150) + "\nprint(x)\n";
        Assert.Equal("1\n", EngineMatrix.Output(engine, src));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void ExponentiallyLargeTextForm_IsAnError_NotAMemoryCrash(string engine)
    {
        var src = "let a = [1]\nlet i = 0\nwhile i < 40 { a = [a, a]\n i += 1 }\ntry { print(a) } catch (e) { print(e) }\nprint(\"alive\")\n";
        Assert.Equal("Value too large to convert to text (more than 268435456 characters)\nalive\n", EngineMatrix.Output(engine, src));
    }
}
