namespace Zexus.Primitives;

/// <summary>
/// Hexadecimal text for byte strings, as LANGUAGE.md section 9.7 specifies for keys and
/// signatures: output is lowercase without prefix; input may carry <c>0x</c> or <c>0X</c> and
/// digits of either case.
/// </summary>
public static class Hex
{
    /// <summary>The bytes as lowercase hex digits, two per byte, without a prefix.</summary>
    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>
    /// Parses hex digits (upper or lower case) with an optional <c>0x</c>/<c>0X</c> prefix. The
    /// number of digits must be even; an empty digit string is the empty byte array.
    /// </summary>
    /// <returns><see langword="true"/> on success; otherwise <see langword="false"/> with
    /// <paramref name="bytes"/> empty.</returns>
    public static bool TryParse(string? text, out byte[] bytes)
    {
        bytes = [];
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> digits = text;
        if (digits.Length >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        {
            digits = digits[2..];
        }

        if ((digits.Length & 1) != 0)
        {
            return false;
        }

        var result = new byte[digits.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int high = DigitValue(digits[2 * i]);
            int low = DigitValue(digits[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            result[i] = (byte)((high << 4) | low);
        }

        bytes = result;
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not an even number of hex digits.</exception>
    public static byte[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out byte[] bytes))
        {
            throw new FormatException("Expected an even number of hex digits, optionally after 0x.");
        }

        return bytes;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
