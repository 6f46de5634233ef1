using Zexus.Lang;
using Zexus.Lang.Evaluator;
using Zexus.Primitives;
using Zexus.State.World;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Runtime;

namespace Zexus.Conformance;

/// <summary>
/// Contract state, logs and transactions reach the world state through IHost, identically on every
/// engine (docs/blockchain-semantics.md, "Contract state in the world state").
/// </summary>
public class HostStateTests
{
    private const string Counter = """
        contract Counter {
          state count = 0
          state names = []
          action bump(n, who) {
            require(n > 0, "positive")
            count = count + n
            names.push(who)
            emit Bumped(count)
            return count
          }
        }
        Counter.bump(2, "a")
        try { Counter.bump(0, "b") } catch (e) { print(e) }
        Counter.bump(3, "c")
        print(Counter.count)
        """;

    public static TheoryData<Engine> Engines => new() { Engine.Evaluator, Engine.Interpreter, Engine.Vm, Engine.Jit };

    private static (WorldState State, string Stdout, int Exit) Run(string source, Engine engine)
    {
        var state = new WorldState();
        var stdout = new StringWriter { NewLine = "\n" };
        var options = new EvaluatorOptions { Output = stdout, Timestamp = 1_700_000_000, Host = state };
        var outcome = ProgramRunner.RunSource(source, "host.zx", options, TextWriter.Null, engine);
        return (state, stdout.ToString(), outcome.ExitCode);
    }

    private static Address FirstInstance => Address.Parse(ZContract.AddressFor(1));

    [Theory]
    [MemberData(nameof(Engines))]
    public void CommittedActions_AreStoredAsCanonicalEncodings(Engine engine)
    {
        var (state, stdout, exit) = Run(Counter, engine);
        Assert.Equal(0, exit);
        Assert.Equal("Requirement failed: positive\n5\n", stdout);
        Assert.Equal(CanonicalEncoding.Encode(Value.FromInt(5)), ContractStorage.Read(state, FirstInstance, "count"));
        var names = new ZList([Value.FromString("a"), Value.FromString("c")]);
        Assert.Equal(CanonicalEncoding.Encode(Value.FromObject(names)), ContractStorage.Read(state, FirstInstance, "names"));
    }

    [Fact]
    public void EveryEngine_GivesTheSameStateRoot()
    {
        var evaluator = Run(Counter, Engine.Evaluator).State.ComputeStateRoot();
        var interpreter = Run(Counter, Engine.Interpreter).State.ComputeStateRoot();
        var vm = Run(Counter, Engine.Vm).State.ComputeStateRoot();
        var jit = Run(Counter, Engine.Jit).State.ComputeStateRoot();
        Assert.Equal(evaluator, interpreter);
        Assert.Equal(evaluator, vm);
        Assert.Equal(evaluator, jit);
        Assert.NotEqual(WorldState.EmptyTrieRoot, evaluator);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void AFailedOutermostAction_LeavesTheWorldStateAsBefore(Engine engine)
    {
        var withFailure = Run(Counter, engine).State.ComputeStateRoot();
        var withoutFailure = Run(Counter.Replace("try { Counter.bump(0, \"b\") } catch (e) { print(e) }\n", string.Empty, StringComparison.Ordinal), engine).State.ComputeStateRoot();
        Assert.Equal(withoutFailure, withFailure);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void ShorterValues_ClearTheWordsTheyNoLongerUse(Engine engine)
    {
        const string Program = """
            contract Box {
              state v = ""
              action put(x) { v = x }
            }
            Box.put("a fairly long string that needs more than two words of storage to hold")
            Box.put("short")
            """;
        var state = Run(Program, engine).State;
        Assert.Equal(CanonicalEncoding.Encode(Value.FromString("short")), ContractStorage.Read(state, FirstInstance, "v"));
        Assert.Equal(2, state.GetAllStorage(FirstInstance).Count);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void AProgramWithoutContracts_LeavesTheStateEmpty(Engine engine) =>
        Assert.Equal(WorldState.EmptyTrieRoot, Run("let x = [1, 2]\nprint(len(x))\n", engine).State.ComputeStateRoot());
}
