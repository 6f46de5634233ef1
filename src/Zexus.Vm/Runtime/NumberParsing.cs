namespace Zexus.Vm.Runtime;

/// <summary>Parsing numbers from strings for int(), float() and from_hex() (LANGUAGE.md 9.2).</summary>
public static class NumberParsing
{
    /// <summary>int(s): returns false when the text is not an integer; throws "Integer overflow in conversion" above 4096 bits.</summary>
    public static bool TryParseInt(string s, out Value value) => throw new NotSupportedException("TODO(#2): not implemented yet");
    /// <summary>float(s) rules (inf/infinity/nan in any case, exponents, ".5", "12.").</summary>
    public static bool TryParseFloat(string s, out double value) => throw new NotSupportedException("TODO(#2): not implemented yet");
    /// <summary>from_hex(s): optional sign and 0x prefix; throws "Integer overflow in conversion" above 4096 bits.</summary>
    public static bool TryParseHex(string s, out Value value) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
