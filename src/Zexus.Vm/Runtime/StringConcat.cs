namespace Zexus.Vm.Runtime;

/// <summary>
/// String concatenation, <c>a + b</c> on two strings (LANGUAGE.md 5.3), shared by every engine. Short results are
/// plain strings; a result of <see cref="BufferThreshold"/> characters or more lives in a <see cref="StringBuffer"/>
/// that the next concatenation onto it extends in place.
/// PERF (bench: zexus bench, strings rows): building a string by repeated appends is linear, not quadratic.
/// No gas depends on this: concatenation costs only its instruction's static gas (docs/gas.md).
/// </summary>
internal static class StringConcat
{
    /// <summary>Shorter results stay plain strings, so small strings cost no buffer and no materialisation.</summary>
    public const int BufferThreshold = 256;

    /// <summary><c>a + b</c> for strings <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static Value Concat(in Value a, in Value b)
    {
        var total = (long)a.StringLength + b.StringLength;
        return total < BufferThreshold
            ? Value.FromString(string.Concat(a.AsString, b.AsString))
            : Long(in a, b.StringSpan, default, total);
    }

    /// <summary>
    /// <c>a + b</c> for the objects of two string values when both are plain strings and the result is short (then
    /// the same string as <see cref="Concat(in Value, in Value)"/> makes); null otherwise.
    /// </summary>
    public static string? ConcatShort(object? a, object? b) =>
        a is string x && b is string y && x.Length + y.Length < BufferThreshold ? string.Concat(x, y) : null;

    /// <summary><c>a + b + c</c> for strings <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/>, copied once.</summary>
    public static Value Concat(in Value a, in Value b, in Value c)
    {
        var total = (long)a.StringLength + b.StringLength + c.StringLength;
        return total < BufferThreshold
            ? Value.FromString(string.Concat(a.AsString, b.AsString, c.AsString))
            : Long(in a, b.StringSpan, c.StringSpan, total);
    }

    private static Value Long(in Value a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, long total)
    {
        // Fail as a Zexus error rather than with an OutOfMemoryException that would escape the program.
        if (total > StringBuffer.MaxLength)
        {
            throw new ZexusError("String concatenation result is too long");
        }

        var length = (int)total;
        if (a.StringBuffer is { } buffer && buffer.TryAppend(a.StringLength, b, c, length))
        {
            return Value.FromBuffer(buffer, length);
        }

        return Value.FromBuffer(StringBuffer.Create(a.StringSpan, b, c, length), length);
    }
}
