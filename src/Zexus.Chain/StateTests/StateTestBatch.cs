using System.Collections.Concurrent;
using Zexus.Evm.Tracing;

namespace Zexus.Chain.StateTests;

/// <summary>Options of a state-test run.</summary>
public sealed record StateTestRunOptions
{
    /// <summary>Only cases of this fork name (as the fixtures write it); null runs every fork.</summary>
    public string? Fork { get; init; }

    /// <summary>Only tests whose file path or test name contains this text; null runs all.</summary>
    public string? Filter { get; init; }

    /// <summary>Makes a tracer per case (EIP-3155 traces); null runs without tracing.</summary>
    public Func<IEvmTracer?>? TracerFactory { get; init; }

    /// <summary>Worker threads; each runs whole files on a large stack.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>The results of one fixture file (or why it could not be read).</summary>
/// <param name="File">The file path as found.</param>
/// <param name="Results">One result per case that passed the filters.</param>
/// <param name="LoadError">Set when the file is not a valid state-test file.</param>
public sealed record StateTestFileResult(string File, IReadOnlyList<StateTestCaseResult> Results, string? LoadError);

/// <summary>Finds state-test files and runs them on worker threads with large stacks.</summary>
public static class StateTestBatch
{
    /// <summary>Every <c>.json</c> file under the given files and folders, in ordinal order.</summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Runs one file's tests under <paramref name="options"/> on the calling thread.</summary>
    public static StateTestFileResult RunFile(string file, StateTestRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<StateTest> tests;
        try
        {
            tests = StateTestLoader.LoadFile(file);
        }
        catch (Exception e) when (e is StateTestFormatException or System.Text.Json.JsonException or IOException)
        {
            return new StateTestFileResult(file, [], e.Message);
        }

        var results = new List<StateTestCaseResult>();
        foreach (var test in tests)
        {
            if (options.Filter is { } filter && !file.Contains(filter, StringComparison.Ordinal) && !test.Name.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            results.AddRange(StateTestRunner.Run(test, options.Fork is null ? null : f => f == options.Fork, options.TracerFactory));
        }

        return new StateTestFileResult(file, results, null);
    }

    /// <summary>
    /// Runs <paramref name="files"/> on <see cref="StateTestRunOptions.Parallelism"/> large-stack worker
    /// threads; <paramref name="onFile"/> is called (from the workers, one at a time) as each file finishes.
    /// Results come back in file order.
    /// </summary>
    public static IReadOnlyList<StateTestFileResult> Run(IReadOnlyList<string> files, StateTestRunOptions options, Action<StateTestFileResult>? onFile = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var results = new StateTestFileResult[files.Count];
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, files.Count));
        var gate = new Lock();
        var workers = Enumerable.Range(0, Math.Max(1, options.Tracer() ? 1 : options.Parallelism)).Select(_ => new Thread(
            () =>
            {
                while (queue.TryDequeue(out int i))
                {
                    results[i] = RunFile(files[i], options);
                    lock (gate)
                    {
                        onFile?.Invoke(results[i]);
                    }
                }
            },
            LargeStack.Size)).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return results;
    }

    // Traces go to one writer in case order: trace on a single worker.
    private static bool Tracer(this StateTestRunOptions options) => options.TracerFactory is not null;
}
