using Zexus.TestSupport;

namespace Zexus.Chain.Tests;

/// <summary>
/// The state-test files that take minutes (<see cref="StateTestConformanceTests.SlowFiles"/>), checked exactly
/// like the others; a separate class so that xunit runs them in parallel with the rest.
/// </summary>
public class SlowStateTestConformanceTests
{
    public static TheoryData<string> Files() => StateTestConformanceTests.FilesWhere(slow: true);

    [FixtureTheory]
    [MemberData(nameof(Files))]
    public void SlowStateTest_File_PassesOnEveryFork(string file) => StateTestConformanceTests.Check(file);
}
