namespace Zexus.Evm.Precompiles;

/// <summary>Word arithmetic shared by the precompiles that charge per 32-byte word of input.</summary>
internal static class PrecompileWords
{
    /// <summary>⌈<paramref name="length"/> / 32⌉, the word count the Yellow Paper's per-word fees use.</summary>
    public static long Count(int length) => ((long)length + 31) / 32;

    /// <summary><paramref name="perWord"/> · ⌈<paramref name="length"/> / 32⌉.</summary>
    public static long Gas(int length, long perWord) => Count(length) * perWord;
}
