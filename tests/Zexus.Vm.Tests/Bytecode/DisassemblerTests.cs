using Zexus.Vm.Bytecode;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Tests.Bytecode;

public class DisassemblerTests
{
    [Fact]
    public void Small_Program_ExactListing()
    {
        var p = SamplePrograms.Single((f, b) =>
        {
            var end = f.NewLabel();
            f.SetPosition(1, 1);
            f.Emit(LOAD_CONST, b.Constant(new IntegerConstant(42)));
            f.Emit(DECLARE, 0);
            f.SetPosition(2, 1);
            f.Emit(LOAD_NAME, 0);
            f.Emit(JUMP_IF_FALSE, end);
            f.Emit(LOAD_CONST, b.String("yes\n"));
            f.Emit(CALL_BUILTIN, 1, 1);
            f.Emit(PRINT, 1);
            f.Mark(end);
            f.SetPosition(3, 1);
            f.Emit(RETURN_NULL);
        });
        p.Metadata["source"] = "t.zx";
        ZvmVerifier.Verify(p, 2);

        var text = Disassembler.Disassemble(p, file => file == "t.zx" ? "let x = 42\nif x { print(str(\"yes\")) }\n" : null, ["len", "str"]);

        Assert.Equal(
            """
            ; ZVM bytecode, format version 1, target ZvmNative
            ; source = "t.zx"

            constants (2)
              k0     Integer   42
              k1     String    "yes\n"

            modules (1)
              m0     t.zx  top level f0  globals []

            function f0 t  flags RunsInScope  module m0  params []  slots 4  max stack 1
              names
                n0     x  [0:0]
              code
                ; t.zx:1: let x = 42
                0000  LOAD_CONST         0             ; 42
                0003  DECLARE            0             ; slot 0
                ; t.zx:2: if x { print(str("yes")) }
                0006  LOAD_NAME          0             ; x [0:0]
                0009  JUMP_IF_FALSE      24            ; -> 0024
                0014  LOAD_CONST         1             ; "yes\n"
                0017  CALL_BUILTIN       1 1           ; str
                0021  PRINT              1
                ; t.zx:3
                0024  RETURN_NULL

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void Rich_Stable_AndSameAfterRoundTrip()
    {
        var p = SamplePrograms.Rich();
        var first = Disassembler.Disassemble(p);
        Assert.Equal(first, Disassembler.Disassemble(SamplePrograms.Rich()));
        Assert.Equal(first, Disassembler.Disassemble(ZvmDeserializer.Deserialize(ZvmSerializer.Serialize(p))));
        Assert.Contains("k19    Contract  contract Token state [balance, owner] scope 3 initializer f3 actions [transfer f4]", first, StringComparison.Ordinal);
        Assert.Contains("Entity    entity Point fields [x: integer = f5, y]", first, StringComparison.Ordinal);
        Assert.Contains("Use       use {helper, other} from \"./lib/util.zx\"", first, StringComparison.Ordinal);
        Assert.Contains("USE_MODULE         1 21          ; lib/util.zx, use {helper, other} from \"./lib/util.zx\"", first, StringComparison.Ordinal);
        Assert.Contains("Float     -0.0", first, StringComparison.Ordinal);
        Assert.Contains("Float     NaN (0x", first, StringComparison.Ordinal);
        Assert.Contains("m2     missing.zx  globals []  failed NotFound", first, StringComparison.Ordinal);
        Assert.Contains("contract Token  actions [transfer(amount)]  state [balance, owner]  events [Transfer]", first, StringComparison.Ordinal);
        Assert.Contains("CALL_FUNC_CONST    2 2           ; f2 add", first, StringComparison.Ordinal);
        Assert.Contains("; main.zx:12", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Undecodable_Bytes_ListedNotThrown()
    {
        var p = SamplePrograms.Raw((byte)NOP, 0x09, (byte)LOAD_CONST, 7, 0, (byte)JUMP, 1);
        var text = Disassembler.Disassemble(p);
        Assert.Contains("0001  .byte              0x09  ; unknown opcode 0x09", text, StringComparison.Ordinal);
        Assert.Contains("0002  LOAD_CONST         7             ; <constant out of range>", text, StringComparison.Ordinal);
        Assert.Contains("0005  .byte              0x28  ; truncated instruction: JUMP needs 5 bytes, 2 remain", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FuzzCorpus_NeverThrows()
    {
        for (var i = 0; i < 2_000; i++)
        {
            ZvmProgram program;
            try
            {
                program = ZvmDeserializer.Deserialize(ContainerFuzzer.Case(i));
            }
            catch (BytecodeFormatException)
            {
                continue;
            }

            Assert.NotEmpty(Disassembler.Disassemble(program, _ => "line\n", ["a"]));
        }
    }
}
