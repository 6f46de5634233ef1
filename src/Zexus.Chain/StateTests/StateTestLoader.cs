using System.Text.Json;
using Zexus.Primitives;

namespace Zexus.Chain.StateTests;

/// <summary>Thrown for a state-test file that does not have the expected shape, naming the file and the field.</summary>
public sealed class StateTestFormatException : Exception
{
    public StateTestFormatException(string message) : base(message)
    {
    }

    public StateTestFormatException()
    {
    }

    public StateTestFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}

/// <summary>
/// Reads Ethereum state-test JSON (ethereum/tests GeneralStateTests and execution-spec-tests fixtures,
/// see ../shared/fixtures/README.md). Fork names are kept as written; <see cref="ForkNames"/> maps them.
/// </summary>
public static class StateTestLoader
{
    public static IReadOnlyList<StateTest> LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads the tests of one JSON document; <paramref name="name"/> names it in the results and errors.</summary>
    public static IReadOnlyList<StateTest> Load(Stream stream, string name)
    {
        var path = name;
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
        var tests = new List<StateTest>();
        foreach (var test in doc.RootElement.EnumerateObject())
        {
            try
            {
                tests.Add(Load(path, test.Name, test.Value));
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException or OverflowException or ArgumentException)
            {
                throw new StateTestFormatException($"{path}: test '{test.Name}': {e.Message}", e);
            }
        }

        return tests;
    }

    private static StateTest Load(string file, string name, JsonElement t)
    {
        var env = t.GetProperty("env");
        var environment = new TestEnvironment(
            Address.Parse(env.GetProperty("currentCoinbase").GetString()!),
            ULong(env.GetProperty("currentGasLimit")),
            ULong(env.GetProperty("currentNumber")),
            ULong(env.GetProperty("currentTimestamp")),
            Word(env.GetProperty("currentDifficulty")),
            env.TryGetProperty("currentRandom", out var random) ? Hash256.Parse(random.GetString()!) : null,
            env.TryGetProperty("currentBaseFee", out var baseFee) ? Word(baseFee) : null,
            env.TryGetProperty("currentExcessBlobGas", out var excess) ? ULong(excess) : null);

        var post = new Dictionary<string, IReadOnlyList<PostEntry>>(StringComparer.Ordinal);
        foreach (var fork in t.GetProperty("post").EnumerateObject())
        {
            post[fork.Name] = [.. fork.Value.EnumerateArray().Select(PostEntryOf)];
        }

        UInt256? chainId = null;
        var schedules = new Dictionary<string, BlobSchedule>(StringComparer.Ordinal);
        if (t.TryGetProperty("config", out var config))
        {
            if (config.TryGetProperty("chainid", out var id))
            {
                chainId = Word(id);
            }

            if (config.TryGetProperty("blobSchedule", out var blob))
            {
                foreach (var fork in blob.EnumerateObject())
                {
                    schedules[fork.Name] = new BlobSchedule(ULong(fork.Value.GetProperty("target")), ULong(fork.Value.GetProperty("max")), ULong(fork.Value.GetProperty("baseFeeUpdateFraction")));
                }
            }
        }

        return new StateTest(file, name, environment, Accounts(t.GetProperty("pre")), TransactionOf(t.GetProperty("transaction")), post, chainId, schedules);
    }

    private static PostEntry PostEntryOf(JsonElement e)
    {
        var indexes = e.GetProperty("indexes");
        return new PostEntry(
            Hash256.Parse(e.GetProperty("hash").GetString()!),
            Hash256.Parse(e.GetProperty("logs").GetString()!),
            e.TryGetProperty("txbytes", out var tx) ? Bytes(tx) : null,
            new TxIndexes(indexes.GetProperty("data").GetInt32(), indexes.GetProperty("gas").GetInt32(), indexes.GetProperty("value").GetInt32()),
            e.TryGetProperty("expectException", out var ex) ? ex.GetString() : null,
            e.TryGetProperty("state", out var state) ? Accounts(state) : null);
    }

