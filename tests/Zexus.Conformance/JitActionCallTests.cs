using Zexus.Lang;
using Zexus.Lang.Evaluator;
using Zexus.State.World;

namespace Zexus.Conformance;

/// <summary>
/// The compiled action-call path (<c>JitActionCalls</c>: <c>CallAction</c> and the action's compiled entry merged)
/// against the stack interpreter alone: action calls from compiled loops, nested calls that fail and are caught,
/// rollback of state and events, copied container arguments and results, non-integer state, the call depth limit,
/// and the actions that leave the path (reading <c>msg</c>, creating closures). Output, errors, gas and steps must
/// match unlimited and under every gas and step limit of a sweep (so gas also runs out inside the path), and the world
/// state a host receives must be the same.
/// </summary>
public class JitActionCallTests
{
    public static TheoryData<string, string, string> Programs => new()
    {
        {
            "nested, failing and copying action calls",
            """
            contract Vault {
              state total = 0
              state log = []
              state rate = 1.5
              action add(n) {
                require(n > 0, "positive")
                total = total + n
                return total
              }
              action scale(x) {
                rate = rate * x
                return rate
              }
              action append(xs) {
                xs.push(len(log))
                log.push(xs)
                return log
              }
              action tryAdd(n) {
                total = total + 1000
                try { this.add(n) } catch (e) { log.push("inner: " + e) }
                require(n != 7, "seven")
                return total
              }
              action deep(k) {
                if k == 0 { return 0 }
                return this.deep(k - 1) + 1
              }
              action half(n) {
                total = total + n
                return total / 0
              }
            }
            action run(n) {
              let i = 0
              let got = []
              while i < n {
                got.push(Vault.add(i + 1))
                i = i + 1
              }
              return got
            }
            print(run(4))
            print(Vault.scale(2), Vault.scale(0.5), Vault.rate)
            let mine = [1]
            let back = Vault.append(mine)
            back.push("x")
            print(mine, back, Vault.log)
            try { print(Vault.add(-1)) } catch (e) { print(e) }
            print("float:", Vault.add(1.5), Vault.total)
            try { Vault.half(5) } catch (e) { print("half: " + e) }
            print("after half:", Vault.total, Vault.log)
            print("caught inside:", Vault.tryAdd(-2), Vault.log)
            try { Vault.tryAdd(7) } catch (e) { print("outer: " + e) }
            print("rolled back:", Vault.total, Vault.log)
            print("deep:", Vault.deep(20), Vault.total)
            try { Vault.deep(2000) } catch (e) { print("deep: " + e) }
            print("end:", Vault.total, run(3))
            """,
            "[1, 3, 6, 10]"
        },
        {
            "actions off the path: msg, closures; events rolled back",
            """
            contract Notes {
              state count = 0
              action who() { return msg.sender }
              action later(x) {
                let f = () => x + count
                return f()
              }
              action note(x) {
                count = count + 1
                emit Noted(x)
                require(x < 3, "big " + string(x))
                return count
              }
            }
            contract Caller {
              action ask() { return Notes.who() }
              action me() { return this.address }
            }
            action more(n) {
              let out = []
              let i = 0
              while i < n {
                try { out.push(Notes.note(i)) } catch (e) { out.push(e) }
                i = i + 1
              }
              return out
            }
            print(Notes.who(), Caller.ask() == Caller.me(), Notes.later(4))
            print(more(5), len(events()), Notes.count)
            Notes.note(9)
            """,
            "system true 4"
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_SameOnInterpreterAndJit_UnderEveryLimit(string name, string source, string expectedFirstLine)
    {
        var interpreter = JitOptimizationTests.Run(source, Engine.Interpreter);
        Assert.StartsWith(expectedFirstLine + "\n", interpreter.Stdout, StringComparison.Ordinal);
        Assert.Equal(interpreter, JitOptimizationTests.Run(source, Engine.Jit));
        var evaluator = JitOptimizationTests.Run(source, Engine.Evaluator);
        Assert.Equal((interpreter.ExitCode, interpreter.Stdout, interpreter.Stderr), (evaluator.ExitCode, evaluator.Stdout, evaluator.Stderr));
        foreach (var limit in JitTierTests.Sweep(interpreter.GasUsed))
        {
            Assert.True(JitOptimizationTests.Run(source, Engine.Interpreter, gasLimit: limit) == JitOptimizationTests.Run(source, Engine.Jit, gasLimit: limit), $"{name}: gas limit {limit}");
        }

        foreach (var limit in JitTierTests.Sweep(interpreter.Steps))
        {
            Assert.True(JitOptimizationTests.Run(source, Engine.Interpreter, maxSteps: limit) == JitOptimizationTests.Run(source, Engine.Jit, maxSteps: limit), $"{name}: step limit {limit}");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_GivesTheSameWorldStateOnInterpreterAndJit(string name, string source, string expectedFirstLine)
    {
        var interpreter = RunWithHost(source, Engine.Interpreter);
        var jit = RunWithHost(source, Engine.Jit);
        Assert.StartsWith(expectedFirstLine + "\n", jit.Stdout, StringComparison.Ordinal);
        Assert.Equal(interpreter.Stdout, jit.Stdout);
        Assert.True(interpreter.Root.Equals(jit.Root), $"{name}: the state roots differ");
        Assert.NotEqual(WorldState.EmptyTrieRoot, jit.Root);
    }

    private static (string Stdout, Zexus.Primitives.Hash256 Root) RunWithHost(string source, Engine engine)
    {
        var state = new WorldState();
        var stdout = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, Timestamp = 1_700_000_000, Host = state };
        ProgramRunner.OnLargeStack(() => ProgramRunner.RunSource(source, "host.zx", options, TextWriter.Null, engine));
        return (stdout.ToString(), state.ComputeStateRoot());
    }
}
