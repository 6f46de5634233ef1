using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>SELFDESTRUCT across forks (EIP-6780 from Cancun) and LOG0-LOG4.</summary>
public class SelfDestructAndLogTests
{
    private static readonly Address Heir = Address.Parse("0x00000000000000000000000000000000000000a1");

    [Theory]
    [InlineData(Fork.Shanghai, true)]
    [InlineData(Fork.Cancun, false)]
    public void SelfDestruct_OfAPreexistingContract_DeletesBeforeCancunOnlyMovesTheBalanceAfter(Fork fork, bool deleted)
    {
        var world = new TestWorld(fork).With(TestWorld.Contract, Code.Start().Push(Heir.ToUInt256()).Op(Opcode.SELFDESTRUCT), balance: 50);

        var run = world.Call(tracing: false);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(new UInt256(50), world.State.GetBalance(Heir));
        Assert.Equal(!deleted, world.State.Exists(TestWorld.Contract));
        Assert.Equal(UInt256.Zero, world.State.GetBalance(TestWorld.Contract));
    }

    [Theory]
    [InlineData(Fork.Shanghai, 5000 + 2600 + 25000)]
    [InlineData(Fork.Istanbul, 5000 + 25000)]
    [InlineData(Fork.TangerineWhistle, 5000 + 25000)]
    [InlineData(Fork.Homestead, 0)]
    public void SelfDestruct_ToANewAccount_ChargesPerFork(Fork fork, long cost)
    {
        var world = new TestWorld(fork).With(TestWorld.Contract, Code.Start().Push(Heir.ToUInt256()).Op(Opcode.SELFDESTRUCT), balance: 50);

        Assert.Equal(3 + cost, world.Call(tracing: false).GasUsed);
    }

    [Theory]
    [InlineData(Fork.Berlin, 24000)]
    [InlineData(Fork.London, 0)]
    public void SelfDestruct_RefundsUntilLondon(Fork fork, long refund)
    {
        var world = new TestWorld(fork).With(TestWorld.Contract, Code.Start().Push(TestWorld.Contract.ToUInt256()).Op(Opcode.SELFDESTRUCT), balance: 50);

        Assert.Equal(refund, world.Call(tracing: false).Refund);
    }

    [Theory]
    [InlineData(Fork.Shanghai, 0UL)]
    [InlineData(Fork.Cancun, 50UL)]
    public void SelfDestruct_ToItself_BurnsTheBalanceWhenTheAccountGoes(Fork fork, ulong balanceAfter)
    {
        Address victim = Address.Parse("0x00000000000000000000000000000000000000b1");
        var world = new TestWorld(fork)
            .With(victim, Code.Start().Push(victim.ToUInt256()).Op(Opcode.SELFDESTRUCT), balance: 50)
            .With(TestWorld.Contract, Code.Start().Call(victim, 100_000).Op(Opcode.POP).Push(victim.ToUInt256()).Op(Opcode.BALANCE).StoreTop(0));

        world.Call(tracing: false);

        Assert.Equal(new UInt256(balanceAfter), world.Storage(TestWorld.Contract, 0));
    }

    [Fact]
    public void SelfDestruct_InStaticCall_IsAViolation()
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(Heir.ToUInt256()).Op(Opcode.SELFDESTRUCT));

        Assert.Equal(EvmStatus.StaticModeViolation, world.Call(tracing: false, isStatic: true).Status);
    }

    [Theory]
    [MemberData(nameof(TracingModes.Both), MemberType = typeof(TracingModes))]
    public void Log2_RecordsAddressTopicsAndDataAndCharges8PerByte(bool tracing)
    {
        byte[] code = Code.Start().StoreBytesAt0([0xDE, 0xAD]).Push(0xB).Push(0xA).Push(2).Push(0).Op(Opcode.LOG2);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, code);

        var run = world.Call(tracing);

        var log = Assert.Single(run.Logs);
        Assert.Equal(TestWorld.Contract, log.Address);
        Assert.Equal([Hash256.FromUInt256(new UInt256(0xA)), Hash256.FromUInt256(new UInt256(0xB))], log.Topics);
        Assert.Equal(new byte[] { 0xDE, 0xAD }, log.Data.ToArray());

        // PUSH32 + PUSH1 + MSTORE (3 + 3 + 3 + 3 memory) + 4 pushes + LOG2 (375 · 3 + 8 · 2).
        Assert.Equal(12 + 12 + (375 * 3) + 16, run.GasUsed);
    }

    [Fact]
    public void TransientStorage_RoundTripsWithinATransaction()
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(5).Push(1).Op(Opcode.TSTORE).Push(1).Op(Opcode.TLOAD).ReturnTop());

        Assert.Equal(new UInt256(5), world.Call(tracing: false).ReturnedWord);
    }
}
