using BenchmarkDotNet.Attributes;
using Zexus.Crypto.Bls12381;
using Zexus.Crypto.Kzg;
using Zexus.Evm.Precompiles;
using Zexus.Primitives;

namespace Zexus.Benchmarks;

/// <summary>
/// The BLS12-381 precompiles (EIP-2537) and the KZG point evaluation (EIP-4844), timing <see cref="Precompile.Run"/>
/// on prepared, valid inputs (the point evaluation input has a wrong proof, which costs the same full pairing check).
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*Bls12381*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class Bls12381Benchmarks
{
    private readonly Bls12G1AddPrecompile _g1Add = new();
    private readonly Bls12G1MsmPrecompile _g1Msm = new();
    private readonly Bls12G2AddPrecompile _g2Add = new();
    private readonly Bls12PairingCheckPrecompile _pairing = new();
    private readonly Bls12MapFpToG1Precompile _mapG1 = new();
    private readonly Bls12MapFp2ToG2Precompile _mapG2 = new();
    private readonly PointEvaluationPrecompile _pointEvaluation = new();

    private byte[] _g1AddInput = [];
    private byte[] _g2AddInput = [];
    private byte[] _msm8Input = [];
    private byte[] _msm64Input = [];
    private byte[] _msm128Input = [];
    private byte[] _pairingInput = [];
    private byte[] _mapG1Input = [];
    private byte[] _mapG2Input = [];
    private byte[] _pointEvaluationInput = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2537);
        BlsPoint<Fp> P(int k) => G1.MultiplyGenerator(1000 + k);
        BlsPoint<Fp2> Q(int k) => G2.MultiplyGenerator(2000 + k);
        _g1AddInput = [.. Encode(P(1)), .. Encode(P(2))];
        _g2AddInput = [.. Encode(Q(1)), .. Encode(Q(2))];
        byte[] Msm(int pairs)
        {
            var input = new List<byte>();
            for (int i = 0; i < pairs; i++)
            {
                var scalar = new byte[32];
                random.NextBytes(scalar);
                input.AddRange(Encode(P(i)));
                input.AddRange(scalar);
            }

            return [.. input];
        }

        _msm8Input = Msm(8);
        _msm64Input = Msm(64);
        _msm128Input = Msm(128);

        _pairingInput = [.. Encode(P(3)), .. Encode(Q(5)), .. Encode(P(5).Negate()), .. Encode(Q(3))];
        _mapG1Input = new byte[64];
        random.NextBytes(_mapG1Input.AsSpan(17));
        _mapG2Input = new byte[128];
        random.NextBytes(_mapG2Input.AsSpan(17, 47));
        random.NextBytes(_mapG2Input.AsSpan(81));
        byte[] commitment = CompressedPoint.EncodeG1(P(7));
        byte[] z = new byte[32], y = new byte[32];
        random.NextBytes(z.AsSpan(1));
        random.NextBytes(y.AsSpan(1));
        _pointEvaluationInput = [.. KzgVerifier.VersionedHash(commitment), .. z, .. y, .. commitment, .. CompressedPoint.EncodeG1(P(8))];
        _ = KzgVerifier.Mainnet;
        _ = MapToCurves.FpToG1;
        _ = MapToCurves.Fp2ToG2;
    }

    [Benchmark]
    public bool G1Add() => _g1Add.Run(_g1AddInput, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool G2Add() => _g2Add.Run(_g2AddInput, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool G1Msm8() => _g1Msm.Run(_msm8Input, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool G1Msm64() => _g1Msm.Run(_msm64Input, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool G1Msm128() => _g1Msm.Run(_msm128Input, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool PairingCheckTwoPairs() => _pairing.Run(_pairingInput, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool MapFpToG1() => _mapG1.Run(_mapG1Input, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool MapFp2ToG2() => _mapG2.Run(_mapG2Input, Fork.Prague).IsSuccess;

    [Benchmark]
    public bool PointEvaluation() => _pointEvaluation.Run(_pointEvaluationInput, Fork.Cancun).IsSuccess;

    private static byte[] Encode<T>(BlsPoint<T> point)
        where T : unmanaged, IBlsField<T>
    {
        var bytes = new byte[4 * T.EncodedLength / 2];
        Eip2537Encoding.WritePoint(point, bytes);
        return bytes;
    }
}
