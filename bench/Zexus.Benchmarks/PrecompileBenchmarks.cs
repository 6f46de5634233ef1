using BenchmarkDotNet.Attributes;
using Zexus.Crypto;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Benchmarks;

/// <summary>
/// One benchmark per precompile, timing <see cref="Precompile.Run"/> alone (gas is charged
/// outside it) on a typical input: a valid signature for ECRECOVER, 1 KiB for the hashes and
/// IDENTITY, the EIP-2565 worst case (32-byte base and modulus, all-ones 32-byte exponent) for
/// MODEXP, and 12 rounds (BLAKE2b's own) for BLAKE2F.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*PrecompileBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PrecompileBenchmarks
{
    private byte[] _ecRecover = [];
    private byte[] _kilobyte = [];
    private byte[] _modExp = [];
    private byte[] _blake2F = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _kilobyte = new byte[1024];
        random.NextBytes(_kilobyte);
        _ecRecover = PrecompileInputs.EcRecover(random);
        _modExp = PrecompileInputs.ModExp(random, 32, 32, 32, exponentAllOnes: true, oddModulus: true);
        _blake2F = new byte[Blake2FPrecompile.InputLength];
        random.NextBytes(_blake2F);
        _blake2F[0] = _blake2F[1] = _blake2F[2] = 0;
        _blake2F[3] = 12;
        _blake2F[^1] = 1;
    }

    [Benchmark]
    public PrecompileResult EcRecover() => EcRecoverPrecompile.Instance.Run(_ecRecover, Fork.Prague);

    [Benchmark]
    public PrecompileResult Sha256() => Sha256Precompile.Instance.Run(_kilobyte, Fork.Prague);

    [Benchmark]
    public PrecompileResult Ripemd160() => Ripemd160Precompile.Instance.Run(_kilobyte, Fork.Prague);

    [Benchmark]
    public PrecompileResult Identity() => IdentityPrecompile.Instance.Run(_kilobyte, Fork.Prague);

    [Benchmark]
    public PrecompileResult ModExp() => ModExpPrecompile.Instance.Run(_modExp, Fork.Prague);

    [Benchmark]
    public PrecompileResult Blake2F() => Blake2FPrecompile.Instance.Run(_blake2F, Fork.Prague);
}
