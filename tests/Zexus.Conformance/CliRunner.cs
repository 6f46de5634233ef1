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
    /// directory is process-wide (module paths are resolved and displayed relative to it), so it is shared like a
    /// reader lock: work in the directory that is current may run at the same time on other threads (the test
    /// classes run in parallel and nearly all of them use the corpus folder), while work in another directory
    /// waits until none is left; the previous directory is restored when the last one leaves. Nested calls must
    /// use the same directory.
    /// </summary>
    public static T InDirectory<T>(string workingDirectory, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Enter(Path.GetFullPath(workingDirectory));
        try
        {
            return work();
        }
        finally
        {
            Leave();
        }
    }

    private static void Enter(string directory)
    {
        lock (CwdLock)
        {
            while (s_holders > 0 && !string.Equals(s_directory, directory, StringComparison.Ordinal))
            {
                Monitor.Wait(CwdLock);
            }

            if (s_holders == 0)
            {
                s_previous = Directory.GetCurrentDirectory();
                Directory.SetCurrentDirectory(directory);
                s_directory = directory;
            }

            s_holders++;
        }
    }

    private static void Leave()
    {
        lock (CwdLock)
        {
            if (--s_holders == 0)
            {
                Directory.SetCurrentDirectory(s_previous!);
                s_directory = null;
                Monitor.PulseAll(CwdLock);
            }
        }
    }

    private static readonly object CwdLock = new();

    /// <summary>The directory made current for the work running now (guarded by <see cref="CwdLock"/>).</summary>
    private static string? s_directory;

    /// <summary>The current directory before <see cref="s_directory"/>, restored when the last work leaves.</summary>
    private static string? s_previous;

    /// <summary>How many calls are running in <see cref="s_directory"/>.</summary>
    private static int s_holders;
}
