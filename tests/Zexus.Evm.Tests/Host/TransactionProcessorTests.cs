using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Evm.Precompiles;
using Zexus.Evm.Tests.Transactions;
using Zexus.Evm.Transactions;
using Zexus.Primitives;

namespace Zexus.Evm.Tests.Host;

/// <summary>Transaction execution over a world state: state checks, fees, refunds, creation, EIP-7702.</summary>
public class TransactionProcessorTests
{
    private static readonly byte[] Key = TestTransactions.PrivateKey;
    private static readonly Address Sender = TestTransactions.SenderAddress;
    private static readonly Address To = Address.Parse("0x00000000000000000000000000000000000000d0");

    private static TestWorld World(Fork fork = Fork.Prague, ulong balance = 10_000_000_000, ulong nonce = 0)
    {
        var world = new TestWorld(fork);
        world.State.Load(Sender, nonce, new UInt256(balance), ReadOnlyMemory<byte>.Empty, []);
        return world;
    }

    private static Transaction Tx(ulong nonce = 0, ulong gas = 100_000, ulong maxFee = 10, ulong tip = 2, Address? to = null, bool create = false, byte[]? data = null, ulong value = 0, TransactionType type = TransactionType.DynamicFee) =>
        TransactionSigner.Sign(
            new Transaction
            {
                Type = type,
                ChainId = 1,
                Nonce = nonce,
                GasPrice = maxFee,
                MaxFeePerGas = maxFee,
                MaxPriorityFeePerGas = type == TransactionType.Legacy ? maxFee : tip,
                GasLimit = gas,
                To = create ? null : to ?? To,
                Value = value,
                Data = data ?? [],
            },
            Key);

    private static TransactionResult Execute(TestWorld world, Transaction tx, PrecompileSet? precompiles = null) =>
        TransactionProcessor.Execute(world.State, TransactionValidator.Validate(tx, world.Fork, 1), world.Fork, precompiles: precompiles);

    [Fact]
    public void PlainTransfer_PaysFeesAndMovesValue()
    {
        var world = World();

        var result = Execute(world, Tx(value: 1000));

        Assert.True(result.IsSuccess);
        Assert.Equal(21_000UL, result.GasUsed);

        // Base fee 7, tip 2 → price 9; the coinbase gets the tip only.
        Assert.Equal(new UInt256(10_000_000_000 - 1000 - (21_000 * 9)), world.State.GetBalance(Sender));
        Assert.Equal(new UInt256(1000), world.State.GetBalance(To));
        Assert.Equal(new UInt256(21_000 * 2), world.State.GetBalance(TestWorld.Coinbase));
        Assert.Equal(1UL, world.State.GetNonce(Sender));
    }

    [Theory]
    [InlineData(1UL, 0UL, "NONCE_MISMATCH_TOO_HIGH")]
    [InlineData(0UL, 1UL, "NONCE_MISMATCH_TOO_LOW")]
    public void NonceMismatch_IsRejectedWithFixtureName(ulong txNonce, ulong accountNonce, string name)
    {
        var world = World(nonce: accountNonce);

        var e = Assert.Throws<TransactionException>(() => Execute(world, Tx(nonce: txNonce)));

        Assert.Equal(name, e.FixtureName);
        Assert.Equal(accountNonce, world.State.GetNonce(Sender));
    }

    [Fact]
    public void BalanceBelowMaxFeeTimesGasPlusValue_IsInsufficientFunds()
    {
        var world = World(balance: 999_999);

        Assert.Equal("INSUFFICIENT_ACCOUNT_FUNDS", Assert.Throws<TransactionException>(() => Execute(world, Tx(gas: 100_000, maxFee: 10))).FixtureName);
    }

    [Fact]
    public void MaxFeeBelowBaseFee_IsInsufficientMaxFeePerGas()
    {
        Assert.Equal("INSUFFICIENT_MAX_FEE_PER_GAS", Assert.Throws<TransactionException>(() => Execute(World(), Tx(maxFee: 6, tip: 1))).FixtureName);
    }

    [Fact]
    public void GasAboveTheBlockLimit_IsGasAllowanceExceeded()
    {
        Assert.Equal("GAS_ALLOWANCE_EXCEEDED", Assert.Throws<TransactionException>(() => Execute(World(balance: 1_000_000_000_000), Tx(gas: 30_000_001))).FixtureName);
    }

    [Theory]
    [InlineData(new byte[] { 0x00 }, true)]
    [InlineData(new byte[] { 0xEF, 0x01, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }, false)]
    public void SenderWithCode_IsNotAnEoa_UnlessDelegated(byte[] code, bool rejected)
    {
        var world = World();
        world.State.Load(Sender, 0, new UInt256(10_000_000_000), code, []);

        if (rejected)
        {
            Assert.Equal("SENDER_NOT_EOA", Assert.Throws<TransactionException>(() => Execute(world, Tx())).FixtureName);
        }
        else
        {
            Assert.True(Execute(world, Tx()).IsSuccess);
        }
    }

