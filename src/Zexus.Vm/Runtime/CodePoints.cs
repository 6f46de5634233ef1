namespace Zexus.Vm.Runtime;

/// <summary>Strings are sequences of Unicode code points (LANGUAGE.md 3.4), not UTF-16 code units.</summary>
public static class CodePoints
{
    public static int Length(string s) => throw new NotSupportedException("TODO(#2): not implemented yet");
    /// <summary>The one-code-point string at code point index <paramref name="index"/>, or null when out of range.</summary>
    public static string? At(string s, long index) => throw new NotSupportedException("TODO(#2): not implemented yet");
    /// <summary>Substring by code point indexes [start, end), both already clamped to 0..Length.</summary>
    public static string Substring(string s, int start, int end) => throw new NotSupportedException("TODO(#2): not implemented yet");
    /// <summary>Lexicographic comparison by code point value (5.6).</summary>
    public static int Compare(string a, string b) => throw new NotSupportedException("TODO(#2): not implemented yet");
    /// <summary>Unicode simple (one-to-one) case mappings (9.2 uppercase/lowercase).</summary>
    public static string ToUpperSimple(string s) => throw new NotSupportedException("TODO(#2): not implemented yet");
    public static string ToLowerSimple(string s) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
