namespace Zexus.Chain.StateTests;

/// <summary>How one state-test case ended.</summary>
public enum CaseOutcome
{
    /// <summary>Post-state root and logs hash (or the expected rejection) match.</summary>
    Passed,

    /// <summary>The result differs from the fixture; <see cref="StateTestCaseResult.Detail"/> says how.</summary>
    Failed,

    /// <summary>The case needs something Zexus does not implement yet (named in the detail).</summary>
    NotSupported,
}

/// <summary>The result of one case: one post entry of one fork of one test.</summary>
/// <param name="File">The fixture file, as given to the runner.</param>
/// <param name="Test">The test's name inside the file.</param>
/// <param name="Fork">The fork name as the fixture writes it.</param>
/// <param name="Index">The post entry's index for that fork.</param>
/// <param name="Outcome">Passed, failed or not supported.</param>
/// <param name="Detail">Why it failed or is not supported; null when passed.</param>
public sealed record StateTestCaseResult(string File, string Test, string Fork, int Index, CaseOutcome Outcome, string? Detail)
{
    /// <summary>A name that identifies the case: <c>file@fork#test/index</c>.</summary>
    public string Name => $"{File}@{Fork}#{Test}/{Index}";
}