    private static TestTransaction TransactionOf(JsonElement tx)
    {
        var to = tx.TryGetProperty("to", out var toElement) && toElement.GetString() is { Length: > 0 } toText ? Address.Parse(toText) : (Address?)null;
        return new TestTransaction(
            [.. tx.GetProperty("data").EnumerateArray().Select(Bytes)],
            [.. tx.GetProperty("gasLimit").EnumerateArray().Select(e => WordOrNull(e) is { FitsInUInt64: true } w ? w.u0 : (ulong?)null)],
            [.. tx.GetProperty("value").EnumerateArray().Select(WordOrNull)],
            ULong(tx.GetProperty("nonce")),
            to,
            Optional(tx, "gasPrice"),
            Optional(tx, "maxFeePerGas"),
            Optional(tx, "maxPriorityFeePerGas"),
            Optional(tx, "maxFeePerBlobGas"),
            tx.TryGetProperty("blobVersionedHashes", out var hashes) ? [.. hashes.EnumerateArray().Select(h => Hash256.Parse(h.GetString()!))] : null,
            tx.TryGetProperty("accessLists", out var lists) ? [.. lists.EnumerateArray().Select(AccessListOf)] : null,
            tx.TryGetProperty("authorizationList", out var auths) ? [.. auths.EnumerateArray().Select(AuthorizationOf)] : null,
            tx.TryGetProperty("secretKey", out var key) ? Bytes(key) : null,
            tx.TryGetProperty("sender", out var sender) && sender.GetString() is { Length: > 0 } s ? Address.Parse(s) : null);
    }

    private static IReadOnlyList<AccessListEntry>? AccessListOf(JsonElement list) =>
        list.ValueKind == JsonValueKind.Null
            ? null
            : [.. list.EnumerateArray().Select(e => new AccessListEntry(
                Address.Parse(e.GetProperty("address").GetString()!),
                [.. e.GetProperty("storageKeys").EnumerateArray().Select(k => Hash256.Parse(k.GetString()!))]))];

    private static AuthorizationEntry AuthorizationOf(JsonElement a) => new(
        Word(a.GetProperty("chainId")),
        Address.Parse(a.GetProperty("address").GetString()!),
        ULong(a.GetProperty("nonce")),
        Word(a.GetProperty("v")),
        Word(a.GetProperty("r")),
        Word(a.GetProperty("s")),
        a.TryGetProperty("signer", out var signer) ? Address.Parse(signer.GetString()!) : null);

    private static Dictionary<Address, TestAccount> Accounts(JsonElement accounts)
    {
        var result = new Dictionary<Address, TestAccount>();
        foreach (var a in accounts.EnumerateObject())
        {
            var storage = new Dictionary<UInt256, UInt256>();
            foreach (var slot in a.Value.GetProperty("storage").EnumerateObject())
            {
                storage[UInt256.Parse(slot.Name)] = Word(slot.Value);
            }

            result[Address.Parse(a.Name)] = new TestAccount(Word(a.Value.GetProperty("balance")), ULong(a.Value.GetProperty("nonce")), Bytes(a.Value.GetProperty("code")), storage);
        }

        return result;
    }

    private static UInt256? Optional(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Word(v) : null;

    private static UInt256 Word(JsonElement e) => UInt256.Parse(e.GetString()!);

    /// <summary>ethereum/tests write deliberately out-of-range quantities as <c>0x:bigint 0x…</c>; those are null.</summary>
    private static UInt256? WordOrNull(JsonElement e)
    {
        var text = e.GetString()!;
        const string Big = "0x:bigint ";
        if (text.StartsWith(Big, StringComparison.Ordinal))
        {
            text = text[Big.Length..];
        }

        return UInt256.TryParse(text, out var w) ? w : null;
    }

    /// <summary>A hex quantity that must fit in 64 bits (gas, numbers, timestamps, nonces).</summary>
    private static ulong ULong(JsonElement e)
    {
        var w = Word(e);
        return w.FitsInUInt64 ? w.u0 : throw new OverflowException($"value {e.GetString()} does not fit in 64 bits");
    }

    private static byte[] Bytes(JsonElement e)
    {
        var text = e.GetString() ?? "";
        return text.Length == 0 || text == "0x" ? [] : Hex.Parse(text);
    }

    /// <summary>Counts cases (post entries) per fork name over many tests.</summary>
    public static SortedDictionary<string, int> CasesPerFork(IEnumerable<StateTest> tests)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tests)
        {
            foreach (var (fork, entries) in t.Post)
            {
                counts[fork] = counts.GetValueOrDefault(fork) + entries.Count;
            }
        }

        return counts;
    }
}
