using Zexus.Primitives;

namespace Zexus.Primitives.Tests;

/// <summary>
/// Seeded random 256-bit words biased toward the values arithmetic gets wrong: small numbers,
/// values next to 2^255 and 2^256, powers of two ± 1, limbs of all zeros or all ones (Knuth's
/// rare correction steps), random bit lengths (every divisor size), zero and the maximum.
/// </summary>
internal sealed class WordGenerator(int seed)
{
    private static readonly ulong[] SpecialLimbs =
    [
        0, 1, 2, ulong.MaxValue, ulong.MaxValue - 1, 1UL << 63, (1UL << 63) - 1, (1UL << 63) + 1, 0xFFFFFFFF, 1UL << 32,
    ];

    private readonly Random _random = new(seed);

    public int NextInt(int maxExclusive) => _random.Next(maxExclusive);

    public ulong NextLimb() => (ulong)_random.NextInt64() ^ ((ulong)_random.Next(2) << 63);

    public UInt256 NextRandomLimbs() => new(NextLimb(), NextLimb(), NextLimb(), NextLimb());

    /// <summary>A word from a randomly chosen category.</summary>
    public UInt256 Next()
    {
        switch (_random.Next(12))
        {
            case 0:
            case 1:
                return NextRandomLimbs();
            case 2:
                // A random bit length 0..256.
                return NextRandomLimbs() >> _random.Next(257);
            case 3:
                return new UInt256((ulong)_random.Next(300));
            case 4:
                return UInt256.MaxValue - new UInt256((ulong)_random.Next(300));
            case 5:
            {
                UInt256 half = UInt256.One << 255;
                var delta = new UInt256((ulong)_random.Next(300));
                return _random.Next(2) == 0 ? half + delta : half - delta;
            }

            case 6:
            {
                UInt256 power = UInt256.One << _random.Next(256);
                return (_random.Next(3) - 1) switch
                {
                    -1 => power - UInt256.One,
                    0 => power,
                    _ => power + UInt256.One,
                };
            }

            case 7:
            case 8:
                return new UInt256(SpecialOrRandomLimb(), SpecialOrRandomLimb(), SpecialOrRandomLimb(), SpecialOrRandomLimb());
            case 9:
            {
                // Only the low 1..4 limbs used: divisors and numerators of every limb count.
                int limbs = 1 + _random.Next(4);
                return new UInt256(
                    NextLimb(),
                    limbs > 1 ? NextLimb() : 0,
                    limbs > 2 ? NextLimb() : 0,
                    limbs > 3 ? NextLimb() : 0);
            }

            case 10:
                return (UInt256.One << _random.Next(256)) - UInt256.One;
            default:
                return _random.Next(5) switch
                {
                    0 => UInt256.Zero,
                    1 => UInt256.One,
                    2 => UInt256.MaxValue,
                    3 => UInt256.One << 255,
                    _ => (UInt256.One << 255) - UInt256.One,
                };
        }
    }

    /// <summary>A shift amount, byte index or SIGNEXTEND size: mostly below 300, sometimes any word.</summary>
    public UInt256 NextSmallOperand(int typicalBound) =>
        _random.Next(8) == 0 ? Next() : new UInt256((ulong)_random.Next(typicalBound));

    private ulong SpecialOrRandomLimb() =>
        _random.Next(3) == 0 ? NextLimb() : SpecialLimbs[_random.Next(SpecialLimbs.Length)];
}
