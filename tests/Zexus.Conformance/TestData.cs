namespace Zexus.Conformance;

/// <summary>
/// Locates shared test data outside the repository: the Zexus corpus (<c>../shared/zexus/corpus</c> or
/// <c>$ZEXUS_CORPUS</c>). Without it, tests report themselves skipped with instructions — except under
/// <c>CI=true</c>, where missing data fails the run.
/// </summary>
public static class TestData
{
    public const string CorpusHint =
        "Zexus corpus not found: set ZEXUS_CORPUS to the folder with the .zx conformance programs, " +
        "or place it at ../shared/zexus/corpus next to the repository.";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? CorpusDirectory { get; } = FindCorpus();

    private static string? FindCorpus()
    {
        var env = Environment.GetEnvironmentVariable("ZEXUS_CORPUS");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? Path.GetFullPath(env) : null;
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

    /// <summary>The corpus program names (without extension), or a single placeholder when the corpus is missing.</summary>
    public static IEnumerable<object[]> CorpusPrograms()
    {
        if (CorpusDirectory is null)
        {
            return [["(corpus missing)"]];
        }

        return Directory.GetFiles(CorpusDirectory, "*.zx")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name });
    }

    /// <summary>
    /// Slice <paramref name="index"/> of <paramref name="count"/> of a theory's data: the rows whose position modulo
    /// <paramref name="count"/> is <paramref name="index"/>, so the slices of one count together hold every row exactly
    /// once, in the original order. See <see cref="IShard"/>.
    /// </summary>
    public static IEnumerable<object[]> Shard(IEnumerable<object[]> rows, int index, int count) =>
        rows.Where((_, position) => position % count == index);

    /// <summary>
    /// Slice <paramref name="index"/> of <paramref name="count"/> of <see cref="CorpusPrograms"/>; when the corpus is
    /// missing, every slice has the placeholder, so that each reports itself skipped (or fails under CI).
    /// </summary>
    public static IEnumerable<object[]> CorpusProgramsShard(int index, int count) =>
        CorpusDirectory is null ? CorpusPrograms() : Shard(CorpusPrograms(), index, count);

    /// <summary>The repository root (the folder holding Zexus.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zexus.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Zexus.slnx) not found above " + AppContext.BaseDirectory);
    }
}
