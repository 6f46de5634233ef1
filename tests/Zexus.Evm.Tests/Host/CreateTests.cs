using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>CREATE and CREATE2 over a world state: addresses, nonces, code deposit, collisions, return data.</summary>
public class CreateTests
{
    private static readonly byte[] Runtime = [0x60, 0x2A, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xF3];

    private static Code CreateFromMemory(byte[] initCode, bool salted, ulong salt = 0)
    {
        Code code = Code.Start();
        for (int i = 0; i < initCode.Length; i++)
        {
            code.Push(initCode[i]).Push(new UInt256((ulong)i)).Op(Opcode.MSTORE8);
        }

        if (salted)
        {
            code.Push(new UInt256(salt));
        }

        return code.Push(new UInt256((ulong)initCode.Length)).Push(0).Push(0).Op(salted ? Opcode.CREATE2 : Opcode.CREATE);
    }

    [Theory]
    [MemberData(nameof(TracingModes.Both), MemberType = typeof(TracingModes))]
    public void Create_DeploysAtTheRlpAddressAndBumpsTheNonce(bool tracing)
    {
        byte[] init = Asm.InitCodeFor(Runtime);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, CreateFromMemory(init, salted: false).StoreTop(0).Op(Opcode.RETURNDATASIZE).StoreTop(1), nonce: 5);

        var run = world.Call(tracing);

        Address expected = ContractAddress.FromNonce(TestWorld.Contract, 5);
        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(expected.ToUInt256(), world.Storage(TestWorld.Contract, 0));
        Assert.Equal(UInt256.Zero, world.Storage(TestWorld.Contract, 1));
        Assert.Equal(6UL, world.State.GetNonce(TestWorld.Contract));
        Assert.Equal(1UL, world.State.GetNonce(expected));
        Assert.Equal(Runtime, world.State.GetCode(expected).ToArray());
    }

    [Fact]
    public void Create2_SameSaltTwice_SecondCollidesPushesZeroAndStillBumpsTheNonce()
    {
        byte[] init = Asm.InitCodeFor(Runtime);
        Code code = CreateFromMemory(init, salted: true, salt: 9).StoreTop(0)
            .Push(9).Push(new UInt256((ulong)init.Length)).Push(0).Push(0).Op(Opcode.CREATE2).StoreTop(1);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, code, nonce: 1);

        world.Call(tracing: false);

        Assert.Equal(ContractAddress.FromSalt(TestWorld.Contract, new UInt256(9), init).ToUInt256(), world.Storage(TestWorld.Contract, 0));
        Assert.Equal(UInt256.Zero, world.Storage(TestWorld.Contract, 1));
        Assert.Equal(3UL, world.State.GetNonce(TestWorld.Contract));
    }

    [Fact]
    public void Create_InitCodeReverts_ReturnDataIsTheRevertData()
    {
        byte[] init = Asm.InitCodeFor([1, 2, 3, 4, 5], revert: true);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, CreateFromMemory(init, salted: false).StoreTop(0).Op(Opcode.RETURNDATASIZE).StoreTop(1));

        world.Call(tracing: false);

        Assert.Equal(UInt256.Zero, world.Storage(TestWorld.Contract, 0));
        Assert.Equal(new UInt256(5), world.Storage(TestWorld.Contract, 1));
    }

    [Theory]
    [InlineData(Fork.Cancun, EvmStatus.InvalidCodePrefix)]
    [InlineData(Fork.Berlin, EvmStatus.Return)]
    public void Create_CodeStartingWith0xEF_IsRejectedFromLondon(Fork fork, EvmStatus expected)
    {
        var world = new TestWorld(fork);
        var context = new EvmContext(world.State, new Zexus.Host.TransactionContext(TestWorld.Origin, default, []), fork);
        var message = new ExecutionMessage { Caller = TestWorld.Origin, Recipient = TestWorld.Contract, Gas = 100_000 };

        world.State.BeginTransaction();
        EvmResult result = MessageExecutor.Create(context, message, Asm.InitCodeFor([0xEF]));

        Assert.Equal(expected, result.Status);
    }

    [Theory]
    [InlineData(Fork.Frontier, EvmStatus.Return, 0)]
    [InlineData(Fork.Homestead, EvmStatus.OutOfGas, 0)]
    public void Create_CannotPayTheCodeDeposit_FrontierLeavesEmptyCodeHomesteadFails(Fork fork, EvmStatus expected, int codeLength)
    {
        var world = new TestWorld(fork);
        var context = new EvmContext(world.State, new Zexus.Host.TransactionContext(TestWorld.Origin, default, []), fork);
        byte[] init = Asm.InitCodeFor(Runtime);

        // The initcode costs 3 + 3 + 6 (MSTORE + memory) + 3 + 3 = 18 gas; 10 bytes of code need 2000 more.
        var message = new ExecutionMessage { Caller = TestWorld.Origin, Recipient = TestWorld.Contract, Gas = 1000 };
        world.State.BeginTransaction();
        EvmResult result = MessageExecutor.Create(context, message, init);

        Assert.Equal(expected, result.Status);
        Assert.Equal(codeLength, world.State.GetCode(TestWorld.Contract).Length);
    }

    [Fact]
    public void Create_CodeOverTheEip170Limit_Fails()
    {
        var world = new TestWorld(Fork.Cancun);
        var context = new EvmContext(world.State, new Zexus.Host.TransactionContext(TestWorld.Origin, default, []), Fork.Cancun);

        // RETURN(0, 24577): zero-filled memory as code.
        byte[] init = Code.Start().Push(24_577).Push(0).Op(Opcode.RETURN);
        var message = new ExecutionMessage { Caller = TestWorld.Origin, Recipient = TestWorld.Contract, Gas = 10_000_000 };
        world.State.BeginTransaction();

        Assert.Equal(EvmStatus.OutOfGas, MessageExecutor.Create(context, message, init).Status);
    }

    [Fact]
    public void Create_InitCodeOverTheEip3860Limit_RunsOutOfGas()
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(49_153).Push(0).Push(0).Op(Opcode.CREATE).StoreTop(0));

        Assert.Equal(EvmStatus.OutOfGas, world.Call(tracing: false, gas: 10_000_000).Status);
    }

    [Fact]
    public void ContractAddress_MatchesKnownDerivations()
    {
        // The first contract of 0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0 (nonce 0) and the EIP-1014 example 0.
        Assert.Equal(Address.Parse("0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d"), ContractAddress.FromNonce(Address.Parse("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0"), 0));
        Assert.Equal(Address.Parse("0x4d1a2e2bb4f88f0250f26ffff098b0b30b26bf38"), ContractAddress.FromSalt(Address.Zero, UInt256.Zero, [0x00]));
    }
}
