namespace Zexus.Cli.Tests;

public class CliTests
{
    private static string TempProgram(string source)
    {
        var path = Path.Combine(Path.GetTempPath(), "zexus-cli-" + Guid.NewGuid().ToString("N") + ".zx");
        File.WriteAllText(path, source);
        return path;
    }

    [Fact]
    public void Version_PrintsVersion()
    {
        var r = Cli.Run("", "--version");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("0.1.0", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("check", "--help")]
    [InlineData("repl", "--help")]
    [InlineData("bench", "--help")]
    public void Help_IsAvailableEverywhere(params string[] args)
    {
        var r = Cli.Run("", args);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintsProgramOutputOnly()
    {
        var r = Cli.Run("", "run", TempProgram("print(1 + 2)\nprint(\"ok\")\n"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("3\nok\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Run_MissingFile_IsAClearError()
    {
        var r = Cli.Run("", "run", "/nonexistent/zexus/program.zx");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot read", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MaxSteps_StopsRunawayProgram()
    {
        var r = Cli.Run("", "run", TempProgram("while true { }\n"), "--max-steps", "5000");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Step limit of 5000 exceeded", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TimestampOption_ReachesTx()
    {
        var r = Cli.Run("", "run", TempProgram("print(TX.timestamp)\n"), "--timestamp", "1234");
        Assert.Equal("1234\n", r.Stdout);
    }

    [Fact]
    public void Check_ValidProgram_ReportsOk()
    {
        var path = TempProgram("let x = 1\nprint(x)\n");
        var r = Cli.Run("", "check", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("ok", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SeveralSyntaxErrors_AllReportedWithLocationAndCaret()
    {
        var path = TempProgram("let x = (1 +\nprint(\"fine\")\nlet y = 1e3\nlet z = 2 $ 3\n");
        var r = Cli.Run("", "check", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("Syntax error at line 3: invalid number literal", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("Syntax error at line 4: unexpected character '$'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(path) + ":3:", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("^", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DoesNotRunTheProgram()
    {
        var r = Cli.Run("", "check", TempProgram("print(\"side effect\")\n"));
        Assert.DoesNotContain("side effect", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Repl_KeepsDefinitionsAndShowsExpressionValues()
    {
        var input = "let x = 40\naction add(a, b) {\n  return a + b\n}\nadd(x, 2)\n:quit\nprint(\"not reached\")\n";
        var r = Cli.Run(input, "repl");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("42\n", r.Stdout);
    }

    [Fact]
    public void Repl_ErrorsDoNotEndTheSession()
    {
        var input = "1 / 0\nlet y = 5\ny * 2\n";
        var r = Cli.Run(input, "repl");
        Assert.Contains("Error: Division by zero", r.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("10\n", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Repl_Help_ListsCommands()
    {
        var r = Cli.Run(":help\n", "repl");
        Assert.Contains(":quit", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_UnknownWorkload_IsAnError()
    {
        var r = Cli.Run("", "bench", "--workload", "nope");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown workload", r.Stderr, StringComparison.Ordinal);
    }
}
