using BenchmarkDotNet.Attributes;
using Zexus.Crypto;

namespace Zexus.Benchmarks;

/// <summary>
/// secp256k1 public key recovery and verification, managed (<see cref="Secp256k1Managed"/>)
/// against libsecp256k1 (<see cref="Secp256k1Native"/>) on the same seeded signatures; the native
/// rows throw when the library is absent (install <c>libsecp256k1-1</c>). The ratio of the Mean
/// columns is the managed/native factor.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*Secp256k1Benchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class Secp256k1Benchmarks
{
    private readonly byte[] _publicKey = new byte[Secp256k1.UncompressedPublicKeyLength];
    private readonly byte[] _recovered = new byte[Secp256k1.UncompressedPublicKeyLength];
    private byte[] _hash = [];
    private byte[] _signature = [];
    private byte[] _privateKey = [];
    private int _recoveryId;

    [GlobalSetup]
    public void Setup()
    {
        byte[] input = PrecompileInputs.EcRecover(new Random(3));
        _hash = input[..32];
        _signature = input[64..];
        _recoveryId = input[63] - 27;
        _privateKey = new byte[32];
        _privateKey[31] = 0x2A;
        Secp256k1Managed.TryRecover(_hash, _signature, _recoveryId, _publicKey);
    }

    [Benchmark(Baseline = true)]
    public bool Recover() => Secp256k1Managed.TryRecover(_hash, _signature, _recoveryId, _recovered);

    [Benchmark]
    public bool Recover_Native() => Secp256k1Native.TryRecover(_hash, _signature, _recoveryId, _recovered);

    [Benchmark]
    public bool Verify() => Secp256k1Managed.Verify(_hash, _signature, _publicKey);

    [Benchmark]
    public bool Verify_Native() => Secp256k1Native.Verify(_hash, _signature, _publicKey);

    [Benchmark]
    public byte[] Sign() => Secp256k1.Sign(_hash, _privateKey);
}
