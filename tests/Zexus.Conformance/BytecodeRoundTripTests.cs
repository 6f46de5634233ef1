using Zexus.Lang.Compiler;
using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;

namespace Zexus.Conformance;

/// <summary>
/// The container encoding over the whole corpus (issue 3, "Round trip"): compiling is deterministic,
/// serialize → deserialize → serialize reproduces the bytes exactly, the decoded program verifies, and the
/// disassembly of the decoded program equals that of the original. Programs that do not parse (the corpus's
/// syntax-error cases) have no container and are checked to expect an error instead.
/// </summary>
public class BytecodeRoundTripTests
{
    [CorpusTheory]
    [MemberData(nameof(TestData.CorpusPrograms), MemberType = typeof(TestData))]
    public void Corpus_Program_RoundTripsByteForByte(string program)
    {
        if (TestData.CorpusDirectory is not { } dir)
        {
            Assert.False(TestData.IsCi, TestData.CorpusHint);
            return;
        }

        if (Compile(dir, program) is not { } first)
        {
            Assert.True(File.Exists(Path.Combine(dir, Path.ChangeExtension(program, ".err"))), $"{program} does not parse but expects no error");
            return;
        }

        var bytes = ZvmSerializer.Serialize(first);
        var second = Compile(dir, program)!;
        Assert.Equal(bytes, ZvmSerializer.Serialize(second));

        var decoded = ZvmDeserializer.Deserialize(bytes);
        var again = ZvmSerializer.Serialize(decoded);
        Assert.Equal(bytes, again);

        // Disassembly before verification (no max stack yet), then after: both sides must agree each time.
        Assert.Equal(Disassembler.Disassemble(first), Disassembler.Disassemble(decoded));
        var original = ZvmVerifier.Verify(first, ZvmMachine.BuiltinCount);
        var roundTripped = ZvmVerifier.Verify(decoded, ZvmMachine.BuiltinCount);
        Assert.Equal(original.MaxStack, roundTripped.MaxStack);
        Assert.Equal(original.Instructions, roundTripped.Instructions);
        Assert.Equal(Disassembler.Disassemble(first), Disassembler.Disassemble(decoded));

        // Stable listing: a fresh compilation lists the same after verification as well.
        ZvmVerifier.Verify(second, ZvmMachine.BuiltinCount);
        Assert.Equal(Disassembler.Disassemble(first), Disassembler.Disassemble(second));
    }

    /// <summary>Compiles a corpus program the way <c>zexus compile</c> does from the corpus folder, or null on a syntax error.</summary>
    private static ZvmProgram? Compile(string dir, string program) => CliRunner.InDirectory(dir, () =>
    {
        var parsed = Parser.Parse(File.ReadAllText(program), program);
        return parsed.Errors.Length > 0 ? null : ZvmCompiler.Compile(parsed.Program, program);
    });
}
