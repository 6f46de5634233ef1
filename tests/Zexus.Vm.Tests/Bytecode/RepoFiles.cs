namespace Zexus.Vm.Tests.Bytecode;

/// <summary>Generated files checked into the repository, compared with their generators by the tests.</summary>
internal static class RepoFiles
{
    public const string RegenerateVariable = "ZEXUS_REGENERATE_DOCS";

    public static string Root()
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

    /// <summary>
    /// Asserts that the file at <paramref name="relativePath"/> holds exactly <paramref name="generated"/>, or
    /// rewrites it when <c>ZEXUS_REGENERATE_DOCS=1</c> is set.
    /// </summary>
    public static void AssertUpToDate(string relativePath, string generated)
    {
        var path = Path.Combine(Root(), relativePath);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        var current = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "<missing>";
        Assert.True(current == generated,
            $"{relativePath} is stale. Regenerate it with: {RegenerateVariable}=1 dotnet test tests/Zexus.Vm.Tests --filter \"FullyQualifiedName~Bytecode\"");
    }
}
