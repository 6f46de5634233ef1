using System.Numerics;
using BenchmarkDotNet.Attributes;
using Zexus.Primitives;

namespace Zexus.Benchmarks;

/// <summary>
/// EVM word arithmetic: <see cref="UInt256"/> against <see cref="BigInteger"/> doing the same
/// (wrapping mod 2^256 by a mask). Each benchmark runs over <see cref="Count"/> seeded operand
/// sets, so the reported mean is per operation.
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*UInt256*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class UInt256Benchmarks
{
    private const int Count = 256;

    private static readonly BigInteger Two256 = BigInteger.One << 256;
    private static readonly BigInteger Mask = Two256 - 1;

    private readonly UInt256[] _a = new UInt256[Count];
    private readonly UInt256[] _b = new UInt256[Count];
    private readonly UInt256[] _m = new UInt256[Count];
    private readonly UInt256[] _half = new UInt256[Count];
    private readonly UInt256[] _small = new UInt256[Count];
    private readonly UInt256[] _result = new UInt256[Count];
    private readonly BigInteger[] _bigA = new BigInteger[Count];
    private readonly BigInteger[] _bigB = new BigInteger[Count];
    private readonly BigInteger[] _bigM = new BigInteger[Count];
    private readonly BigInteger[] _bigHalf = new BigInteger[Count];
    private readonly BigInteger[] _bigResult = new BigInteger[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (int i = 0; i < Count; i++)
        {
            // Full-width operands; odd bases so EXP does all its squarings; a 128-bit divisor
            // (a typical fixed-point denominator) for DIV.
            _a[i] = new UInt256((ulong)random.NextInt64() | 1, (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64() | (1UL << 62));
            _b[i] = new UInt256((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64() | (1UL << 61));
            _m[i] = new UInt256((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64() | (1UL << 60));
            _half[i] = new UInt256((ulong)random.NextInt64(), (ulong)random.NextInt64() | (1UL << 40), 0, 0);
            _small[i] = new UInt256((ulong)random.NextInt64() | 1);
            _bigA[i] = _a[i].ToBigInteger();
            _bigB[i] = _b[i].ToBigInteger();
            _bigM[i] = _m[i].ToBigInteger();
            _bigHalf[i] = _half[i].ToBigInteger();
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void Add()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.Add(_a[i], _b[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void Add_BigInteger()
    {
        for (int i = 0; i < Count; i++)
        {
            _bigResult[i] = (_bigA[i] + _bigB[i]) & Mask;
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void Mul()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.Mul(_a[i], _b[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void Mul_BigInteger()
    {
        for (int i = 0; i < Count; i++)
        {
            _bigResult[i] = (_bigA[i] * _bigB[i]) & Mask;
        }
    }

    /// <summary>256-bit numerator by 128-bit divisor (Knuth D, 3 quotient limbs).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void Div()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.Div(_a[i], _half[i], out _result[i]);
        }
    }

    /// <summary>256-bit by 256-bit (one quotient limb).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void Div_Full()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.Div(_a[i], _m[i], out _result[i]);
        }
    }

    /// <summary>256-bit by 64-bit (the one-limb path).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void Div_ByOneLimb()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.Div(_a[i], _small[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void Div_BigInteger()
    {
        for (int i = 0; i < Count; i++)
        {
            _bigResult[i] = _bigA[i] / _bigHalf[i];
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void AddMod()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.AddMod(_a[i], _b[i], _m[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void MulMod()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.MulMod(_a[i], _b[i], _m[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void MulMod_BigInteger()
    {
        for (int i = 0; i < Count; i++)
        {
            _bigResult[i] = _bigA[i] * _bigB[i] % _bigM[i];
        }
    }

    /// <summary>Odd 256-bit base, full 256-bit exponent: 255 squarings and ~128 multiplications.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public void Exp()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.Exp(_a[i], _b[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void Exp_BigInteger()
    {
        for (int i = 0; i < Count; i++)
        {
            _bigResult[i] = BigInteger.ModPow(_bigA[i], _bigB[i], Two256);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public void And()
    {
        for (int i = 0; i < Count; i++)
        {
            UInt256.And(_a[i], _b[i], out _result[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Lt()
    {
        int count = 0;
        for (int i = 0; i < Count; i++)
        {
            count += UInt256.Lt(_a[i], _b[i]) ? 1 : 0;
        }

        return count;
    }
}