    [Fact]
    public void Creation_DeploysAtSenderNonceAddress()
    {
        var world = World(nonce: 3);
        byte[] runtime = [0x60, 0x01];

        var result = Execute(world, Tx(nonce: 3, create: true, data: Asm.InitCodeFor(runtime), gas: 200_000));

        Address expected = ContractAddress.FromNonce(Sender, 3);
        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.ContractAddress);
        Assert.Equal(runtime, world.State.GetCode(expected).ToArray());
    }

    [Fact]
    public void Refund_IsCappedAtAFifthOfGasUsed()
    {
        // Clearing a slot (London: 4800 refund) costs 5000 + 2100 cold; 21000 + 6 + 2900 + 2100 = 26006 used, cap 5201.
        var world = World();
        world.With(To, Code.Start().Push(0).Push(0).Op(Opcode.SSTORE), storage: [new(UInt256.Zero, UInt256.One)]);

        var result = Execute(world, Tx());

        Assert.Equal(4800UL, result.GasRefund);
        Assert.Equal(26_006UL - 4800, result.GasUsed);
    }

    [Fact]
    public void CalldataFloor_RaisesGasUsedFromPrague()
    {
        byte[] data = Enumerable.Repeat((byte)0xFF, 100).ToArray();

        var prague = Execute(World(Fork.Prague), Tx(data: data));
        var cancun = Execute(World(Fork.Cancun), Tx(data: data));

        Assert.Equal(21_000UL + (100 * 4 * 10), prague.GasUsed);
        Assert.Equal(21_000UL + (100 * 16), cancun.GasUsed);
    }

    [Fact]
    public void RevertedCall_KeepsNoLogsButChargesGas()
    {
        var world = World();
        world.With(To, Code.Start().Push(0).Push(0).Op(Opcode.LOG0).Push(0).Push(0).Op(Opcode.REVERT));

        var result = Execute(world, Tx());

        Assert.Equal(EvmStatus.Revert, result.Status);
        Assert.Empty(result.Logs);
        Assert.Equal(21_000UL + 12 + 375, result.GasUsed);
    }

    [Fact]
    public void MissingPrecompile_PropagatesToTheResult()
    {
        var world = World();
        world.With(To, Code.Start().Call(PrecompileSet.AddressOf(0x0a), 5000).StoreTop(0));

        var result = Execute(world, Tx(), new PrecompileSet([]));

        Assert.True(result.IsNotImplemented);
        Assert.Equal("precompile 0x0a (KZG_POINT_EVALUATION) not implemented", result.Error);
    }

    [Fact]
    public void Eip7702_AuthorizationDelegatesAndCallsRunTheDelegateCode()
    {
        var world = World();
        Address logic = Address.Parse("0x00000000000000000000000000000000000001c0");
        world.With(logic, Code.Start().Push(42).Push(0).Op(Opcode.SSTORE));
        Authorization auth = TransactionSigner.SignAuthorization(1, logic, 0, TestTransactions.Secp256k1Key2);
        Assert.True(auth.TryRecoverAuthority(out Address authority));
        var tx = TransactionSigner.Sign(
            new Transaction
            {
                Type = TransactionType.SetCode,
                ChainId = 1,
                MaxFeePerGas = 10,
                MaxPriorityFeePerGas = 2,
                GasLimit = 200_000,
                To = authority,
                AuthorizationList = [auth],
            },
            Key);

        var result = TransactionProcessor.Execute(world.State, TransactionValidator.Validate(tx, Fork.Prague, 1), Fork.Prague);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Delegation.Designator(logic), world.State.GetCode(authority).ToArray());
        Assert.Equal(1UL, world.State.GetNonce(authority));
        Assert.Equal(new UInt256(42), world.State.GetStorage(authority, UInt256.Zero));
        Assert.Equal(UInt256.Zero, world.State.GetStorage(logic, UInt256.Zero));
    }

    [Fact]
    public void Eip7702_ExtCodeSizeSeesTheDesignator_AndCallsChargeTheDelegateAccess()
    {
        Address logic = Address.Parse("0x00000000000000000000000000000000000001c0");
        Address delegated = Address.Parse("0x00000000000000000000000000000000000001d0");
        var world = new TestWorld(Fork.Prague)
            .With(delegated, Delegation.Designator(logic))
            .With(logic, Code.Start().Push(7).ReturnTop())
            .With(TestWorld.Contract, Code.Start().Push(delegated.ToUInt256()).Op(Opcode.EXTCODESIZE).StoreTop(0).Call(delegated, 50_000).Op(Opcode.POP).Push(0).Op(Opcode.MLOAD).StoreTop(1));

        world.Call(tracing: true);

        Assert.Equal(new UInt256(23), world.Storage(TestWorld.Contract, 0));
        Assert.Equal(new UInt256(7), world.Storage(TestWorld.Contract, 1));
    }
}
