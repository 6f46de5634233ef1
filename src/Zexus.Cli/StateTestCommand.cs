using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Zexus.Chain.StateTests;
using Zexus.Evm.Tracing;

namespace Zexus.Cli;

/// <summary>
/// <c>zexus statetest PATH… [--fork F] [--filter TEXT] [--trace] [--json]</c>: runs Ethereum state
/// tests and prints pass/fail counts per fork and per folder.
/// </summary>
internal static class StateTestCommand
{
    private const int FailuresShown = 30;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "State-test JSON files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var fork = new Option<string?>("--fork") { Description = "Only cases of this fork, as the fixtures name it (Cancun, Prague, Shanghai, …)" };
        var filter = new Option<string?>("--filter") { Description = "Only tests whose file path or name contains this text" };
        var trace = new Option<bool>("--trace") { Description = "Write an EIP-3155 trace (JSON lines) of every case to stderr" };
        var json = new Option<bool>("--json") { Description = "Write a machine-readable summary (JSON) to stdout instead of the tables" };
        var command = new Command("statetest", "Run Ethereum state tests and report pass/fail per fork and folder") { paths, fork, filter, trace, json };
        command.SetAction(p => Run(p.GetValue(paths)!, p.GetValue(fork), p.GetValue(filter), p.GetValue(trace), p.GetValue(json), stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, string? fork, string? filter, bool trace, bool json, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<string> files;
        try
        {
            files = StateTestBatch.FindFiles(paths);
        }
        catch (FileNotFoundException e)
        {
            stderr.Write($"Error: {e.Message}\n");
            return 2;
        }

        var options = new StateTestRunOptions
        {
            Fork = fork,
            Filter = filter,
            TracerFactory = trace ? () => new JsonLinesTracer(stderr) : null,
        };
        var clock = Stopwatch.StartNew();
        int done = 0;
        bool progress = !trace && !Console.IsErrorRedirected;
        var results = StateTestBatch.Run(files, options, _ =>
        {
            done++;
            if (progress && (done % 10 == 0 || done == files.Count))
            {
                stderr.Write(ProgressBar(done, files.Count));
                stderr.Flush();
            }
        });
        if (progress)
        {
            stderr.Write('\n');
        }

        var root = CommonRoot(files);
        var summary = Summarize(results, root);
        if (json)
        {
            WriteJson(summary, results, clock.Elapsed, stdout);
        }
        else
        {
            WriteTables(summary, results, clock.Elapsed, stdout);
        }

        return summary.Failed > 0 || summary.LoadErrors > 0 ? 1 : 0;
    }

    private static string ProgressBar(int done, int total)
    {
        const int Width = 40;
        int filled = total == 0 ? Width : done * Width / total;
        return string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} files");
    }

    private sealed record Counts(int Passed, int Failed, int NotSupported)
    {
        public static Counts Zero { get; } = new(0, 0, 0);

        public Counts Add(CaseOutcome outcome) => outcome switch
        {
            CaseOutcome.Passed => this with { Passed = Passed + 1 },
            CaseOutcome.Failed => this with { Failed = Failed + 1 },
            _ => this with { NotSupported = NotSupported + 1 },
        };
    }

    private sealed record Summary(SortedDictionary<string, Counts> PerFork, SortedDictionary<string, Counts> PerFolder, Counts Total, int LoadErrors)
    {
        public int Failed => Total.Failed;
    }

    private static Summary Summarize(IReadOnlyList<StateTestFileResult> results, string root)
    {
        var perFork = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var perFolder = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var total = Counts.Zero;
        foreach (var file in results)
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file.File))?.Replace('\\', '/') is { Length: > 0 } f ? f : ".";
            foreach (var r in file.Results)
            {
                perFork[r.Fork] = perFork.GetValueOrDefault(r.Fork, Counts.Zero).Add(r.Outcome);
                perFolder[folder] = perFolder.GetValueOrDefault(folder, Counts.Zero).Add(r.Outcome);
                total = total.Add(r.Outcome);
            }
        }

        return new Summary(perFork, perFolder, total, results.Count(r => r.LoadError is not null));
    }

    private static void WriteTables(Summary summary, IReadOnlyList<StateTestFileResult> results, TimeSpan elapsed, TextWriter stdout)
    {
        void Table(string title, SortedDictionary<string, Counts> rows)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{title,-60} {"passed",8} {"failed",8} {"n/s",8}\n"));
            foreach (var (name, c) in rows)
            {
                stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{name,-60} {c.Passed,8} {c.Failed,8} {c.NotSupported,8}\n"));
            }

            stdout.Write('\n');
        }

        Table("fork", summary.PerFork);
        Table("folder", summary.PerFolder);
        foreach (var file in results.Where(r => r.LoadError is not null))
        {
            stdout.Write($"unreadable: {file.File}: {file.LoadError}\n");
        }

        var failures = results.SelectMany(r => r.Results).Where(r => r.Outcome == CaseOutcome.Failed).ToList();
        foreach (var f in failures.Take(FailuresShown))
        {
            stdout.Write($"FAIL {f.Name}: {f.Detail}\n");
        }

        if (failures.Count > FailuresShown)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"… and {failures.Count - FailuresShown} more failures (use --filter or --json)\n"));
        }

        var t = summary.Total;
        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{t.Passed} passed, {t.Failed} failed, {t.NotSupported} not supported ({results.Count} files, {elapsed.TotalSeconds:F1} s)\n"));
    }

    private static void WriteJson(Summary summary, IReadOnlyList<StateTestFileResult> results, TimeSpan elapsed, TextWriter stdout)
    {
        static object Row(Counts c) => new { passed = c.Passed, failed = c.Failed, notSupported = c.NotSupported };
        var document = new
        {
            passed = summary.Total.Passed,
            failed = summary.Total.Failed,
            notSupported = summary.Total.NotSupported,
            files = results.Count,
            seconds = Math.Round(elapsed.TotalSeconds, 3),
            forks = summary.PerFork.ToDictionary(kv => kv.Key, kv => Row(kv.Value)),
            folders = summary.PerFolder.ToDictionary(kv => kv.Key, kv => Row(kv.Value)),
            unreadable = results.Where(r => r.LoadError is not null).Select(r => new { file = r.File, error = r.LoadError }),
            cases = results.SelectMany(r => r.Results).Where(r => r.Outcome != CaseOutcome.Passed)
                .Select(r => new { name = r.Name, outcome = r.Outcome.ToString(), detail = r.Detail }),
        };
        stdout.Write(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
        stdout.Write('\n');
    }

    private static string CommonRoot(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return ".";
        }

        var root = Path.GetDirectoryName(Path.GetFullPath(files[0])) ?? ".";
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            while (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Path.GetDirectoryName(root) is { } parent)
            {
                root = parent;
            }
        }

        return root;
    }
}
