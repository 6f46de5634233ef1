using System.Globalization;
using System.Text;
using Zexus.Evm.Tracing;
using Zexus.Evm.Transactions;
using Zexus.Host;
using Zexus.Primitives;
using Zexus.Primitives.Eips;
using Zexus.State.World;

namespace Zexus.Chain.StateTests;

/// <summary>
/// Runs state tests: for each post entry of each fork, the pre-state is loaded into a fresh
/// <see cref="WorldState"/>, the entry's <c>txbytes</c> are decoded, validated and executed, and the
/// post-state root and logs hash are compared with the fixture. An expected exception must be the
/// one raised (one of the <c>|</c>-separated alternatives) and leave the pre-state root.
/// </summary>
/// <remarks>
/// Block hashes are what the filling clients use for state tests: BLOCKHASH(n) = Keccak-256 of the
/// decimal text of n. Executing a deep call chain needs a large stack: call the runner through
/// <see cref="LargeStack"/> (the CLI and the test project do).
/// </remarks>
public static class StateTestRunner
{
    private const string ExceptionPrefix = "TransactionException.";

    /// <summary>Runs every case of <paramref name="test"/> whose fork passes <paramref name="forkFilter"/>.</summary>
    public static IEnumerable<StateTestCaseResult> Run(StateTest test, Func<string, bool>? forkFilter = null, Func<IEvmTracer?>? tracerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(test);
        foreach (var (fork, entries) in test.Post)
        {
            if (forkFilter is not null && !forkFilter(fork))
            {
                continue;
            }

            for (int i = 0; i < entries.Count; i++)
            {
                yield return RunCase(test, fork, i, tracerFactory?.Invoke());
            }
        }
    }

    /// <summary>Runs post entry <paramref name="index"/> of fork <paramref name="forkName"/>.</summary>
    public static StateTestCaseResult RunCase(StateTest test, string forkName, int index, IEvmTracer? tracer = null)
    {
        ArgumentNullException.ThrowIfNull(test);
        var post = test.Post[forkName][index];
        StateTestCaseResult Result(CaseOutcome outcome, string? detail) => new(test.File, test.Name, forkName, index, outcome, detail);

        if (!ForkNames.TryParse(forkName, out var fork))
        {
            return Result(CaseOutcome.NotSupported, $"'{forkName}' is not a fork Zexus knows");
        }

        if (post.TxBytes is null)
        {
            return Result(CaseOutcome.NotSupported, "the post entry has no txbytes");
        }

        var state = PreState(test, fork);
        string? rejection = null;
        string? rejectionName = null;
        IReadOnlyList<string> rejectionNames = [];
        ExecutionOutcome? executed = null;
        try
        {
            var transaction = TransactionDecoder.Decode(post.TxBytes);
            var validated = TransactionValidator.Validate(transaction, fork, ChainId(test));
            executed = TransactionExecution.Execute(state, validated, fork, tracer);
        }
        catch (TransactionException e)
        {
            rejection = e.Message;
            rejectionName = e.FixtureName;
            rejectionNames = e.FixtureNames;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IndexOutOfRangeException or NullReferenceException or OverflowException)
        {
            // An engine defect must not stop the run: the case fails and names the exception.
            return Result(CaseOutcome.Failed, $"internal error: {e.GetType().Name}: {e.Message}");
        }

        if (executed?.NotSupportedReason is { } reason)
        {
            return Result(CaseOutcome.NotSupported, reason);
        }

        var expected = post.ExpectException?.Split('|').Select(e => e.Trim().Replace(ExceptionPrefix, string.Empty, StringComparison.Ordinal)).ToArray();
        if (rejectionName is not null)
        {
            if (expected is null)
            {
                return Result(CaseOutcome.Failed, $"rejected ({rejectionName}: {rejection}), expected it to execute");
            }

            if (!rejectionNames.Any(name => expected.Contains(name, StringComparer.Ordinal)))
            {
                return Result(CaseOutcome.Failed, $"rejected with {rejectionName} ({rejection}), expected {post.ExpectException}");
            }

            var root = state.ComputeStateRoot();
            return root == post.StateRoot
                ? Result(CaseOutcome.Passed, null)
                : Result(CaseOutcome.Failed, $"rejected as expected, but the state root is {root}, expected {post.StateRoot} (a rejected transaction must leave the pre-state)");
        }

        if (expected is not null)
        {
            return Result(CaseOutcome.Failed, $"executed, expected the exception {post.ExpectException}");
        }

        var logsHash = LogsHash.Of(executed!.Logs);
        var stateRoot = state.ComputeStateRoot();
        if (stateRoot != post.StateRoot)
        {
            return Result(CaseOutcome.Failed, $"state root {stateRoot}, expected {post.StateRoot}{PostStateDiff.Describe(state, post.State)}");
        }

        return logsHash == post.LogsHash
            ? Result(CaseOutcome.Passed, null)
            : Result(CaseOutcome.Failed, $"logs hash {logsHash}, expected {post.LogsHash} ({executed.Logs.Count} logs)");
    }

    /// <summary>The test's pre-state in a fresh world state with the block context of <paramref name="fork"/>.</summary>
    public static WorldState PreState(StateTest test, Fork fork)
    {
        ArgumentNullException.ThrowIfNull(test);
        var state = new WorldState { Block = BlockContextOf(test, fork), BlockHashes = BlockHash };
        foreach (var (address, account) in test.Pre)
        {
            state.Load(address, account.Nonce, account.Balance, account.Code, account.Storage);
        }

        return state;
    }

    /// <summary>The block context of the test's <c>env</c> in <paramref name="fork"/>.</summary>
    public static BlockContext BlockContextOf(StateTest test, Fork fork)
    {
        ArgumentNullException.ThrowIfNull(test);
        var env = test.Environment;
        ulong? excess = env.ExcessBlobGas;
        var blobBaseFee = excess is { } e && fork >= Fork.Cancun ? Eip4844.BlobBaseFee(e, BlobUpdateFraction(test, fork)) : default;
        return new BlockContext
        {
            Coinbase = env.Coinbase,
            Number = env.Number,
            Timestamp = env.Timestamp,
            GasLimit = env.GasLimit,
            Difficulty = env.Difficulty,
            PrevRandao = env.Random ?? Hash256.Zero,
            BaseFee = env.BaseFee ?? default,
            BlobBaseFee = blobBaseFee,
            ExcessBlobGas = fork >= Fork.Cancun ? excess ?? 0 : null,
            ChainId = ChainId(test),
        };
    }

    /// <summary>BLOCKHASH in state tests: Keccak-256 of the block number's decimal text.</summary>
    public static Hash256 BlockHash(ulong number) =>
        Hash256.Keccak(Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture)));

    private static ulong ChainId(StateTest test) => test.ChainId is { } id ? (ulong)id : 1;

    private static ulong BlobUpdateFraction(StateTest test, Fork fork) =>
        test.BlobSchedules.TryGetValue(ForkNames.ToTestName(fork), out var schedule)
            ? schedule.BaseFeeUpdateFraction
            : fork >= Fork.Prague ? Eip7691.BaseFeeUpdateFraction : Eip4844.BaseFeeUpdateFraction;
}
