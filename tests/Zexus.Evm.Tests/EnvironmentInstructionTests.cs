using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>ADDRESS, CALLER, CALLVALUE, CALLDATA*, CODE*, RETURNDATA* read from the message and frame.</summary>
public class EnvironmentInstructionTests
{
    private static readonly byte[] Input = Convert.FromHexString("0102030405");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ContextReads_PushMessageFields(bool tracing)
    {
        var run = Evm.Run(
            Code.Start().Ops(Opcode.ADDRESS, Opcode.CALLER, Opcode.CALLVALUE, Opcode.CALLDATASIZE, Opcode.CODESIZE, Opcode.RETURNDATASIZE),
            tracing,
            input: Input,
            returnData: new byte[7],
            value: 1234);

        Assert.Equal(
            [Evm.Self.ToUInt256(), Evm.Sender.ToUInt256(), new UInt256(1234), new UInt256(5), new UInt256(6), new UInt256(7)],
            run.Stack);
        Assert.Equal(6 * 2, run.GasUsed);
    }

    [Theory]
    [InlineData(0, "0102030405000000000000000000000000000000000000000000000000000000")]
    [InlineData(3, "0405000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(5, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(ulong.MaxValue, "0000000000000000000000000000000000000000000000000000000000000000")]
    public void CallDataLoad_PastTheEnd_ReadsZeros(ulong offset, string expected)
    {
        var run = Evm.Run(Code.Start().Push(offset).Op(Opcode.CALLDATALOAD), tracing: false, input: Input);

        Assert.Equal([new UInt256(Convert.FromHexString(expected))], run.Stack);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CallDataCopy_ChargesCopyWordsAndZeroFills(bool tracing)
    {
        // CALLDATACOPY(destOffset 0, offset 2, size 40)
        var run = Evm.Run(Code.Start().Push(40).Push(2).Push(0).Op(Opcode.CALLDATACOPY), tracing, input: Input);

        byte[] expected = new byte[64];
        expected[0] = 3;
        expected[1] = 4;
        expected[2] = 5;
        Assert.Equal(expected, run.Memory);
        // 3 PUSHes, CALLDATACOPY 3 + G_copy·2 words + C_mem(2) = 6.
        Assert.Equal(9 + 3 + 6 + 6, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CodeCopy_CopiesOwnCode(bool tracing)
    {
        byte[] code = Code.Start().Push(4).Push(0).Push(0).Op(Opcode.CODECOPY);
        var run = Evm.Run(code, tracing);

        Assert.Equal(code.AsSpan(0, 4).ToArray(), run.Memory.AsSpan(0, 4).ToArray());
        Assert.Equal(9 + 3 + 3 + 3, run.GasUsed);
    }

    [Fact]
    public void CodeCopy_HugeSourceOffset_CopiesZeros()
    {
        var run = Evm.Run(Code.Start().Push(32).Push(UInt256.MaxValue).Push(0).Op(Opcode.CODECOPY), tracing: false);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(new byte[32], run.Memory);
    }

    [Theory]
    [InlineData(0, 4, EvmStatus.Stop)]
    [InlineData(4, 0, EvmStatus.Stop)]
    [InlineData(2, 3, EvmStatus.InvalidMemoryAccess)]
    [InlineData(5, 0, EvmStatus.InvalidMemoryAccess)]
    [InlineData(ulong.MaxValue, 2, EvmStatus.InvalidMemoryAccess)]
    public void ReturnDataCopy_PastTheEnd_IsExceptionalHalt(ulong offset, ulong size, EvmStatus expected)
    {
        var run = Evm.Run(Code.Start().Push(size).Push(offset).Push(0).Op(Opcode.RETURNDATACOPY), tracing: false, returnData: [9, 8, 7, 6]);

        Assert.Equal(expected, run.Status);
        if (expected == EvmStatus.Stop && size > 0)
        {
            Assert.Equal(new byte[] { 9, 8, 7, 6 }, run.Memory.AsSpan(0, 4).ToArray());
        }
        else if (expected != EvmStatus.Stop)
        {
            Assert.Equal(0, run.Result.GasLeft);
        }
    }

    [Theory]
    [InlineData(Opcode.RETURNDATASIZE)]
    [InlineData(Opcode.RETURNDATACOPY)]
    public void ReturnData_BeforeByzantium_IsUndefined(Opcode op)
    {
        var run = Evm.Run(Code.Start().Push(0).Push(0).Push(0).Op(op), tracing: false, Fork.SpuriousDragon);

        Assert.Equal(EvmStatus.UndefinedInstruction, run.Status);
    }
}
