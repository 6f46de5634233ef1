using System.Text.Json;
using Zexus.Evm.Transactions;
using Zexus.Primitives;
using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Transactions;

/// <summary>
/// Checks the transaction layer on the <c>txbytes</c> of every post entry of the state tests
/// (ethereum/tests GeneralStateTests and execution-spec-tests), which cover Cancun and Prague
/// transactions (blob, set-code, calldata floor) that TransactionTests lacks. Per entry: the
/// bytes decode and re-encode exactly, the sender is the fixture's; without an expected exception
/// the transaction passes the fork's stateless validation; with one whose every alternative is a
/// stateless rule, it is rejected. Exceptions that depend on state (balance, fee against base
/// fee, sender code, block gas) are the state-test runner's to check.
/// </summary>
internal static class StateTestTransactionRunner
{
    public const string Archive = "ethereum-state-tests.tar.gz";

    private static readonly HashSet<string> StatelessExceptions = new(StringComparer.Ordinal)
    {
        "INTRINSIC_GAS_TOO_LOW", "INTRINSIC_GAS_BELOW_FLOOR_GAS_COST", "INITCODE_SIZE_EXCEEDED",
        "TYPE_1_TX_PRE_FORK", "TYPE_2_TX_PRE_FORK", "TYPE_3_TX_PRE_FORK", "TYPE_4_TX_PRE_FORK",
        "TYPE_3_TX_ZERO_BLOBS", "TYPE_3_TX_CONTRACT_CREATION", "TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH",
        "TYPE_3_TX_BLOB_COUNT_EXCEEDED", "TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED",
        "TYPE_4_TX_CONTRACT_CREATION", "TYPE_4_EMPTY_AUTHORIZATION_LIST",
        "PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS", "GASLIMIT_PRICE_PRODUCT_OVERFLOW",
    };

    public static string? Folder() => Fixtures.Unpacked(Archive);

    /// <summary>Whether the fixture exception is decided without state: a decoding error or a stateless rule.</summary>
    private static bool IsStateless(string exception) =>
        exception.StartsWith("RLP_", StringComparison.Ordinal) || StatelessExceptions.Contains(exception);

    public static IReadOnlyList<string> Files()
    {
        var folder = Folder();
        return folder is null
            ? []
            : [.. Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<ForkVerdict> Run(string relativePath)
    {
        var folder = Folder() ?? throw new InvalidOperationException(Fixtures.Hint);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, relativePath)));
        var verdicts = new List<ForkVerdict>();
        foreach (var test in document.RootElement.EnumerateObject())
        {
            ulong chainId = test.Value.TryGetProperty("config", out var config) && config.TryGetProperty("chainid", out var id)
                ? Convert.ToUInt64(id.GetString(), 16)
                : 1;
            var sender = ExpectedSender(test.Value.GetProperty("transaction"));
            foreach (var fork in test.Value.GetProperty("post").EnumerateObject())
            {
                int index = 0;
                foreach (var post in fork.Value.EnumerateArray())
                {
                    var name = $"{relativePath}@{fork.Name}#{test.Name}/{index++}";
                    if (!ForkNames.TryParse(fork.Name, out Fork parsed))
                    {
                        continue;
                    }

                    verdicts.Add(Check(name, parsed, chainId, sender, post));
                }
            }
        }

        return verdicts;
    }

    private static Address ExpectedSender(JsonElement transaction)
    {
        if (transaction.TryGetProperty("sender", out var sender))
        {
            return Address.Parse(sender.GetString()!);
        }

        var key = Hex.Parse(transaction.GetProperty("secretKey").GetString()!);
        Assert.True(Crypto.Secp256k1.TryDeriveAddress(Crypto.Secp256k1.PublicKeyFromPrivate(key), out var address));
        return new Address(address);
    }

    private static ForkVerdict Check(string name, Fork fork, ulong chainId, Address sender, JsonElement post)
    {
        var txbytes = Hex.Parse(post.GetProperty("txbytes").GetString()!);
        var alternatives = post.TryGetProperty("expectException", out var exception)
            ? exception.GetString()!.Split('|').Select(e => e.Replace("TransactionException.", string.Empty, StringComparison.Ordinal)).ToArray()
            : [];
        string? expected = alternatives.Length == 0 ? null : string.Join('|', alternatives);

        Transaction transaction;
        try
        {
            transaction = TransactionDecoder.Decode(txbytes);
        }
        catch (TransactionException e)
        {
            bool ok = alternatives.Length > 0 && alternatives.All(IsStateless);
            return new ForkVerdict(name, ok, ok ? e.Message : $"does not decode: {e.Message}", expected, e.FixtureName);
        }

        if (!transaction.Encode().AsSpan().SequenceEqual(txbytes))
        {
            return new ForkVerdict(name, false, "re-encoding differs from txbytes", expected, null);
        }

        try
        {
            var validated = TransactionValidator.Validate(transaction, fork, chainId);
            if (validated.Sender != sender)
            {
                return new ForkVerdict(name, false, $"sender {validated.Sender} != {sender}", expected, null);
            }

            bool mustReject = alternatives.Length > 0 && alternatives.All(IsStateless);
            return new ForkVerdict(name, !mustReject, mustReject ? $"accepted, expected {expected}" : "valid", expected, null);
        }
        catch (TransactionException e)
        {
            bool ok = alternatives.Length > 0;
            return new ForkVerdict(name, ok, ok ? e.Message : $"rejected: {e.Message}", expected, e.FixtureName);
        }
    }
}
