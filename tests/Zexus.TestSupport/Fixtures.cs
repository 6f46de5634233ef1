using Xunit;

using System.Formats.Tar;
using System.IO.Compression;

namespace Zexus.TestSupport;

/// <summary>
/// Third-party test data (Ethereum tests, EVM benchmarks, KZG vectors) lives outside the repository in
/// <c>../shared/fixtures</c> or the folder named by <c>$ZEXUS_FIXTURES</c>. Archives are unpacked once
/// into the git-ignored <c>.fixtures/</c> folder of the repository. Without the data, tests are skipped
/// with instructions — except under <c>CI=true</c>, where they run and fail.
/// </summary>
public static class Fixtures
{
    public const string Hint =
        "Test fixtures not found: set ZEXUS_FIXTURES to the folder holding ethereum-*-tests.tar.gz etc., " +
        "or place it at ../shared/fixtures next to the repository (see its README for the pinned sources).";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root (the folder holding Zexus.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder holding the archives, or null.</summary>
    public static string? SourceDirectory { get; } = FindSource();

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

    private static string? FindSource()
    {
        var env = Environment.GetEnvironmentVariable("ZEXUS_FIXTURES");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        }

        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));
        return Directory.Exists(shared) ? shared : null;
    }

    private static readonly object UnpackLock = new();

    /// <summary>
    /// The folder an archive (for example <c>ethereum-basic-tests.tar.gz</c>) unpacks to, unpacking it on first
    /// use; null when the fixtures are not available.
    /// </summary>
    public static string? Unpacked(string archive)
    {
        if (SourceDirectory is null)
        {
            return null;
        }

        var source = Path.Combine(SourceDirectory, archive);
        if (!File.Exists(source))
        {
            return null;
        }

        var name = archive.EndsWith(".tar.gz", StringComparison.Ordinal) ? archive[..^".tar.gz".Length] : archive;
        var target = Path.Combine(RepositoryRoot, ".fixtures", name);
        var marker = Path.Combine(target, ".unpacked");
        lock (UnpackLock)
        {
            if (File.Exists(marker))
            {
                return target;
            }

            // Another test process may be unpacking the same archive: unpack beside it and rename atomically.
            var staging = target + ".tmp-" + Environment.ProcessId;
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            using (var file = File.OpenRead(source))
            using (var gz = new GZipStream(file, CompressionMode.Decompress))
            {
                TarFile.ExtractToDirectory(gz, staging, overwriteFiles: true);
            }

            File.WriteAllText(Path.Combine(staging, ".unpacked"), archive);
            try
            {
                Directory.Move(staging, target);
            }
            catch (IOException) when (File.Exists(marker))
            {
                Directory.Delete(staging, recursive: true);
            }

            return target;
        }
    }
}

/// <summary>A fact that is skipped (with <see cref="Fixtures.Hint"/>) when fixtures are missing, except under CI=true.</summary>
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute()
    {
        if (Fixtures.SourceDirectory is null && !Fixtures.IsCi)
        {
            Skip = Fixtures.Hint;
        }
    }
}

/// <summary>A theory that is skipped (with <see cref="Fixtures.Hint"/>) when fixtures are missing, except under CI=true.</summary>
public sealed class FixtureTheoryAttribute : TheoryAttribute
{
    public FixtureTheoryAttribute()
    {
        if (Fixtures.SourceDirectory is null && !Fixtures.IsCi)
        {
            Skip = Fixtures.Hint;
        }
    }
}
