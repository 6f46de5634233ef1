using System.Globalization;
using Zexus.Chain.Benchmarks;

namespace Zexus.Cli;

/// <summary><c>zexus bench evm</c>: the evm-benchmarks suite on the EVM interpreter.</summary>
internal static class EvmBench
{
    public static int Run(string? path, double seconds, string? filter, TextWriter stdout, TextWriter stderr)
    {
        path ??= DefaultSuite();
        if (path is null)
        {
            stderr.Write("Error: evm-benchmarks not found: pass PATH (a folder or evm-benchmarks.tar.gz), or set ZEXUS_FIXTURES\n");
            return 2;
        }

        IReadOnlyList<EvmBenchmark> benchmarks;
        try
        {
            benchmarks = EvmBenchmarkSuite.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Chain.StateTests.StateTestFormatException)
        {
            stderr.Write($"Error: cannot read benchmarks at '{path}': {e.Message}\n");
            return 1;
        }

        stdout.Write($"{"benchmark",-44} {"gas",14} {"time/run",12} {"Mgas/s",10}\n");
        foreach (var b in benchmarks.Where(b => filter is null || b.Name.Contains(filter, StringComparison.Ordinal)))
        {
            var r = EvmBenchmarkSuite.Measure(b, TimeSpan.FromSeconds(seconds));
            var line = r.Succeeded
                ? string.Create(CultureInfo.InvariantCulture, $"{b.Name,-44} {r.GasUsed,14:N0} {r.PerRun.TotalMilliseconds,10:F3}ms {r.MegaGasPerSecond,10:F1}\n")
                : $"{b.Name,-44} {r.Detail}\n";
            stdout.Write(line);
            stdout.Flush();
        }

        return 0;
    }

    private static string? DefaultSuite()
    {
        var env = Environment.GetEnvironmentVariable("ZEXUS_FIXTURES");
        foreach (var dir in new[] { env, Path.Combine("..", "shared", "fixtures") })
        {
            if (!string.IsNullOrEmpty(dir) && File.Exists(Path.Combine(dir, "evm-benchmarks.tar.gz")))
            {
                return Path.Combine(dir, "evm-benchmarks.tar.gz");
            }
        }

        return null;
    }
}
