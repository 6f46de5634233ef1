using Zexus.Cli;

namespace Zexus.Conformance;

/// <summary>Runs the <c>zexus</c> command in-process with captured streams.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDirectory, string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code;
        lock (CwdLock)
        {
            var old = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                code = ZexusCli.Run(args, new StringReader(stdin), stdout, stderr);
            }
            finally
            {
                Directory.SetCurrentDirectory(old);
            }
        }

        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The working directory is process-wide; runs that depend on it take turns.</summary>
    private static readonly object CwdLock = new();
}
