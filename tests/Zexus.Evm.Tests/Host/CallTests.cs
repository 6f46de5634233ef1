using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>The call family over a world state: value, stipend, revert, static mode, depth, return data.</summary>
public class CallTests
{
    private static readonly Address Callee = Address.Parse("0x00000000000000000000000000000000000000b0");

    [Theory]
    [MemberData(nameof(TracingModes.Both), MemberType = typeof(TracingModes))]
    public void Call_CalleeReverts_ItsStorageIsUndoneAndZeroIsPushed(bool tracing)
    {
        byte[] callee = Code.Start().Push(42).StoreTop(7).Push(0).Push(0).Op(Opcode.REVERT);
        var world = new TestWorld(Fork.Cancun)
            .With(TestWorld.Contract, Code.Start().Call(Callee, 100_000).StoreTop(1).Op(Opcode.RETURNDATASIZE).StoreTop(2))
            .With(Callee, callee);

        var run = world.Call(tracing);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(UInt256.Zero, world.Storage(Callee, 7));
        Assert.Equal(UInt256.Zero, world.Storage(TestWorld.Contract, 1));
    }

    [Fact]
    public void Call_Success_CopiesOutputAndSetsReturnData()
    {
        byte[] callee = Code.Start().Push(0xABCD).ReturnTop();
        byte[] caller = Code.Start().Call(Callee, 100_000).StoreTop(1).Op(Opcode.RETURNDATASIZE).StoreTop(2).Push(0).Op(Opcode.MLOAD).StoreTop(3);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, caller).With(Callee, callee);

        world.Call(tracing: false);

