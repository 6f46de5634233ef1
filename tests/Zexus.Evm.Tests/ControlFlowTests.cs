using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>JUMP, JUMPI, JUMPDEST, PC, GAS, RETURN, REVERT, INVALID, STOP and their failure modes.</summary>
public class ControlFlowTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Jump_ToJumpDest_SkipsInstructions(bool tracing)
    {
        // 0: PUSH1 4, 2: JUMP, 3: INVALID, 4: JUMPDEST, 5: PUSH1 1
        var run = Evm.Run(Code.Start().Push(4).Op(Opcode.JUMP).Op(Opcode.INVALID).Op(Opcode.JUMPDEST).Push(1), tracing);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal([UInt256.One], run.Stack);
        Assert.Equal(3 + 8 + 1 + 3, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Jump_IntoPushData_IsBadJumpDestination(bool tracing)
    {
        // 0: PUSH1 0x5b (a JUMPDEST byte, but PUSH data), 2: PUSH1 1, 4: JUMP
        var run = Evm.Run(Code.Start().Push(0x5B).Push(1).Op(Opcode.JUMP), tracing);

        Assert.Equal(EvmStatus.BadJumpDestination, run.Status);
        Assert.Equal(0, run.Result.GasLeft);
    }

    [Theory]
    [InlineData("0x10000000000000004")]
    [InlineData("0x64")]
    public void Jump_OutsideCode_IsBadJumpDestination(string destination)
    {
        var run = Evm.Run(Code.Start().Push(UInt256.Parse(destination)).Op(Opcode.JUMP).Op(Opcode.JUMPDEST), tracing: false);

        Assert.Equal(EvmStatus.BadJumpDestination, run.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void JumpI_ZeroCondition_FallsThroughWithoutCheckingDestination(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(0).Push(0xEE).Op(Opcode.JUMPI).Push(7), tracing);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal([new UInt256(7)], run.Stack);
        Assert.Equal(3 + 3 + 10 + 3, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void JumpI_NonZeroCondition_Jumps(bool tracing)
    {
        // 0: PUSH1 1, 2: PUSH1 7, 4: JUMPI, 5: PUSH1 9, 7: JUMPDEST
        var run = Evm.Run(Code.Start().Push(1).Push(7).Op(Opcode.JUMPI).Push(9).Op(Opcode.JUMPDEST), tracing);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Empty(run.Stack);
        Assert.Equal(3 + 3 + 10 + 1, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PcAndGas_PushPositionAndRemainingGas(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(0).Op(Opcode.PC).Op(Opcode.GAS), tracing, gas: 100);

        // GAS pushes what is left after paying its own G_base: 100 − 3 − 2 − 2.
        Assert.Equal([UInt256.Zero, new UInt256(2), new UInt256(93)], run.Stack);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Return_MemoryRange_IsOutput(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(0xBEEF).ReturnTop(), tracing);

        Assert.Equal(EvmStatus.Return, run.Status);
        Assert.Equal(Convert.FromHexString("000000000000000000000000000000000000000000000000000000000000BEEF"), run.Output);
        // PUSH2, PUSH1 0, MSTORE (3 + 3 mem), PUSH1 32, PUSH1 0, RETURN (0).
        Assert.Equal(3 + 3 + 6 + 3 + 3, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Revert_KeepsRemainingGasAndReturnsOutput(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(2).Push(30).Op(Opcode.REVERT), tracing, gas: 1000);

        Assert.Equal(EvmStatus.Revert, run.Status);
        Assert.Equal(new byte[2], run.Output);
        Assert.Equal(1000 - (3 + 3 + 3), run.Result.GasLeft);
    }

    [Fact]
    public void Revert_BeforeByzantium_IsUndefined()
    {
        var run = Evm.Run(Code.Start().Push(0).Push(0).Op(Opcode.REVERT), tracing: false, Fork.SpuriousDragon);

        Assert.Equal(EvmStatus.UndefinedInstruction, run.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Invalid_ConsumesAllGas(bool tracing)
    {
        var run = Evm.Run(Code.Start().Op(Opcode.INVALID), tracing, gas: 5000);

        Assert.Equal(EvmStatus.InvalidInstruction, run.Status);
        Assert.Equal(5000, run.GasUsed);
        Assert.False(run.Result.IsSuccess);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RunningPastTheEnd_Stops(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(1), tracing);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.True(run.Result.IsSuccess);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EmptyCode_StopsWithoutGas(bool tracing)
    {
        var run = Evm.Run([], tracing, gas: 0);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(0, run.GasUsed);
    }
}
