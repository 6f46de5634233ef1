using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Evm.Tests.Transactions;
using Zexus.Evm.Transactions;
using Zexus.Primitives;
using Zexus.State.World;

namespace Zexus.Evm.Tests.Host;

/// <summary>
/// A rejected transaction, an out-of-gas frame and a reverted call leave exactly the pre-state, checked on
/// the state root: the actual root must equal the root of the pre-state with only the changes that survive
/// applied by hand (the sender's nonce and fee, the coinbase's tip, and the caller's own writes when only
/// an inner frame failed).
/// </summary>
public class FailedExecutionStateTests
{
    private const ulong Price = 9; // base fee 7 + tip 2
    private const ulong Tip = 2;
    private static readonly Address A = Address.Parse("0x00000000000000000000000000000000000000a0");
    private static readonly Address B = Address.Parse("0x00000000000000000000000000000000000000b0");

    // B writes a slot, logs, and receives value; A writes a slot and calls B with 1 wei, then ends as the test says.
    private static readonly byte[] BCode = Code.Start().Push(42).StoreTop(1).Push(0).Push(0).Op(Opcode.LOG0).Op(Opcode.STOP);

    private static Code CallerPrefix(ulong gasForB = 100_000) => Code.Start().Push(7).StoreTop(2).Call(B, gasForB, value: 1).Op(Opcode.POP);

    private static byte[] Loop(Code prefix)
    {
        var bytes = prefix.Build();
        int start = bytes.Length;
        return [.. bytes, (byte)Opcode.JUMPDEST, (byte)Opcode.PUSH2, (byte)(start >> 8), (byte)start, (byte)Opcode.JUMP];
    }

    private static TestWorld World(byte[] aCode, byte[] bCode)
    {
        var world = new TestWorld(Fork.Prague);
        world.State.Load(TestTransactions.SenderAddress, 0, new UInt256(10_000_000_000), ReadOnlyMemory<byte>.Empty, []);
        world.With(A, aCode, balance: 1000, storage: [new(new UInt256(2), new UInt256(1))]);
        world.With(B, bCode, balance: 5, storage: [new(new UInt256(1), new UInt256(3))]);
        return world;
    }

    private static Transaction Tx(ulong nonce = 0, ulong gas = 200_000) => TransactionSigner.Sign(
        new Transaction
        {
            Type = TransactionType.DynamicFee,
            ChainId = 1,
            Nonce = nonce,
            MaxFeePerGas = 10,
            MaxPriorityFeePerGas = Tip,
            GasLimit = gas,
            To = A,
        },
        TestTransactions.PrivateKey);

    private static TransactionResult Execute(TestWorld world, Transaction tx) =>
        TransactionProcessor.Execute(world.State, TransactionValidator.Validate(tx, world.Fork, 1), world.Fork);

    /// <summary>The pre-state with only the fee, the nonce and <paramref name="survivors"/> applied.</summary>
    private static Hash256 ExpectedRoot(byte[] aCode, byte[] bCode, ulong gasUsed, Action<WorldState>? survivors = null)
    {
        var expected = World(aCode, bCode).State;
        expected.BeginTransaction();
        expected.SetNonce(TestTransactions.SenderAddress, 1);
        expected.SubtractBalance(TestTransactions.SenderAddress, new UInt256(gasUsed * Price));
        expected.AddBalance(TestWorld.Coinbase, new UInt256(gasUsed * Tip));
        survivors?.Invoke(expected);
        expected.EndTransaction(deleteTouchedEmpty: true);
        return expected.ComputeStateRoot();
    }

    [Fact]
    public void RejectedTransaction_LeavesThePreStateRoot()
    {
        var code = Loop(CallerPrefix());
        var world = World(code, BCode);
        var before = world.State.ComputeStateRoot();

        var e = Assert.Throws<TransactionException>(() => Execute(world, Tx(nonce: 5)));

        Assert.Equal("NONCE_MISMATCH_TOO_HIGH", e.FixtureName);
        Assert.Equal(before, world.State.ComputeStateRoot());
    }

    [Fact]
    public void OutOfGasInTheTopFrame_KeepsOnlyTheFee()
    {
        var code = Loop(CallerPrefix());
        var world = World(code, BCode);

        var result = Execute(world, Tx());

        Assert.Equal(EvmStatus.OutOfGas, result.Status);
        Assert.Equal(200_000UL, result.GasUsed);
        Assert.Empty(result.Logs);
        Assert.Equal(ExpectedRoot(code, BCode, result.GasUsed), world.State.ComputeStateRoot());
    }

    [Fact]
    public void RevertInTheTopFrame_KeepsOnlyTheFee()
    {
        var code = CallerPrefix().Push(0).Push(0).Op(Opcode.REVERT).Build();
        var world = World(code, BCode);

        var result = Execute(world, Tx());

        Assert.Equal(EvmStatus.Revert, result.Status);
        Assert.Empty(result.Logs);
        Assert.Equal(ExpectedRoot(code, BCode, result.GasUsed), world.State.ComputeStateRoot());
    }

    [Fact]
    public void OutOfGasInACalledFrame_RevertsOnlyThatFrame()
    {
        var looping = Loop(Code.Start().Push(42).StoreTop(1).Push(0).Push(0).Op(Opcode.LOG0));
        var code = CallerPrefix(gasForB: 30_000).Op(Opcode.STOP).Build();
        var world = World(code, looping);

        var result = Execute(world, Tx());

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Logs);
        Assert.Equal(new UInt256(3), world.State.GetStorage(B, new UInt256(1)));
        Assert.Equal(new UInt256(5), world.State.GetBalance(B));
        Assert.Equal(
            ExpectedRoot(code, looping, result.GasUsed, s => s.SetStorage(A, new UInt256(2), new UInt256(7))),
            world.State.ComputeStateRoot());
    }
}
