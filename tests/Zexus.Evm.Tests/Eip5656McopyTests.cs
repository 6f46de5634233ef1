using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests;

/// <summary>
/// EIP-5656: MCOPY(dst, src, size) from Cancun, G_verylow + G_copy per word + expansion, with the
/// test cases of the EIP (memory before/after, overlapping both ways).
/// </summary>
public class Eip5656McopyTests
{
    private static readonly byte[] Sequence = Convert.FromHexString("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    private static Code Store(byte[] memory)
    {
        Code code = Code.Start();
        for (int i = 0; i < memory.Length; i += 32)
        {
            code.MStore((ulong)i, new UInt256(memory.AsSpan(i, 32)));
        }

        return code;
    }

    private static long StoreGas(int words) => (words * (3 + 3 + 3)) + EvmMemory.CostOf(words);

    [Theory]
    [InlineData(0, 32, 32, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", false)]
    [InlineData(0, 0, 32, "0000000000000000000000000000000000000000000000000000000000000000000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", true)]
    [InlineData(0, 1, 8, "0102030405060708080000000000000000000000000000000000000000000000000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", false)]
    [InlineData(1, 0, 8, "0000010203040506070000000000000000000000000000000000000000000000000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", true)]
    public void MCopy_EipExamples_CopyAsThroughABuffer(int dst, int src, int size, string expected, bool tracing)
    {
        byte[] before = new byte[64];
        Sequence.CopyTo(before, 32);
        if (src == 1)
        {
            Convert.FromHexString("0001020304050607080000000000000000000000000000000000000000000000").CopyTo(before, 0);
        }
        else if (dst == 1)
        {
            Convert.FromHexString("0001020304050607080000000000000000000000000000000000000000000000").CopyTo(before, 0);
        }

        var run = Evm.Run(Store(before).Push((ulong)size).Push((ulong)src).Push((ulong)dst).Op(Opcode.MCOPY), tracing, Fork.Cancun);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(Convert.FromHexString(expected), run.Memory);
        // The EIP's gas for each example: 6 (G_verylow + one copied word, no expansion) plus the 3 PUSHes.
        Assert.Equal(StoreGas(2) + 9 + 6, run.GasUsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MCopy_ToFreshMemory_ChargesExpansionForTheFurtherRange(bool tracing)
    {
        var run = Evm.Run(Code.Start().Push(32).Push(0).Push(0x40).Op(Opcode.MCOPY), tracing, Fork.Cancun);

        Assert.Equal(96, run.Memory.Length);
        Assert.Equal(9 + 3 + 3 + EvmMemory.CostOf(3), run.GasUsed);
    }

    [Fact]
    public void MCopy_ZeroSizeAtHugeOffsets_CostsOnlyStaticGas()
    {
        var run = Evm.Run(Code.Start().Push(0).Push(UInt256.MaxValue).Push(UInt256.MaxValue).Op(Opcode.MCOPY), tracing: false, Fork.Cancun);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(3 + 3 + 3 + 3, run.GasUsed);
        Assert.Empty(run.Memory);
    }

    [Fact]
    public void MCopy_HugeSource_IsOutOfGas()
    {
        var run = Evm.Run(Code.Start().Push(1).Push(UInt256.MaxValue).Push(0).Op(Opcode.MCOPY), tracing: false, Fork.Cancun);

        Assert.Equal(EvmStatus.OutOfGas, run.Status);
    }

    [Fact]
    public void MCopy_BeforeCancun_IsUndefined()
    {
        var run = Evm.Run(Code.Start().Push(0).Push(0).Push(0).Op(Opcode.MCOPY), tracing: false, Fork.Shanghai);

        Assert.Equal(EvmStatus.UndefinedInstruction, run.Status);
    }
}
