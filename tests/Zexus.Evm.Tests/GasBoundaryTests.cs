using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;

namespace Zexus.Evm.Tests;

/// <summary>Out of gas exactly at the boundary, for static and dynamic costs.</summary>
public class GasBoundaryTests
{
    [Theory]
    [InlineData(9, EvmStatus.Stop, false)]
    [InlineData(9, EvmStatus.Stop, true)]
    [InlineData(8, EvmStatus.OutOfGas, false)]
    [InlineData(8, EvmStatus.OutOfGas, true)]
    public void Add_GasExactlyEnoughOrOneShort(long gas, EvmStatus expected, bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(1).Push(2).Op(Opcode.ADD), tracing, gas: gas);

        Assert.Equal(expected, run.Status);
        Assert.Equal(0, run.Result.GasLeft);
    }

    [Theory]
    [InlineData(12, EvmStatus.Stop)]
    [InlineData(11, EvmStatus.OutOfGas)]
    public void MStore_MemoryExpansionIsTheLastGasUnit(long gas, EvmStatus expected)
    {
        // PUSH1, PUSH1, MSTORE 3 + C_mem(1) 3 = 12.
        var run = Evm.Run(Code.Start().MStore(0, 1), tracing: false, gas: gas);

        Assert.Equal(expected, run.Status);
    }

    [Theory]
    [InlineData(116, EvmStatus.Stop)]
    [InlineData(115, EvmStatus.OutOfGas)]
    public void Exp_ByteCostIsTheLastGasUnit(long gas, EvmStatus expected)
    {
        var run = Evm.Run(Code.Start().Push(0x100).Push(2).Op(Opcode.EXP), tracing: false, gas: gas);

        Assert.Equal(expected, run.Status);
    }

    [Theory]
    [InlineData(45, EvmStatus.Stop)]
    [InlineData(44, EvmStatus.OutOfGas)]
    public void Keccak256_WordCostIsTheLastGasUnit(long gas, EvmStatus expected)
    {
        // PUSH1 1, PUSH1 0, KECCAK256 (30 + one word 6 + C_mem(1) 3): 45 in all.
        var run = Evm.Run(Code.Start().Push(1).Push(0).Op(Opcode.KECCAK256), tracing: false, gas: gas);

        Assert.Equal(expected, run.Status);
    }
}
