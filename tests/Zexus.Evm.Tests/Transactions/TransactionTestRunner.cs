using System.Globalization;
using System.Text.Json;
using Zexus.Evm.Transactions;
using Zexus.Primitives;
using Zexus.TestSupport;

namespace Zexus.Evm.Tests.Transactions;

/// <summary>The verdict on one fork of one test of a TransactionTests file.</summary>
/// <param name="Case">The file's path relative to TransactionTests, then <c>@</c> and the fork name.</param>
/// <param name="Passed">Whether decoder and validator agree with the fixture.</param>
/// <param name="Detail">What disagreed, or what was checked.</param>
/// <param name="ExpectedException">The fixture's exception name (without prefix), or null for a valid transaction.</param>
/// <param name="ActualException">Our rejection's fixture name, or null when we accepted.</param>
internal sealed record ForkVerdict(string Case, bool Passed, string Detail, string? ExpectedException, string? ActualException);

/// <summary>
/// Runs ethereum/tests TransactionTests: each file holds tests with <c>txbytes</c> and, per fork,
/// either <c>hash</c>, <c>sender</c> and <c>intrinsicGas</c> of a valid transaction, or the
/// <c>exception</c> of an invalid one (with <c>intrinsicGas</c> where it was computed). The chain
/// id is 1, as in the fillers.
/// </summary>
internal static class TransactionTestRunner
{
    public const string Archive = "ethereum-basic-tests.tar.gz";

    public const ulong ChainId = 1;

    private const string ExceptionPrefix = "TransactionException.";

    /// <summary>The TransactionTests folder, or null without fixtures.</summary>
    public static string? Folder()
    {
        var root = Fixtures.Unpacked(Archive);
        return root is null ? null : Path.Combine(root, "ethereum-tests", "TransactionTests");
    }

    /// <summary>Every file, as a path relative to the folder with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Files()
    {
        var folder = Folder();
        if (folder is null)
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The verdicts for every test and fork in the file <paramref name="relativePath"/>.</summary>
    public static IReadOnlyList<ForkVerdict> Run(string relativePath)
    {
        var folder = Folder() ?? throw new InvalidOperationException(Fixtures.Hint);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, relativePath)));
        var verdicts = new List<ForkVerdict>();
        foreach (var test in document.RootElement.EnumerateObject())
        {
            var txbytes = Hex.Parse(test.Value.GetProperty("txbytes").GetString()!);
            foreach (var result in test.Value.GetProperty("result").EnumerateObject())
            {
                verdicts.Add(Check(relativePath + "@" + result.Name, txbytes, result.Name, result.Value));
            }
        }

        return verdicts;
    }

    private static ForkVerdict Check(string name, byte[] txbytes, string forkName, JsonElement expected)
    {
        if (!ForkNames.TryParse(forkName, out Fork fork))
        {
            return new ForkVerdict(name, false, $"unknown fork name {forkName}", null, null);
        }

        string? expectedException = expected.TryGetProperty("exception", out var exception)
            ? exception.GetString()!.Replace(ExceptionPrefix, string.Empty, StringComparison.Ordinal)
            : null;
        ulong expectedIntrinsic = ParseQuantity(expected.GetProperty("intrinsicGas").GetString()!);

        Transaction? transaction = null;
        ValidatedTransaction? validated = null;
        TransactionException? error = null;
        try
        {
            transaction = TransactionDecoder.Decode(txbytes);
            validated = TransactionValidator.Validate(transaction, fork, ChainId);
        }
        catch (TransactionException e)
        {
            error = e;
        }

        if (expectedException is not null)
        {
            if (validated is not null)
            {
                return new ForkVerdict(name, false, $"accepted, expected {expectedException}", expectedException, null);
            }

            // Where the fixture computed the intrinsic gas of a decodable transaction, it must match ours.
            if (transaction is not null && expectedIntrinsic != 0 && TransactionForkRules.IsTypeEnabled(transaction.Type, fork))
            {
                ulong intrinsic = IntrinsicGas.Of(transaction, fork).Standard;
                if (intrinsic != expectedIntrinsic)
                {
                    return new ForkVerdict(name, false, $"rejected ({error!.Message}) but intrinsic gas {intrinsic} != {expectedIntrinsic}", expectedException, error.FixtureName);
                }
            }

            return new ForkVerdict(name, true, error!.Message, expectedException, error.FixtureName);
        }

        if (validated is null)
        {
            return new ForkVerdict(name, false, $"rejected: {error!.Message}", null, error.FixtureName);
        }

        var hash = Hash256.Parse(expected.GetProperty("hash").GetString()!);
        var sender = Address.Parse(expected.GetProperty("sender").GetString()!);
        var problems = new List<string>();
        if (validated.Transaction.Hash != hash)
        {
            problems.Add($"hash {validated.Transaction.Hash} != {hash}");
        }

        if (Hash256.Keccak(txbytes) != hash)
        {
            problems.Add($"Keccak of txbytes != {hash}");
        }

        if (validated.Sender != sender)
        {
            problems.Add($"sender {validated.Sender} != {sender}");
        }

        if (validated.IntrinsicGas.Standard != expectedIntrinsic)
        {
            problems.Add($"intrinsic gas {validated.IntrinsicGas.Standard} != {expectedIntrinsic}");
        }

        if (!validated.Transaction.Encode().AsSpan().SequenceEqual(txbytes))
        {
            problems.Add("re-encoding differs from txbytes");
        }

        return problems.Count == 0
            ? new ForkVerdict(name, true, "valid", null, null)
            : new ForkVerdict(name, false, string.Join("; ", problems), null, null);
    }

    private static ulong ParseQuantity(string hex) =>
        ulong.Parse(hex.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
