using System.Diagnostics;
using Xunit.Abstractions;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests.Bytecode;

/// <summary>
/// Every container of the seeded fuzz corpus (<see cref="ContainerFuzzer"/>) that the deserializer and the
/// verifier accept is run on the stack interpreter under a gas limit and a step limit. A run must end
/// normally or with a Zexus error, out of gas or the step limit; any other exception (an index out of range,
/// an invalid cast, a null reference…) means the verifier let through something the interpreter cannot
/// execute safely. The run covers the first 1,000 accepted cases (a fixed count, so the result does not
/// depend on the machine's speed); it starts where the verifier fuzz starts (case 0) so failures are
/// reproducible by case number.
/// </summary>
public class InterpreterFuzzTests(ITestOutputHelper output)
{
    private const long GasLimit = 100_000;
    private const long MaxSteps = 20_000;
    private const int MaxCases = 100_000;
    private const int AcceptedCases = 1_000;

    [Fact]
    public void AcceptedContainers_RunToDefinedOutcome()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var accepted = 0;
        OnLargeStack(() =>
        {
            for (var i = 0; i < MaxCases && accepted < AcceptedCases && failures.Count < 10; i++)
            {
                if (Accepted(ContainerFuzzer.Case(i)) is not { } program)
                {
                    continue;
                }

                accepted++;
                var outcome = RunCase(program, out var failure);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (failure is not null)
                {
                    failures.Add($"case {i}: {failure}");
                }
            }
        });

        output.WriteLine($"{accepted} accepted containers run in {clock.Elapsed.TotalSeconds:F1} s: {Describe(outcomes)}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(accepted >= AcceptedCases, $"only {accepted} of the first {MaxCases} fuzz cases passed the verifier");

        // The corpus must reach both ordinary ends and errors, or the fuzz has stopped testing the interpreter.
        Assert.True(outcomes.GetValueOrDefault("ok") > 0, Describe(outcomes));
        Assert.True(outcomes.GetValueOrDefault("error") > 0, Describe(outcomes));
    }

    [Fact]
    public void SampleProgramsFromRandomWalk_AllVerifyAndRun()
    {
        var rng = new Random(ContainerFuzzer.Seed);
        OnLargeStack(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                var bytes = ZvmSerializer.Serialize(new RandomPrograms(rng).Next());
                var program = ZvmDeserializer.Deserialize(bytes);
                ZvmVerifier.Verify(program, ZvmMachine.BuiltinCount);
                RunCase(program, out var failure);
                Assert.True(failure is null, $"program {i}: {failure}");
            }
        });
    }

    private static string Describe(Dictionary<string, int> outcomes) =>
        string.Join(", ", outcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}"));

    /// <summary>The program if it deserializes and verifies against the interpreter's built-in count, else null.</summary>
    private static ZvmProgram? Accepted(byte[] bytes)
    {
        try
        {
            var program = ZvmDeserializer.Deserialize(bytes);
            ZvmVerifier.Verify(program, ZvmMachine.BuiltinCount);
            return program;
        }
        catch (Exception e) when (e is BytecodeFormatException or VerificationException)
        {
            return null;
        }
    }

    /// <summary>Runs one verified program; returns the outcome class and sets <paramref name="failure"/> for an undefined end.</summary>
    private static string RunCase(ZvmProgram program, out string? failure)
    {
        failure = null;
        try
        {
            var machine = new ZvmMachine(program, new ZvmOptions { Output = TextWriter.Null, GasLimit = GasLimit, MaxSteps = MaxSteps });
            machine.RunMain();
            return "ok";
        }
        catch (ZexusError)
        {
            return "error";
        }
        catch (OutOfGasException)
        {
            return "out of gas";
        }
        catch (StepLimitExceededException)
        {
            return "step limit";
        }
        catch (Exception e)
        {
            failure = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}\n{Disassembler.Disassemble(program)}";
            return "crash";
        }
    }

    /// <summary>Deep recursion in a random program must hit the call-depth limit, not the thread's stack.</summary>
    internal static void OnLargeStack(Action work)
    {
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    work();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
    }
}
