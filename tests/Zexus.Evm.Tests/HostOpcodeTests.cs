using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>Opcodes that need the host end with a clear NotImplemented status, never a crash or a wrong value.</summary>
public class HostOpcodeTests
{
    public static TheoryData<Opcode> HostOpcodes()
    {
        var data = new TheoryData<Opcode>();
        foreach (Opcode op in Enum.GetValues<Opcode>())
        {
            if (OpcodeTraits.Get((byte)op)!.Value.NeedsHost)
            {
                data.Add(op);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostOpcodes))]
    public void HostOpcode_WithEnoughStack_IsNotImplementedAndNamed(Opcode op)
    {
        Code code = Code.Start();
        for (int i = 0; i < 7; i++)
        {
            code.Push(0);
        }

        var run = Evm.Run(code.Op(op), tracing: false, Fork.Prague);

        Assert.Equal(EvmStatus.NotImplemented, run.Status);
        Assert.Equal(op, run.Result.UnsupportedOpcode);
        Assert.Equal($"not supported yet: {op} needs the host", run.Result.Error);
    }

    [Fact]
    public void HostOpcode_WithoutStack_UnderflowsFirst()
    {
        Assert.Equal(EvmStatus.StackUnderflow, Evm.Run(Code.Start().Op(Opcode.SSTORE), tracing: false).Status);
    }

    [Theory]
    [InlineData(0x0C)]
    [InlineData(0x21)]
    [InlineData(0xEF)]
    [InlineData(0xFB)]
    public void UndefinedByte_IsUndefinedInstruction(byte op)
    {
        var run = Evm.Run([op], tracing: true, gas: 77);

        Assert.Equal(EvmStatus.UndefinedInstruction, run.Status);
        Assert.Equal(77, run.GasUsed);
    }
}
