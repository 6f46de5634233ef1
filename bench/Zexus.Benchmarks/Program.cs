using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Zexus.Benchmarks.EvaluatorBenchmarks).Assembly).Run(args);
