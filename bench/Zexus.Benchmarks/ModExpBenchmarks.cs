using BenchmarkDotNet.Attributes;
using Zexus.Crypto.ModExp;

namespace Zexus.Benchmarks;

/// <summary>
/// MODEXP arithmetic, ours (Montgomery over 64-bit limbs) against <see cref="System.Numerics.BigInteger.ModPow"/>
/// on the same operands: the EIP-2565 worst case per gas (32-byte base and modulus, all-ones
/// 32-byte exponent: 1,360 gas from Berlin, 4,080 from Osaka), a 512-byte modulus with the same exponent,
/// an even modulus (the CRT split: Montgomery on the odd part, truncated products on 2^t), and exponent 1 (the fixed per-call cost: limb
/// conversion, R² mod m, base reduction — where time goes besides the squarings).
/// Run: <c>dotnet run -c Release --project bench/Zexus.Benchmarks -- --filter '*ModExpBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ModExpBenchmarks
{
    private Operands _small;
    private Operands _large;
    private Operands _even;
    private Operands _setupOnly;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _small = Operands.From(PrecompileInputs.ModExp(random, 32, 32, 32, exponentAllOnes: true, oddModulus: true), 32, 32, 32);
        _large = Operands.From(PrecompileInputs.ModExp(random, 512, 32, 512, exponentAllOnes: true, oddModulus: true), 512, 32, 512);
        _even = Operands.From(PrecompileInputs.ModExp(random, 32, 32, 32, exponentAllOnes: true, oddModulus: false), 32, 32, 32);
        byte[] one = PrecompileInputs.ModExp(random, 512, 1, 512, exponentAllOnes: false, oddModulus: true);
        one[96 + 512] = 1;
        _setupOnly = Operands.From(one, 512, 1, 512);
    }

    [Benchmark]
    public byte[] Mod32_Exp256Bits() => _small.Montgomery();

    [Benchmark]
    public byte[] Mod32_Exp256Bits_BigInteger() => _small.BigInteger();

    [Benchmark]
    public byte[] Mod512_Exp256Bits() => _large.Montgomery();

    [Benchmark]
    public byte[] Mod512_Exp256Bits_BigInteger() => _large.BigInteger();

    [Benchmark]
    public byte[] Mod32Even_Exp256Bits() => _even.Montgomery();

    [Benchmark]
    public byte[] Mod512_Exp1_SetupOnly() => _setupOnly.Montgomery();

    [Benchmark]
    public byte[] Mod512_Exp1_SetupOnly_BigInteger() => _setupOnly.BigInteger();

    private readonly record struct Operands(byte[] Base, byte[] Exponent, byte[] Modulus)
    {
        public static Operands From(byte[] input, int baseLength, int exponentLength, int modulusLength) => new(
            input.AsSpan(96, baseLength).ToArray(),
            input.AsSpan(96 + baseLength, exponentLength).ToArray(),
            input.AsSpan(96 + baseLength + exponentLength, modulusLength).ToArray());

        public byte[] Montgomery()
        {
            var result = new byte[Modulus.Length];
            ModularExponentiation.Pow(Base, Exponent, Modulus, result);
            return result;
        }

        public byte[] BigInteger()
        {
            var result = new byte[Modulus.Length];
            ModularExponentiation.PowBigInteger(Base, Exponent, Modulus, result);
            return result;
        }
    }
}
