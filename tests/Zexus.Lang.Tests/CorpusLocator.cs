namespace Zexus.Lang.Tests;

/// <summary>Finds the conformance corpus: <c>ZEXUS_CORPUS</c>, or <c>shared/zexus/corpus</c> next to or above the
/// test assembly's directory (the worktrees live beside <c>shared</c>).</summary>
internal static class CorpusLocator
{
    public static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ZEXUS_CORPUS");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "..", "shared", "zexus", "corpus"), Path.Combine(dir.FullName, "shared", "zexus", "corpus") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        return null;
    }

    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
