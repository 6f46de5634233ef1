using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;
using Zexus.Vm.Tests.Bytecode;

namespace Zexus.Vm.Tests.Jit;

/// <summary>
/// The stack interpreter and the IL JIT on random verified containers (seeded, bounded): the same outcome,
/// error message and location, output, gas used and instruction count, with gas and step limits that stop
/// many of them part way (DESIGN.md invariant 1).
/// </summary>
public class JitDifferentialFuzzTests
{
    private sealed record Outcome(string Kind, string Message, string Output, long GasUsed, long Instructions);

    private static Outcome Run(ZvmProgram program, bool jit, long gasLimit, long maxSteps)
    {
        var output = new StringWriter { NewLine = "\n" };
        var machine = new ZvmMachine(program, new ZvmOptions { Output = output, GasLimit = gasLimit, MaxSteps = maxSteps, Jit = jit ? JitPolicy.Always : JitPolicy.Off });
        string kind, message = "";
        try
        {
            machine.RunMain();
            kind = "ok";
        }
        catch (ZexusError e)
        {
            (kind, message) = ("error", $"{e.Message} at {e.Location}");
        }
        catch (OutOfGasException)
        {
            kind = "out of gas";
        }
        catch (StepLimitExceededException)
        {
            kind = "step limit";
        }

        return new Outcome(kind, message, output.ToString(), machine.GasUsed, machine.Instructions);
    }

    /// <summary>Built-ins whose results differ from run to run by definition (LANGUAGE.md 9: a fresh key).</summary>
    private static readonly string[] Nondeterministic = ["generateKeypair"];

    /// <summary>Their CALL_BUILTIN operands: built-ins are numbered in the ordinal order of their names, as the machine numbers them.</summary>
    private static readonly HashSet<int> NondeterministicIndexes =
        [.. Runtime.Builtins.BuiltinRegistry.Names.Order(StringComparer.Ordinal).Index().Where(p => Nondeterministic.Contains(p.Item)).Select(p => p.Index)];

    /// <summary>
    /// True when some function can call a <see cref="Nondeterministic"/> built-in, by CALL_BUILTIN or by name: two
    /// runs of such a program differ in that built-in's results, so their outcomes cannot be compared.
    /// </summary>
    private static bool CallsNondeterministic(ZvmProgram program)
    {
        foreach (var f in program.Functions)
        {
            if (f.Names.Any(n => Nondeterministic.Contains(n.Name)))
            {
                return true;
            }

            for (var pc = 0; pc < f.Code.Length && Instruction.TryDecode(f.Code, pc, out var ins, out _); pc += ins.Info.Size)
            {
                if (ins.Opcode == Isa.ZvmOpcode.CALL_BUILTIN && NondeterministicIndexes.Contains(ins.Operands[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Compare(ZvmProgram program, string name)
    {
        foreach (var (gas, steps) in new[] { (100_000L, 20_000L), (300L, 0L), (1_000L, 0L), (0L, 150L) })
        {
            var vm = Run(program, jit: false, gas, steps);
            var jit = Run(program, jit: true, gas, steps);
            Assert.True(vm == jit, $"{name} (gas {gas}, steps {steps}):\nvm  {vm}\njit {jit}\n{Disassembler.Disassemble(program)}");
        }
    }

    [Fact]
    public void RandomWalkPrograms_SameOutcomeOnInterpreterAndJit() => InterpreterFuzzTests.OnLargeStack(() =>
    {
        var rng = new Random(ContainerFuzzer.Seed);
        for (var i = 0; i < 300; i++)
        {
            var program = ZvmDeserializer.Deserialize(ZvmSerializer.Serialize(new RandomPrograms(rng).Next()));
            ZvmVerifier.Verify(program, ZvmMachine.BuiltinCount);
            if (!CallsNondeterministic(program))
            {
                Compare(program, $"program {i}");
            }
        }
    });

    [Fact]
    public void FuzzedContainers_SameOutcomeOnInterpreterAndJit() => InterpreterFuzzTests.OnLargeStack(() =>
    {
        var compared = 0;
        for (var i = 0; i < 20_000 && compared < 300; i++)
        {
            ZvmProgram program;
            try
            {
                program = ZvmDeserializer.Deserialize(ContainerFuzzer.Case(i));
                ZvmVerifier.Verify(program, ZvmMachine.BuiltinCount);
            }
            catch (Exception e) when (e is BytecodeFormatException or VerificationException)
            {
                continue;
            }

            if (CallsNondeterministic(program))
            {
                continue;
            }

            Compare(program, $"case {i}");
            compared++;
        }

        Assert.True(compared >= 100, $"only {compared} accepted containers");
    });
}