        Assert.Equal(UInt256.One, world.Storage(TestWorld.Contract, 1));
        Assert.Equal(new UInt256(32), world.Storage(TestWorld.Contract, 2));
        Assert.Equal(new UInt256(0xABCD), world.Storage(TestWorld.Contract, 3));
    }

    [Fact]
    public void Call_WithValue_MovesItAndGivesTheStipend()
    {
        byte[] callee = Code.Start().Op(Opcode.GAS).ReturnTop();
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Call(Callee, 0, value: 5).Push(0).Op(Opcode.MLOAD).StoreTop(0), balance: 10).With(Callee, callee);

        var run = world.Call(tracing: false);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(new UInt256(5), world.State.GetBalance(Callee));
        Assert.Equal(new UInt256(5), world.State.GetBalance(TestWorld.Contract));

        // The callee ran on the stipend alone: 2300 − GAS (2).
        Assert.Equal(new UInt256(2298), world.Storage(TestWorld.Contract, 0));
    }

    [Fact]
    public void Call_WithMoreValueThanTheBalance_PushesZeroAndKeepsTheGasAndStipend()
    {
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Call(Callee, 50_000, value: 5).Op(Opcode.STOP), balance: 1).With(Callee, [0x00]);

        var run = world.Call(tracing: false);

        // 7 pushes, one word of output memory; CALL to a cold account with value: 2600 + 9000; the 50000 and the 2300 stipend come back.
        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal((7 * 3) + 3 + 2600 + 9000 - 2300, run.GasUsed);
    }

    [Fact]
    public void Call_ToNewAccountWithValue_ChargesNewAccountCost()
    {
        Address fresh = Address.Parse("0x00000000000000000000000000000000000000f1");
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Call(fresh, 0, value: 1).Op(Opcode.STOP), balance: 1);

        var run = world.Call(tracing: false);

        Assert.Equal((7 * 3) + 3 + 2600 + 9000 + 25000 - 2300, run.GasUsed);
        Assert.Equal(UInt256.One, world.State.GetBalance(fresh));
    }

    [Fact]
    public void StaticCall_CalleeWritesStorage_FailsAndConsumesItsGas()
    {
        byte[] callee = Code.Start().Push(1).StoreTop(0);
        var world = new TestWorld(Fork.Cancun)
            .With(TestWorld.Contract, Code.Start().Call(Callee, 10_000, op: Opcode.STATICCALL).StoreTop(1))
            .With(Callee, callee);

        world.Call(tracing: false);

        Assert.Equal(UInt256.Zero, world.Storage(Callee, 0));
        Assert.Equal(UInt256.Zero, world.Storage(TestWorld.Contract, 1));
    }

    [Fact]
    public void StaticCall_CalleeCallsWithValue_IsAViolationButTransientAndLogAlsoFail()
    {
        Assert.Equal(EvmStatus.StaticModeViolation, new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(1).Push(1).Op(Opcode.TSTORE)).Call(false, isStatic: true).Status);
        Assert.Equal(EvmStatus.StaticModeViolation, new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Push(0).Push(0).Op(Opcode.LOG0)).Call(false, isStatic: true).Status);
        Assert.Equal(EvmStatus.StaticModeViolation, new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Call(Callee, 0, value: 1), balance: 5).Call(false, isStatic: true).Status);
        Assert.Equal(EvmStatus.Stop, new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Call(Callee, 0).Op(Opcode.STOP)).Call(false, isStatic: true).Status);
    }

    [Fact]
    public void DelegateCall_RunsCalleeCodeOnCallerStorageWithCallerAndValue()
    {
        byte[] callee = Code.Start().Op(Opcode.CALLER).StoreTop(1).Op(Opcode.CALLVALUE).StoreTop(2).Op(Opcode.ADDRESS).StoreTop(3);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, Code.Start().Call(Callee, 100_000, op: Opcode.DELEGATECALL)).With(Callee, callee);

        world.Call(tracing: false, value: new UInt256(77));

        Assert.Equal(TestWorld.Origin.ToUInt256(), world.Storage(TestWorld.Contract, 1));
        Assert.Equal(new UInt256(77), world.Storage(TestWorld.Contract, 2));
        Assert.Equal(TestWorld.Contract.ToUInt256(), world.Storage(TestWorld.Contract, 3));
        Assert.Equal(UInt256.Zero, world.Storage(Callee, 1));
    }

    [Theory]
    [InlineData(Fork.Frontier)]
    [InlineData(Fork.Cancun)]
    public void Call_RequestingMoreGasThanLeft_IsCappedByEip150OrRunsOutOfGasBefore(Fork fork)
    {
        var world = new TestWorld(fork).With(TestWorld.Contract, Code.Start().Call(Callee, 1_000_000).StoreTop(1)).With(Callee, [0x00]);

        var run = world.Call(tracing: false, gas: 100_000);

        Assert.Equal(fork >= Fork.TangerineWhistle ? EvmStatus.Stop : EvmStatus.OutOfGas, run.Status);
    }

    [Fact]
    public void Call_1024Deep_Works_And_TheNextCallFailsSoftly()
    {
        // Each frame counts itself in the caller's storage slot 0 (all frames share the contract) and calls itself.
        byte[] code = Code.Start().Push(0).Op(Opcode.SLOAD).Push(1).Op(Opcode.ADD).StoreTop(0)
            .Call(TestWorld.Contract, new UInt256(ulong.MaxValue)).Op(Opcode.STOP);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, code);

        CallRun run = RunOnThread(() => world.Call(tracing: false, gas: 10_000_000_000_000), MessageExecutor.RecommendedStackSize);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(new UInt256(1025), world.Storage(TestWorld.Contract, 0));
    }

    [Fact]
    public void DeepCalls_OnASmallNativeStack_EndAsNotImplementedWithAReason()
    {
        byte[] code = Code.Start().Call(TestWorld.Contract, new UInt256(ulong.MaxValue)).Op(Opcode.STOP);
        var world = new TestWorld(Fork.Cancun).With(TestWorld.Contract, code);

        CallRun run = RunOnThread(() => world.Call(tracing: false, gas: 10_000_000_000_000), 256 * 1024);

        Assert.Equal(EvmStatus.NotImplemented, run.Status);
        Assert.Contains("native stack exhausted", run.Result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_ToPrecompileWithoutImplementation_EndsNotImplementedNamingIt()
    {
        var world = new TestWorld(Fork.Cancun) { Precompiles = new PrecompileSet([]) }
            .With(TestWorld.Contract, Code.Start().Call(PrecompileSet.AddressOf(2), 10_000).StoreTop(0));

        var run = world.Call(tracing: false);

        Assert.Equal(EvmStatus.NotImplemented, run.Status);
        Assert.Equal("precompile 0x02 (SHA256) not implemented", run.Result.Error);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(14, false)]
    public void Call_ToPrecompile_ChargesItsGasAndAFailureConsumesTheCallGas(long gas, bool succeeds)
    {
        var world = new TestWorld(Fork.Cancun) { Precompiles = new PrecompileSet([new EchoPrecompile()]) }
            .With(TestWorld.Contract, Code.Start().StoreBytesAt0([1, 2, 3]).Push(3).Push(0).Push(3).Push(0).Push(0).Push(new UInt256(EchoPrecompile.Number)).Push(new UInt256((ulong)gas)).Op(Opcode.CALL).StoreTop(0).Push(0).Op(Opcode.MLOAD).StoreTop(1));

        var run = world.Call(tracing: true);

        Assert.Equal(EvmStatus.Stop, run.Status);
        Assert.Equal(succeeds ? UInt256.One : UInt256.Zero, world.Storage(TestWorld.Contract, 0));
        Assert.Equal(succeeds ? 0x030201UL : 0x010203UL, (ulong)(world.Storage(TestWorld.Contract, 1) >> 232));
    }

    private static T RunOnThread<T>(Func<T> work, int stackSize)
    {
        T result = default!;
        var thread = new Thread(() => result = work(), stackSize);
        thread.Start();
        thread.Join();
        return result;
    }
}
