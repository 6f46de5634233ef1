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

    [Fact]
    public void Compile_ThenRunContainer_GivesTheSameOutput()
    {
        var source = TempProgram("contract C {\n  state n = 1\n  action bump() { n = n + 1\n return n }\n}\nprint(C.bump(), C.bump(), \"done\")\n");
        var container = Path.ChangeExtension(source, ".zxb");
        var compile = Cli.Run("", "compile", source, "-o", container);
        Assert.Equal(0, compile.ExitCode);
        var fromSource = Cli.Run("", "run", source);
        var fromContainer = Cli.Run("", "run", container);
        Assert.Equal("2 3 done\n", fromSource.Stdout);
        Assert.Equal(fromSource.Stdout, fromContainer.Stdout);
    }

    [Fact]
    public void Run_CorruptContainer_IsRejectedWithReason()
    {
        var path = Path.Combine(Path.GetTempPath(), "zexus-cli-" + Guid.NewGuid().ToString("N") + ".zxb");
        File.WriteAllBytes(path, [0x5A, 0x58, 0x42, 0x00, 0x01]);
        var r = Cli.Run("", "run", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("invalid bytecode file", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("truncated", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnwritableOutput_IsAClearError()
    {
        var r = Cli.Run("", "compile", TempProgram("print(1)\n"), "-o", "/nonexistent-zexus-dir/out.zxb");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot write", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Disasm_ShowsInstructionsWithSourceLines()
    {
        var r = Cli.Run("", "disasm", TempProgram("let x = 40 + 2\nprint(x)\n"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("ADD", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("let x = 40 + 2", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GasLimitAndStats_ReportOutOfGas()
    {
        var r = Cli.Run("", "run", TempProgram("while true { }\n"), "--gas-limit", "1000", "--stats");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Out of gas (gas used: 1000)", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("gas used: 1000", r.Stderr, StringComparison.Ordinal);
    }
}
