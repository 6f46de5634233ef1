using System.Globalization;
using System.Text;
using Zexus.Lang.Compiler;
using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Isa;

namespace Zexus.Lang.Tests.Compiler;

/// <summary>
/// Renders compiled code for golden tests (the Lua <c>testes/code.lua</c> way): one instruction per line,
/// <c>OFFSET MNEMONIC operands</c>, operands as encoded (constant, name and slot indexes; jump targets as
/// absolute offsets). Name tables and the constant pool render separately so tests can pin them too.
/// </summary>
internal static class GoldenListing
{
    public const string File = "golden.zx";

    /// <summary>Compiles a snippet (which must parse) and checks that the result verifies.</summary>
    public static ZvmProgram Compile(string source)
    {
        var parsed = Parser.Parse(source.ReplaceLineEndings("\n"), File);
        Assert.True(parsed.Errors.Length == 0, string.Join("\n", parsed.Errors.Select(e => e.Format())));
        var program = ZvmCompiler.Compile(parsed.Program, File);
        ZvmVerifier.Verify(program, ZvmMachine.BuiltinCount);
        return program;
    }

    /// <summary>The instructions of function <paramref name="function"/> (0 is the main module's top level).</summary>
    public static string Code(ZvmProgram program, int function = 0)
    {
        var code = program.Functions[function].Code;
        var o = new StringBuilder();
        for (var offset = 0; offset < code.Length;)
        {
            Assert.True(Instruction.TryDecode(code, offset, out var ins, out var error), error);
            o.Append(offset.ToString("D4", CultureInfo.InvariantCulture)).Append(' ').Append(ins.Info.Mnemonic);
            for (var i = 0; i < ins.Operands.Length; i++)
            {
                var wide = ins.Info.Operands[i] is OperandKind.Target or OperandKind.Amount;
                o.Append(' ').Append(wide ? ins.Unsigned(i).ToString(CultureInfo.InvariantCulture) : ins.Operands[i].ToString(CultureInfo.InvariantCulture));
            }

            o.Append('\n');
            offset = ins.Next;
        }

        return o.ToString();
    }

    /// <summary>A function's name table: <c>name [hops:slot, …]</c> per entry, in index order.</summary>
    public static string Names(ZvmProgram program, int function = 0) =>
        string.Concat(program.Functions[function].Names.Select(n => $"{n.Name} [{string.Join(", ", n.Candidates.Select(c => $"{c.Hops}:{c.Slot}"))}]\n"));

    /// <summary>The constant pool, one <c>Kind value</c> per line.</summary>
    public static string Constants(ZvmProgram program) =>
        string.Concat(program.Constants.Select(c => $"{c.Kind} {ConstantFormatter.Format(c)}\n"));

    public static string Code(string source, int function = 0) => Code(Compile(source), function);

    /// <summary>An expected listing written as a raw string literal, with the final line feed the listing has.</summary>
    public static string Lines(string text) => text.ReplaceLineEndings("\n") + "\n";
}
