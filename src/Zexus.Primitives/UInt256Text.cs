namespace Zexus.Primitives;

/// <summary>Text forms of <see cref="UInt256"/>: <c>0x</c> hex quantities and decimal.</summary>
internal static class UInt256Text
{
    private const int MaxDecimalDigits = 78;

    internal static bool TryParse(string? text, out UInt256 value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        ReadOnlySpan<char> s = text;
        if (s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        {
            return TryParseHex(s[2..], out value);
        }

        return TryParseDecimal(s, out value);
    }

    private static bool TryParseHex(ReadOnlySpan<char> digits, out UInt256 value)
    {
        value = default;
        if (digits.IsEmpty)
        {
            return false;
        }

        int start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        digits = digits[start..];
        if (digits.Length > 64)
        {
            return false;
        }

        Span<ulong> limbs = [0, 0, 0, 0];
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = HexDigit(digits[digits.Length - 1 - i]);
            if (digit < 0)
            {
                return false;
            }

            limbs[i >> 4] |= (ulong)digit << ((i & 15) << 2);
        }

        value = new UInt256(limbs[0], limbs[1], limbs[2], limbs[3]);
        return true;
    }

    private static bool TryParseDecimal(ReadOnlySpan<char> digits, out UInt256 value)
    {
        value = default;
        UInt256 ten = 10;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        int start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        digits = digits[start..];
        if (digits.Length > MaxDecimalDigits)
        {
            return false;
        }

        UInt256 result = default;
        foreach (char c in digits)
        {
            UInt256Arithmetic.Multiply(result, ten, out UInt256 next);
            UInt256 digit = (ulong)(c - '0');
            bool overflow = UInt256Arithmetic.Add(next, digit, out next) != 0;

            // A product that wrapped is below result·10 in exact arithmetic; detect it by
            // checking that result ≤ (2^256 - 1) / 10 before multiplying.
            if (overflow || result > MaxBeforeTimesTen)
            {
                return false;
            }

            result = next;
        }

        value = result;
        return true;
    }

    private static readonly UInt256 MaxBeforeTimesTen = UInt256.MaxValue / (UInt256)10;

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    internal static string ToHexString(in UInt256 value)
    {
        Span<byte> bytes = stackalloc byte[32];
        value.WriteBigEndian(bytes);
        string hex = Convert.ToHexStringLower(bytes).TrimStart('0');
        return hex.Length == 0 ? "0x0" : "0x" + hex;
    }
}
