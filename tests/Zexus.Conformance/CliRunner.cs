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
        var code = InDirectory(workingDirectory, () => ZexusCli.Run(args, new StringReader(stdin), stdout, stderr));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs <paramref name="work"/> with <paramref name="workingDirectory"/> as the current directory. The working
    /// directory is process-wide (module paths are resolved and displayed relative to it); work that depends on
    /// it takes turns.
    /// </summary>
    public static T InDirectory<T>(string workingDirectory, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (CwdLock)
        {
            var old = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                return work();
            }
            finally
            {
                Directory.SetCurrentDirectory(old);
            }
        }
    }

    private static readonly object CwdLock = new();
}
