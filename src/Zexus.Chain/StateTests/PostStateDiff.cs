using System.Text;
using Zexus.Primitives;
using Zexus.State.World;

namespace Zexus.Chain.StateTests;

/// <summary>Describes how a world state differs from a fixture's expected post-state (execution-spec-tests carry one).</summary>
public static class PostStateDiff
{
    private const int MaxDifferences = 8;

    /// <summary>"; differences: …" listing up to eight differing fields, or an empty string when there is no expected state.</summary>
    public static string Describe(WorldState actual, IReadOnlyDictionary<Address, TestAccount>? expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (expected is null)
        {
            return string.Empty;
        }

        var differences = new List<string>();
        void Add(string text)
        {
            if (differences.Count < MaxDifferences)
            {
                differences.Add(text);
            }
        }

        foreach (var (address, account) in expected)
        {
            if (!actual.Exists(address))
            {
                Add($"{address} missing");
                continue;
            }

            if (actual.GetNonce(address) != account.Nonce)
            {
                Add($"{address} nonce {actual.GetNonce(address)} != {account.Nonce}");
            }

            if (actual.GetBalance(address) != account.Balance)
            {
                Add($"{address} balance {actual.GetBalance(address)} != {account.Balance}");
            }

            if (!actual.GetCode(address).Span.SequenceEqual(account.Code))
            {
                Add($"{address} code differs ({actual.GetCode(address).Length} bytes, expected {account.Code.Length})");
            }

            var storage = actual.GetAllStorage(address);
            foreach (var key in storage.Keys.Union(account.Storage.Keys))
            {
                var have = storage.GetValueOrDefault(key);
                var want = account.Storage.GetValueOrDefault(key);
                if (have != want)
                {
                    Add($"{address}[{key.ToHexString()}] {have.ToHexString()} != {want.ToHexString()}");
                }
            }
        }

        foreach (var address in actual.Addresses.Where(a => !expected.ContainsKey(a)))
        {
            Add($"{address} should not exist");
        }

        if (differences.Count == 0)
        {
            return "; the accounts match the expected post-state (storage roots or encoding differ)";
        }

        var text = new StringBuilder("; differences: ");
        text.AppendJoin("; ", differences);
        return text.ToString();
    }
}
