using Zexus.Chain.StateTests;
using Zexus.TestSupport;

namespace Zexus.Chain.Tests;

/// <summary>
/// Ethereum's state tests (<c>ethereum-state-tests.tar.gz</c>: ethereum/tests GeneralStateTests and
/// execution-spec-tests), one test case per file with its relative path as name, through the same
/// runner as <c>zexus statetest</c>. Every case of every fork in the file must pass unless
/// <c>StateTests.exclusions</c> covers it with a reason; an exclusion whose cases all pass, or that
/// names no file, fails.
/// </summary>
public class StateTestConformanceTests
{
    /// <summary>
    /// Files that take minutes (CALLBlake2f_MaxRounds runs BLAKE2F with 2^32 − 1 rounds; vmPerformance loops).
    /// They run in their own test class, <see cref="SlowStateTestConformanceTests"/>, which xunit runs in
    /// parallel with this one, so they do not add to the suite's wall time. They are not skipped.
    /// </summary>
    internal static readonly string[] SlowFiles =
    [
        "ethereum-tests/GeneralStateTests/stTimeConsuming/CALLBlake2f_MaxRounds.json",
        "ethereum-tests/GeneralStateTests/VMTests/vmPerformance/",
    ];

    private const string Archive = "ethereum-state-tests.tar.gz";

    private static readonly Lazy<IReadOnlyList<ConformanceExclusion>> Exclusions = new(() =>
        ConformanceExclusion.Load(Path.Combine(AppContext.BaseDirectory, "StateTests.exclusions")));

    public static TheoryData<string> Files() => FilesWhere(slow: false);

    [FixtureTheory]
    [MemberData(nameof(Files))]
    public void StateTest_File_PassesOnEveryFork(string file) => Check(file);

    internal static TheoryData<string> FilesWhere(bool slow)
    {
        var data = new TheoryData<string>();
        foreach (var file in RelativeFiles().Where(f => SlowFiles.Any(s => f.StartsWith(s, StringComparison.Ordinal)) == slow))
        {
            data.Add(file);
        }

        return data;
    }

    internal static void Check(string file)
    {
        var root = Fixtures.Unpacked(Archive)!;
        var result = LargeStack.Run(() => StateTestBatch.RunFile(Path.Combine(root, file), new StateTestRunOptions()));
        Assert.True(result.LoadError is null, result.LoadError);
        Assert.NotEmpty(result.Results);

        var problems = new List<string>();
        foreach (var r in result.Results.Where(r => r.Outcome != CaseOutcome.Passed))
        {
            if (Exclusion($"{file}@{r.Fork}") is null)
            {
                problems.Add($"{r.Outcome}: {r.Name}: {r.Detail}");
            }
        }

        foreach (var entry in Exclusions.Value.Where(e => e.MatchesFile(file)))
        {
            var covered = result.Results.Where(r => entry.Matches($"{file}@{r.Fork}")).ToList();
            if (covered.Count > 0 && covered.All(r => r.Outcome == CaseOutcome.Passed))
            {
                problems.Add($"StateTests.exclusions line {entry.Line}: '{entry.Pattern}' covers only passing cases of this file; narrow or remove it");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [FixtureFact]
    public void Exclusions_EveryEntry_NamesAFile()
    {
        var files = RelativeFiles();
        Assert.NotEmpty(files);
        var stale = Exclusions.Value.Where(e => !files.Any(e.MatchesFile)).Select(e => $"line {e.Line}: '{e.Pattern}' matches no file").ToList();
        Assert.True(stale.Count == 0, string.Join(Environment.NewLine, stale));
    }

    private static ConformanceExclusion? Exclusion(string caseName) => Exclusions.Value.FirstOrDefault(e => e.Matches(caseName));

    private static IReadOnlyList<string> RelativeFiles()
    {
        var root = Fixtures.Unpacked(Archive);
        return root is null
            ? []
            : [.. Directory.GetFiles(root, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)];
    }
}
