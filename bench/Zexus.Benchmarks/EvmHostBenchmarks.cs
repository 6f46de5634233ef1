using BenchmarkDotNet.Attributes;
using Zexus.Evm.Execution;
using Zexus.Evm.Instructions;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.State.World;

namespace Zexus.Benchmarks;

/// <summary>
/// The EVM against the world state (Cancun): a loop of 1000 CALLs to a contract that returns a
/// word (frame set-up, snapshot, value-less message, return data), and a loop of 1000 SSTOREs and
/// SLOADs of fresh slots (EIP-2929 warm-up, EIP-2200 metering, the journal). Each run is reverted
/// to its snapshot, so every invocation sees the same state. Gas per run is printed by the setup.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*EvmHost*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class EvmHostBenchmarks
{
    private const int Iterations = 1000;
    private const long GasLimit = 100_000_000;

    private static readonly Address Caller = Address.Parse("0x000000000000000000000000000000000000ca11");
    private static readonly Address Looper = Address.Parse("0x00000000000000000000000000000000000c0de0");
    private static readonly Address Callee = Address.Parse("0x00000000000000000000000000000000000c0de1");
    private static readonly Address Storer = Address.Parse("0x00000000000000000000000000000000000c0de2");

    private readonly WorldState _state = new() { Block = new BlockContext { GasLimit = 30_000_000 } };
    private EvmContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Callee: MSTORE(0, 42) RETURN(0, 32).
        _state.Load(Callee, 1, default, new byte[] { 0x60, 0x2A, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xF3 }, []);
        _state.Load(Looper, 1, default, Loop([
            0x60, 0x20, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, 0x60, 0x00, (byte)Opcode.PUSH3, 0x0C, 0xDE, 0xE1,
            (byte)Opcode.GAS, (byte)Opcode.CALL, (byte)Opcode.POP,
        ]), []);

        // SSTORE(counter, counter); SLOAD(counter); POP.
        _state.Load(Storer, 1, default, Loop([
            (byte)Opcode.DUP1, (byte)Opcode.DUP1, (byte)Opcode.SSTORE, (byte)Opcode.DUP1, (byte)Opcode.SLOAD, (byte)Opcode.POP,
        ]), []);
        _context = new EvmContext(_state, new TransactionContext(Caller, default, []), Fork.Cancun);
        Console.WriteLine($"// gas per run: CallLoop {GasLimit - Run(Looper)}, StorageLoop {GasLimit - Run(Storer)}");
    }

    [Benchmark]
    public long CallLoop() => Run(Looper);

    [Benchmark]
    public long StorageLoop() => Run(Storer);

    /// <summary>PUSH2 n; JUMPDEST (at 3); body; PUSH1 1 SWAP1 SUB DUP1 PUSH1 3 JUMPI; STOP.</summary>
    private static byte[] Loop(byte[] body) =>
    [
        (byte)Opcode.PUSH2, Iterations >> 8, Iterations & 0xFF, (byte)Opcode.JUMPDEST,
        .. body,
        (byte)Opcode.PUSH1, 1, (byte)Opcode.SWAP1, (byte)Opcode.SUB, (byte)Opcode.DUP1,
        (byte)Opcode.PUSH1, 3, (byte)Opcode.JUMPI, (byte)Opcode.STOP,
    ];

    private long Run(Address target)
    {
        _state.BeginTransaction();
        int snapshot = _state.TakeSnapshot();
        var message = new ExecutionMessage { Caller = Caller, Recipient = target, Gas = GasLimit };
        EvmResult result = MessageExecutor.Call(_context, message, target, transferValue: false);
        _state.RevertToSnapshot(snapshot);
        if (result.Status != EvmStatus.Stop)
        {
            throw new InvalidOperationException($"benchmark program ended with {result.Status}");
        }

        return result.GasLeft;
    }
}
