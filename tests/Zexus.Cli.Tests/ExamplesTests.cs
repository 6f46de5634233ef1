namespace Zexus.Cli.Tests;

/// <summary>Every program in examples/ runs through the CLI and prints exactly its .out file.</summary>
public class ExamplesTests
{
    public static IEnumerable<object[]> Examples() =>
        from path in Directory.GetFiles(Path.Combine(Cli.RepositoryRoot(), "examples"), "*.zx").Order(StringComparer.Ordinal)
        from engine in new[] { "evaluator", "interpreter", "vm", "jit" }
        select new object[] { Path.GetFileName(path), engine };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Runs_WithExpectedOutput(string example, string engine)
    {
        var dir = Path.Combine(Cli.RepositoryRoot(), "examples");
        var expected = File.ReadAllText(Path.Combine(dir, Path.ChangeExtension(example, ".out")));
        var r = Cli.RunIn(dir, "", "run", example, "--timestamp", "1700000000", "--engine", engine);
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Stdout);
    }
}
