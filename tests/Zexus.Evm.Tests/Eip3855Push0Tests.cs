using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>EIP-3855: PUSH0 (0x5F) pushes 0 for G_base (2) from Shanghai.</summary>
public class Eip3855Push0Tests
{
    [Theory]
    [InlineData(Fork.Shanghai, false)]
    [InlineData(Fork.Cancun, true)]
    [InlineData(Fork.Prague, false)]
    public void Push0_FromShanghai_PushesZeroForTwoGas(Fork fork, bool tracing)
    {
        var run = Evm.Run(Code.Start().Op(Opcode.PUSH0).Op(Opcode.PUSH0), tracing, fork);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal([UInt256.Zero, UInt256.Zero], run.Stack);
        Assert.Equal(2 + 2, run.GasUsed);
    }

    [Theory]
    [InlineData(Fork.Paris)]
    [InlineData(Fork.Frontier)]
    public void Push0_BeforeShanghai_IsUndefined(Fork fork)
    {
        var run = Evm.Run(Code.Start().Op(Opcode.PUSH0), tracing: false, fork, gas: 100);

        Assert.Equal(EvmStatus.UndefinedInstruction, run.Status);
        Assert.Equal(100, run.GasUsed);
    }

    [Theory]
    [InlineData(1024, EvmStatus.Stop)]
    [InlineData(1025, EvmStatus.StackOverflow)]
    public void Push0_1025Times_Overflows(int count, EvmStatus expected)
    {
        byte[] code = Enumerable.Repeat((byte)Opcode.PUSH0, count).ToArray();

        Assert.Equal(expected, Evm.Run(code, tracing: false).Status);
    }
}
