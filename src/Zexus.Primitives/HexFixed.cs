namespace Zexus.Primitives;

/// <summary>
/// Parsing of fixed-size hex values (<see cref="Address"/>, <see cref="Hash256"/>): an optional
/// <c>0x</c>/<c>0X</c>, then exactly two digits (either case) per destination byte, no allocation.
/// </summary>
internal static class HexFixed
{
    internal static bool TryParse(string? text, Span<byte> destination)
    {
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> digits = text;
        if (digits.Length >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        {
            digits = digits[2..];
        }

        if (digits.Length != destination.Length * 2)
        {
            return false;
        }

        for (int i = 0; i < destination.Length; i++)
        {
            int high = Digit(digits[2 * i]);
            int low = Digit(digits[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
