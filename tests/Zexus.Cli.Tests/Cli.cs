using Zexus.Cli;

namespace Zexus.Cli.Tests;

internal static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static readonly object CwdLock = new();

    public static Result Run(string stdin, params string[] args) => RunIn(Directory.GetCurrentDirectory(), stdin, args);

    public static Result RunIn(string directory, string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code;
        lock (CwdLock)
        {
            var old = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(directory);
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

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zexus.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Zexus.slnx not found");
    }
}
