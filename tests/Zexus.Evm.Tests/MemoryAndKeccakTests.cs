using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>
/// MLOAD, MSTORE, MSTORE8, MSIZE and KECCAK256. Memory gas is C_mem(a) = 3a + ⌊a²/512⌋ for a
/// words, charged as the difference when memory grows (Yellow Paper appendix H.1).
/// </summary>
public class MemoryAndKeccakTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MStoreThenMLoad_OneWord_RoundTripsAndChargesOneWordOfMemory(bool tracing)
    {
        var run = Evm.Run(Code.Start().MStore(0, 0x2A).Push(0).Op(Opcode.MLOAD), tracing);

        Assert.Equal([new UInt256(0x2A)], run.Stack);
        Assert.Equal(32, run.Memory.Length);
        Assert.Equal(0x2A, run.Memory[31]);
        // PUSH, PUSH, MSTORE (3 + C_mem(1) = 3), PUSH, MLOAD (3, no growth).
        Assert.Equal(3 + 3 + 3 + 3 + 3 + 3, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MStore_AtOffset4096_ChargesQuadraticCostOf129Words(bool tracing)
    {
        var run = Evm.Run(Code.Start().MStore(0x1000, 1), tracing);

        // words = (4096 + 32) / 32 = 129; C_mem = 3·129 + ⌊129²/512⌋ = 387 + 32.
        Assert.Equal(3 + 3 + 3 + 387 + 32, run.GasUsed);
        Assert.Equal(129 * 32, run.Memory.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MStore8_ThenMSize_WritesOneByteAndRoundsSizeToWord(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(0x1FF).Push(33).Op(Opcode.MSTORE8).Op(Opcode.MSIZE), tracing);

        Assert.Equal([new UInt256(64)], run.Stack);
        Assert.Equal(0xFF, run.Memory[33]);
        // PUSH2, PUSH1, MSTORE8 (3 + C_mem(2) = 6), MSIZE (2).
        Assert.Equal(3 + 3 + 3 + 6 + 2, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keccak256_OfEmptyRange_IsTheEmptyHashAndCostsOnlyTheStaticPart(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(0).Push(0).Op(Opcode.KECCAK256), tracing);

        Assert.Equal([UInt256.Parse("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")], run.Stack);
        Assert.Equal(3 + 3 + 30, run.GasUsed);
        Assert.Empty(run.Memory);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keccak256_OfTwoWords_ChargesPerWordAndExpansion(bool tracing)
    {
        var run = Evm.Run(Code.Start().MStore(0, 0x2A).Push(64).Push(0).Op(Opcode.KECCAK256), tracing);

        byte[] memory = new byte[64];
        memory[31] = 0x2A;
        Assert.Equal([new UInt256(Keccak.Keccak256(memory))], run.Stack);
        // MSTORE part: 3 + 3 + 3 + C_mem(1) 3; KECCAK256: 3 + 3 + 30 + 6·2 + (C_mem(2) − C_mem(1) = 3).
        Assert.Equal(12 + 3 + 3 + 30 + 12 + 3, run.GasUsed);
    }

    [Theory]
    [InlineData("0x100000000000000000000000000000000")]
    [InlineData("0xffffffffffffffff")]
    [InlineData("0x80000000")]
    [InlineData("0x7fffffe0")]
    public void MLoad_AtHugeOffset_IsOutOfGasWithoutAllocating(string offset)
    {
        var run = Evm.Run(Code.Start().Push(UInt256.Parse(offset)).Op(Opcode.MLOAD), tracing: false, gas: 10_000_000);

        Assert.Equal(EvmStatus.OutOfGas, run.Status);
        Assert.Equal(0, run.Result.GasLeft);
        Assert.Empty(run.Memory);
    }

    [Fact]
    public void Keccak256_HugeSizeWithZeroLengthOffset_IsOutOfGas()
    {
        var run = Evm.Run(Code.Start().Push(UInt256.MaxValue).Push(0).Op(Opcode.KECCAK256), tracing: false);

        Assert.Equal(EvmStatus.OutOfGas, run.Status);
    }

    [Fact]
    public void MemoryCost_MatchesYellowPaperFormula()
    {
        Assert.Equal(0, EvmMemory.CostOf(0));
        Assert.Equal(3, EvmMemory.CostOf(1));
        Assert.Equal((3 * 1024) + (1024 * 1024 / 512), EvmMemory.CostOf(1024));
    }
}
