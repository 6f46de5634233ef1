using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>The block and transaction context opcodes read the host's block and the transaction context.</summary>
public class ContextOpcodeTests
{
    public static TheoryData<Opcode, bool> Reads()
    {
        var data = new TheoryData<Opcode, bool>();
        foreach (Opcode op in new[] { Opcode.ORIGIN, Opcode.GASPRICE, Opcode.COINBASE, Opcode.TIMESTAMP, Opcode.NUMBER, Opcode.PREVRANDAO, Opcode.GASLIMIT, Opcode.CHAINID, Opcode.SELFBALANCE, Opcode.BASEFEE, Opcode.BLOBBASEFEE })
        {
            data.Add(op, false);
            data.Add(op, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public void ContextRead_PushesTheHostValue(Opcode op, bool tracing)
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Op(op).ReturnTop(), balance: 1234);
        var block = world.State.Block;
        UInt256 expected = op switch
        {
            Opcode.ORIGIN => TestWorld.Origin.ToUInt256(),
            Opcode.GASPRICE => new UInt256(9),
            Opcode.COINBASE => block.Coinbase.ToUInt256(),
            Opcode.TIMESTAMP => new UInt256(block.Timestamp),
            Opcode.NUMBER => new UInt256(block.Number),
            Opcode.PREVRANDAO => block.PrevRandao.ToUInt256(),
            Opcode.GASLIMIT => new UInt256(block.GasLimit),
            Opcode.CHAINID => new UInt256(block.ChainId),
            Opcode.SELFBALANCE => new UInt256(1234),
            Opcode.BASEFEE => block.BaseFee,
            _ => block.BlobBaseFee,
        };

        var run = world.Call(tracing);

        Assert.Equal(EvmStatus.Return, run.Status);
        Assert.Equal(expected, run.ReturnedWord);
    }

    [Theory]
    [InlineData(Fork.London, false)]
    [InlineData(Fork.Paris, true)]
    public void Opcode0x44_IsDifficultyBeforeTheMergeAndPrevRandaoAfter(Fork fork, bool randao)
    {
        var world = new TestWorld(fork).With(TestWorld.Contract, Code.Start().Op(Opcode.PREVRANDAO).ReturnTop());
        var block = world.State.Block;

        Assert.Equal(randao ? block.PrevRandao.ToUInt256() : block.Difficulty, world.Call(tracing: false).ReturnedWord);
    }

    [Theory]
    [InlineData(999UL, true)]
    [InlineData(744UL, true)]
    [InlineData(743UL, false)]
    [InlineData(1000UL, false)]
    [InlineData(5000UL, false)]
    public void BlockHash_SeesOnlyThe256PreviousBlocks(ulong number, bool visible)
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(new UInt256(number)).Op(Opcode.BLOCKHASH).ReturnTop());

        var run = world.Call(tracing: false);

        Assert.Equal(visible ? world.State.GetBlockHash(number).ToUInt256() : UInt256.Zero, run.ReturnedWord);
    }

    [Theory]
    [InlineData(0UL, true)]
    [InlineData(1UL, false)]
    public void BlobHash_ReadsTheTransactionsHashesAndZeroPastThem(ulong index, bool present)
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(new UInt256(index)).Op(Opcode.BLOBHASH).ReturnTop());

        Assert.Equal(present ? Hash256.Keccak([7]).ToUInt256() : UInt256.Zero, world.Call(tracing: true).ReturnedWord);
    }

    [Theory]
    [InlineData(Fork.Istanbul, 700 + 700)]
    [InlineData(Fork.Berlin, 2600 + 100)]
    [InlineData(Fork.Frontier, 20 + 20)]
    public void Balance_ColdThenWarm_ChargesEip2929(Fork fork, long balanceGas)
    {
        Address other = Address.Parse("0x00000000000000000000000000000000000000ee");
        var world = new TestWorld(fork).With(TestWorld.Contract, Code.Start().Push(other.ToUInt256()).Op(Opcode.BALANCE).Push(other.ToUInt256()).Op(Opcode.BALANCE).Op(Opcode.STOP));

        var run = world.Call(tracing: false);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(balanceGas + 6, run.GasUsed);
    }

    [Fact]
    public void ExtCodeHash_OfAbsentOrEmptyAccount_IsZero_OfCodelessFundedAccount_IsEmptyCodeHash()
    {
        Address empty = Address.Parse("0x00000000000000000000000000000000000000e1");
        Address funded = Address.Parse("0x00000000000000000000000000000000000000e2");
        Address absent = Address.Parse("0x00000000000000000000000000000000000000e3");
        byte[] code = Code.Start()
            .Push(empty.ToUInt256()).Op(Opcode.EXTCODEHASH).Push(0).Op(Opcode.MSTORE)
            .Push(funded.ToUInt256()).Op(Opcode.EXTCODEHASH).Push(32).Op(Opcode.MSTORE)
            .Push(absent.ToUInt256()).Op(Opcode.EXTCODEHASH).Push(64).Op(Opcode.MSTORE)
            .Push(96).Push(0).Op(Opcode.RETURN);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, code).With(empty, []).With(funded, [], balance: 1);

        var output = world.Call(tracing: false).Result.Output.ToArray();

        Assert.Equal(new byte[32], output[..32]);
        Assert.Equal(Keccak.Keccak256([]), output[32..64]);
        Assert.Equal(new byte[32], output[64..]);
    }

    [Fact]
    public void ExtCodeCopy_CopiesWithZeroFillAndChargesColdAccess()
    {
        Address other = Address.Parse("0x00000000000000000000000000000000000000ee");
        byte[] code = Code.Start().Push(40).Push(0).Push(0).Push(other.ToUInt256()).Op(Opcode.EXTCODECOPY).Push(64).Push(0).Op(Opcode.RETURN);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, code).With(other, [0xAA, 0xBB]);

        var run = world.Call(tracing: true);

        byte[] expected = new byte[64];
        expected[0] = 0xAA;
        expected[1] = 0xBB;
        Assert.Equal(expected, run.Result.Output.ToArray());

        // 4 pushes (12) + EXTCODECOPY: 100 + 2500 cold + memory 2 words (6) + copy 2 words (6); 2 pushes + RETURN.
        Assert.Equal(12 + 2600 + 6 + 6 + 6, run.GasUsed);
    }
}
