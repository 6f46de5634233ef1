using System.Numerics;

namespace Zexus.Vm.Runtime;

/// <summary>The 4096-bit integer limit (LANGUAGE.md 3.2) and integer/float conversion.</summary>
public static class IntegerMath
{
    public const int MaxBits = 4096;

    /// <summary>True when |v| &lt; 2^4096.</summary>
    public static bool InRange(BigInteger v) => throw new NotSupportedException("TODO(#2): not implemented yet");

    /// <summary>Nearest double of an integer value; throws "Integer too large to convert to float" when it does not fit.</summary>
    public static double ToDouble(Value integer) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
