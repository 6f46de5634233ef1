using System.Globalization;

namespace Zexus.Vm.Runtime;

/// <summary>
/// The decimal text of integers, with the strings of 0 … <see cref="CachedCount"/> − 1 created once and shared.
/// PERF (bench: zexus bench, maps and strings rows, every engine): <c>"k" + string(i % 100)</c> and
/// <c>"item" + string(i)</c> format and allocate nothing for loop counters and small keys; only the concatenation
/// allocates. Strings are immutable and compared by value everywhere, so sharing one is not observable.
/// </summary>
internal static class SmallIntegerText
{
    /// <summary>How many non-negative integers have a cached text (a small table: 32 KiB of references at most).</summary>
    public const int CachedCount = 4096;

    private static readonly string?[] Cache = new string?[CachedCount];

    /// <summary>The text form of <paramref name="n"/> (LANGUAGE.md 4: plain decimal, leading minus sign).</summary>
    public static string Of(long n)
    {
        if ((ulong)n >= CachedCount)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        // A race creates two equal strings at worst; either may be kept.
        return Cache[n] ??= n.ToString(CultureInfo.InvariantCulture);
    }
}
