using BenchmarkDotNet.Attributes;
using Zexus.Crypto;

namespace Zexus.Benchmarks;

/// <summary>
/// BLAKE2b's compression function F with many rounds over one block (EIP-152's BLAKE2F lets a caller ask for
/// up to 2^32 − 1): the AVX2 path against the scalar path on the same input, side by side.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*Blake2bBenchmarks*' --job short</c>.
/// </summary>
public class Blake2bBenchmarks
{
    private const uint Rounds = 10_000;
    private readonly ulong[] _h = new ulong[8];
    private readonly ulong[] _m = new ulong[16];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(152);
        for (var i = 0; i < _m.Length; i++)
        {
            _m[i] = (ulong)random.NextInt64();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = (int)Rounds)]
    public ulong Scalar()
    {
        Blake2b.CompressScalar(_h, _m, Blake2b.IV, 128, 0, finalBlock: true, Rounds);
        return _h[0];
    }

    [Benchmark(OperationsPerInvoke = (int)Rounds)]
    public ulong Avx2()
    {
        Blake2bAvx2.Compress(_h, _m, Blake2b.IV, 128, 0, finalBlock: true, Rounds);
        return _h[0];
    }
}
