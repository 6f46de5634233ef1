using Zexus.Evm.Execution;
using Zexus.Evm.Precompiles;
using Zexus.Evm.Tracing;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.State.World;

namespace Zexus.Evm.Tests.Host;

/// <summary>
/// A world state for host-opcode tests: deploy code, then run one message call at depth 0 inside a
/// transaction (warm sets as a transaction would have them), with or without a tracer.
/// </summary>
internal sealed class TestWorld
{
    public static readonly Address Origin = Address.Parse("0x000000000000000000000000000000000000ca11");
    public static readonly Address Contract = Address.Parse("0x00000000000000000000000000000000000c0de0");
    public static readonly Address Coinbase = Address.Parse("0x00000000000000000000000000000000000c0b0e");

    public TestWorld(Fork fork = Fork.Prague)
    {
        Fork = fork;
        State = new WorldState
        {
            Block = new BlockContext
            {
                Coinbase = Coinbase,
                Number = 1000,
                Timestamp = 1_700_000_000,
                GasLimit = 30_000_000,
                Difficulty = new UInt256(0x20000),
                PrevRandao = Hash256.Keccak([1, 2, 3]),
                BaseFee = new UInt256(7),
                BlobBaseFee = new UInt256(1),
                ChainId = 1,
            },
            BlockHashes = n => Hash256.Keccak(BitConverter.GetBytes(n)),
        };
        State.Load(Origin, 0, new UInt256(1_000_000_000_000), ReadOnlyMemory<byte>.Empty, []);
    }

    public Fork Fork { get; }

    public WorldState State { get; }

    public PrecompileSet Precompiles { get; init; } = PrecompileSet.Default;

    public TestWorld With(Address address, byte[] code, ulong balance = 0, ulong nonce = 0, IEnumerable<KeyValuePair<UInt256, UInt256>>? storage = null)
    {
        State.Load(address, nonce, new UInt256(balance), code, storage ?? []);
        return this;
    }

    /// <summary>Calls <see cref="Contract"/> (or <paramref name="to"/>) from <see cref="Origin"/> as a transaction's top frame.</summary>
    public CallRun Call(bool tracing, long gas = 1_000_000, Address? to = null, byte[]? input = null, UInt256 value = default, bool isStatic = false)
    {
        Address target = to ?? Contract;
        State.BeginTransaction();
        if (Fork >= Fork.Berlin)
        {
            State.WarmUpAccount(Origin);
            State.WarmUpAccount(target);
            foreach (Address precompile in Precompiles.AddressesOf(Fork))
            {
                State.WarmUpAccount(precompile);
            }
        }

        using var writer = new StringWriter();
        IEvmTracer? tracer = tracing ? new JsonLinesTracer(writer) : null;
        var context = new EvmContext(State, new TransactionContext(Origin, new UInt256(9), [Hash256.Keccak([7])]), Fork, Precompiles, tracer);
        var message = new ExecutionMessage { Caller = Origin, Recipient = target, Value = value, Input = input ?? [], Gas = gas, IsStatic = isStatic };
        EvmResult result = MessageExecutor.Call(context, message, target, transferValue: true);
        long refund = State.Refund;
        LogEntry[] logs = [.. State.Logs];
        State.EndTransaction(deleteTouchedEmpty: Fork >= Fork.SpuriousDragon);
        return new CallRun(result, gas - result.GasLeft, refund, logs, writer.ToString());
    }

    public UInt256 Storage(Address address, ulong key) => State.GetStorage(address, new UInt256(key));
}

/// <summary>The outcome of <see cref="TestWorld.Call"/>.</summary>
internal sealed record CallRun(EvmResult Result, long GasUsed, long Refund, LogEntry[] Logs, string Trace)
{
    public EvmStatus Status => Result.Status;

    public UInt256 ReturnedWord => Result.Output.Length >= 32 ? new UInt256(Result.Output.Span[..32]) : default;
}
