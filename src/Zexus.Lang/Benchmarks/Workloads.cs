namespace Zexus.Lang.Benchmarks;

/// <summary>
/// An evaluator workload: <see cref="Setup"/> defines things once, <see cref="Operation"/> is the measured
/// expression, and it performs <see cref="UnitsPerOperation"/> units of work (calls, iterations, …).
/// Shared by <c>zexus bench</c> and the BenchmarkDotNet project.
/// </summary>
public sealed record Workload(string Name, string Unit, string Setup, string Operation, long UnitsPerOperation);

/// <summary>The evaluator workloads of issue #2: recursion, loops, strings, maps and contract action calls.</summary>
public static class Workloads
{
    public static readonly Workload Fib = new(
        "fib",
        "call",
        "action fib(n) {\n  if n < 2 { return n }\n  return fib(n - 1) + fib(n - 2)\n}\n",
        "fib(20)",
        21891);

    public static readonly Workload Loop = new(
        "loop",
        "iteration",
        "action loop(n) {\n  let i = 0\n  let s = 0\n  while i < n {\n    s = s + i * 2\n    i = i + 1\n  }\n  return s\n}\n",
        "loop(100000)",
        100000);

    public static readonly Workload Strings = new(
        "strings",
        "append",
        "action build(n) {\n  let parts = []\n  let i = 0\n  while i < n {\n    parts.push(\"item\" + string(i))\n    i = i + 1\n  }\n  let s = \"\"\n  for each p in parts { s = s + p + \",\" }\n  return len(s)\n}\n",
        "build(2000)",
        2000);

    public static readonly Workload Maps = new(
        "maps",
        "update",
        "action maps(n) {\n  let m = {}\n  let i = 0\n  while i < n {\n    let k = \"k\" + string(i % 100)\n    m[k] = (m[k] ?? 0) + i\n    i = i + 1\n  }\n  return len(m)\n}\n",
        "maps(20000)",
        20000);

    public static readonly Workload Contract = new(
        "contract",
        "action call",
        "contract Counter {\n  state count = 0\n  state owner = \"system\"\n  action bump(n) {\n    require(n > 0, \"positive\")\n    count = count + n\n    return count\n  }\n}\naction calls(n) {\n  let i = 0\n  while i < n {\n    Counter.bump(1)\n    i = i + 1\n  }\n  return Counter.count\n}\n",
        "calls(5000)",
        5000);

    public static IReadOnlyList<Workload> All { get; } = [Fib, Loop, Strings, Maps, Contract];
}
