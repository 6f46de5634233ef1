using BenchmarkDotNet.Attributes;
using Zexus.Crypto.Bn254;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Benchmarks;

/// <summary>
/// The alt_bn128 precompiles (EIP-196/197) on fixed valid inputs: ECADD, ECMUL with a full 256-bit
/// scalar, and a 2-pair pairing check (the shape of a Groth16 verification's final check, which
/// includes decoding and the G2 subgroup checks); plus the field multiplication underneath.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*Bn254*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class Bn254Benchmarks
{
    private byte[] _addInput = [];
    private byte[] _mulInput = [];
    private byte[] _pairingInput = [];
    private Fp _a;
    private Fp _b;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(254);
        byte[] Scalar()
        {
            var bytes = new byte[32];
            random.NextBytes(bytes);
            bytes[0] &= 0x1f;
            return bytes;
        }

        CurvePoint<Fp> p = G1.Generator.Multiply(Scalar());
        CurvePoint<Fp> q = G1.Generator.Multiply(Scalar());
        CurvePoint<Fp2> g2 = G2.Generator.Multiply(Scalar());
        _addInput = [.. Encode(p), .. Encode(q)];
        _mulInput = [.. Encode(p), .. Enumerable.Repeat((byte)0xa5, 32)];

        // e(P, Q) · e(−P, Q) = 1.
        _pairingInput = [.. Encode(p), .. Encode(g2), .. Encode(p.Negate()), .. Encode(g2)];
        if (!Bn254PairingPrecompile.Instance.Run(_pairingInput, Fork.Cancun).Output.Span.EndsWith((byte)1))
        {
            throw new InvalidOperationException("The benchmark pairing input does not check.");
        }

        _a = p.X;
        _b = q.Y;
    }

    [Benchmark]
    public ReadOnlyMemory<byte> EcAdd() => Bn254AddPrecompile.Instance.Run(_addInput, Fork.Cancun).Output;

    [Benchmark]
    public ReadOnlyMemory<byte> EcMul() => Bn254MulPrecompile.Instance.Run(_mulInput, Fork.Cancun).Output;

    [Benchmark]
    public ReadOnlyMemory<byte> EcPairing2() => Bn254PairingPrecompile.Instance.Run(_pairingInput, Fork.Cancun).Output;

    [Benchmark(OperationsPerInvoke = 1000)]
    public Fp FpMul()
    {
        Fp x = _a;
        for (int i = 0; i < 1000; i++)
        {
            x *= _b;
        }

        return x;
    }

    private static byte[] Encode(in CurvePoint<Fp> point)
    {
        var bytes = new byte[G1.EncodedSize];
        G1.Write(point, bytes);
        return bytes;
    }

    private static byte[] Encode(in CurvePoint<Fp2> point)
    {
        var bytes = new byte[G2.EncodedSize];
        G2.Write(point, bytes);
        return bytes;
    }
}
