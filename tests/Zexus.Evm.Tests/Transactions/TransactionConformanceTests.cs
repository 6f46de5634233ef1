using Zexus.TestSupport;
using Xunit.Abstractions;

namespace Zexus.Evm.Tests.Transactions;

/// <summary>
/// ethereum/tests TransactionTests, one test case per file (relative path as name). For every fork
/// in the file, a valid transaction must decode, validate and give the fixture's hash, sender and
/// intrinsic gas; an invalid one must be rejected (by the decoder or by the fork's validation).
/// </summary>
public class TransactionConformanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<ConformanceExclusion>> Exclusions = new(() =>
        ConformanceExclusion.Load(Path.Combine(AppContext.BaseDirectory, "TransactionTests.exclusions")));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in TransactionTestRunner.Files())
        {
            data.Add(file);
        }

        return data;
    }

    [FixtureTheory]
    [MemberData(nameof(Files))]
    public void TransactionTest_File_AgreesOnEveryFork(string file)
    {
        var failures = TransactionTestRunner.Run(file)
            .Where(v => !v.Passed && !IsExcluded(v.Case))
            .Select(v => $"{v.Case}: {v.Detail}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [FixtureFact]
    public void TransactionTests_AllFiles_SummaryPerFork()
    {
        var verdicts = TransactionTestRunner.Files().SelectMany(TransactionTestRunner.Run).ToList();
        Assert.NotEmpty(verdicts);
        output.WriteLine($"{"fork",-18} {"cases",6} {"passed",7} {"excluded",9} {"valid",6} {"invalid",8} {"same exception name",20}");
        foreach (var fork in verdicts.GroupBy(v => v.Case[(v.Case.LastIndexOf('@') + 1)..]).OrderBy(g => Primitives.ForkNames.Parse(g.Key)))
        {
            int invalid = fork.Count(v => v.ExpectedException is not null);
            int sameName = fork.Count(v => v.ExpectedException is not null && v.ExpectedException == v.ActualException);
            output.WriteLine(
                $"{fork.Key,-18} {fork.Count(),6} {fork.Count(v => v.Passed),7} {fork.Count(v => !v.Passed && IsExcluded(v.Case)),9} " +
                $"{fork.Count() - invalid,6} {invalid,8} {sameName,13}/{invalid}");
        }

        foreach (var v in verdicts.Where(v => v.ExpectedException is not null && v.ExpectedException != v.ActualException))
        {
            output.WriteLine($"name differs: {v.Case}: expected {v.ExpectedException}, rejected as {v.ActualException} ({v.Detail})");
        }

        var failures = verdicts.Where(v => !v.Passed && !IsExcluded(v.Case)).Select(v => $"{v.Case}: {v.Detail}").ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [FixtureFact]
    public void Exclusions_EveryEntry_MatchesAFailingCase()
    {
        var verdicts = TransactionTestRunner.Files().SelectMany(TransactionTestRunner.Run).ToList();
        var stale = new List<string>();
        foreach (var entry in Exclusions.Value)
        {
            var matched = verdicts.Where(v => entry.Matches(v.Case)).ToList();
            if (matched.Count == 0)
            {
                stale.Add($"line {entry.Line}: '{entry.Pattern}' matches no case");
            }
            else if (matched.All(v => v.Passed))
            {
                stale.Add($"line {entry.Line}: '{entry.Pattern}' matches only passing cases; remove it");
            }
        }

        Assert.True(stale.Count == 0, string.Join(Environment.NewLine, stale));
    }

    private static bool IsExcluded(string caseName) => Exclusions.Value.Any(e => e.Matches(caseName));
}
