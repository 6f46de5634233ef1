namespace Zexus.Vm.Runtime;

/// <summary>
/// The shared, append-only character store behind long string values (<see cref="Value"/> of kind String whose
/// object is a buffer and whose inline bits are the length that value sees). Characters below <see cref="Length"/>
/// are never changed once written, so every value sharing the buffer keeps seeing its own prefix; only the value
/// whose length equals <see cref="Length"/> may append in place, any other one copies first. The text of the last
/// materialised length is cached, so a value asked for its string repeatedly copies once.
/// PERF (bench: zexus bench, strings rows): <c>s = s + p</c> in a loop costs O(|p|) amortised, not O(|s|).
/// </summary>
internal sealed class StringBuffer
{
    /// <summary>The longest string the CLR can allocate (as in <see cref="Operators"/>).</summary>
    public const int MaxLength = 0x3FFFFFDF;

    private char[] _chars;
    private int _length;
    private string? _text;

    private StringBuffer(int capacity) => _chars = NewChars(capacity);

    /// <summary>The number of characters written so far (the longest value on this buffer).</summary>
    public int Length => Volatile.Read(ref _length);

    /// <summary>A new buffer holding <paramref name="a"/> then <paramref name="b"/> then <paramref name="c"/>, with room to grow.</summary>
    public static StringBuffer Create(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, int length)
    {
        var buffer = new StringBuffer(Capacity(length));
        var chars = buffer._chars;
        a.CopyTo(chars);
        b.CopyTo(chars.AsSpan(a.Length));
        c.CopyTo(chars.AsSpan(a.Length + b.Length));
        buffer._length = length;
        return buffer;
    }

    /// <summary>The first <paramref name="length"/> characters (at most <see cref="Length"/>).</summary>
    public ReadOnlySpan<char> Span(int length) => new(Volatile.Read(ref _chars), 0, length);

    /// <summary>
    /// Appends <paramref name="b"/> and <paramref name="c"/> to a value that sees <paramref name="length"/> characters,
    /// in place when that value is the buffer's longest; returns false, changing nothing, when another value
    /// already extended the buffer. <paramref name="b"/> and <paramref name="c"/> may be spans of this buffer.
    /// </summary>
    public bool TryAppend(int length, ReadOnlySpan<char> b, ReadOnlySpan<char> c, int total)
    {
        // Claiming the new length first makes the append exclusive: a value of the old length on another thread
        // then fails here and copies, and readers only ever look below their own length.
        if (Interlocked.CompareExchange(ref _length, total, length) != length)
        {
            return false;
        }

        var chars = _chars;
        if (total > chars.Length)
        {
            var grown = NewChars(Capacity(total));
            chars.AsSpan(0, length).CopyTo(grown);
            b.CopyTo(grown.AsSpan(length));
            c.CopyTo(grown.AsSpan(length + b.Length));
            Volatile.Write(ref _chars, grown);
            return true;
        }

        b.CopyTo(chars.AsSpan(length));
        c.CopyTo(chars.AsSpan(length + b.Length));
        return true;
    }

    /// <summary>The string of the first <paramref name="length"/> characters, created once per length asked in a row.</summary>
    public string ToString(int length)
    {
        var text = Volatile.Read(ref _text);
        if (text is not null && text.Length == length)
        {
            return text;
        }

        text = new string(Span(length));
        Volatile.Write(ref _text, text);
        return text;
    }

    public override string ToString() => ToString(Length);

    /// <summary>
    /// An array for <paramref name="capacity"/> characters, not cleared: a character is always written before any
    /// value's length covers it. PERF (bench: zexus bench, strings rows): no zeroing of large buffers.
    /// </summary>
    private static char[] NewChars(int capacity) => GC.AllocateUninitializedArray<char>(capacity);

    /// <summary>Room for twice the characters needed (at least <paramref name="needed"/>, at most <see cref="MaxLength"/>).</summary>
    private static int Capacity(int needed) => (int)Math.Min(MaxLength, 2L * needed);
}
