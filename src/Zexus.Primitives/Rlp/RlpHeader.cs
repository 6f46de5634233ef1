namespace Zexus.Primitives;

/// <summary>
/// The prefix of one RLP item, decoded strictly (Yellow Paper appendix B). Every rule that makes an
/// encoding canonical is enforced here, so that each value has exactly one accepted encoding and
/// hashes of decoded data (transactions, trie nodes) cannot be malleated.
/// </summary>
internal readonly struct RlpHeader
{
    private RlpHeader(bool isList, int headerOffset, int payloadOffset, int payloadLength)
    {
        IsList = isList;
        HeaderOffset = headerOffset;
        PayloadOffset = payloadOffset;
        PayloadLength = payloadLength;
    }

    /// <summary>Whether the item is a list (prefix 0xC0 and above) rather than a byte string.</summary>
    public bool IsList { get; }

    /// <summary>The offset of the item's first byte.</summary>
    public int HeaderOffset { get; }

    /// <summary>The offset of the payload (equal to <see cref="HeaderOffset"/> for a single byte below 0x80).</summary>
    public int PayloadOffset { get; }

    /// <summary>The payload length in bytes.</summary>
    public int PayloadLength { get; }

    /// <summary>The offset just past the item.</summary>
    public int End => PayloadOffset + PayloadLength;

    /// <summary>
    /// Reads the header at <paramref name="position"/> of an item that must end by
    /// <paramref name="limit"/> (the end of the enclosing list or of the input).
    /// </summary>
    /// <exception cref="RlpException">The header is truncated or not canonical, or the item runs past the limit.</exception>
    public static RlpHeader Read(ReadOnlySpan<byte> data, int position, int limit)
    {
        if (position >= limit)
        {
            throw new RlpException($"Unexpected end of RLP at offset {position}: expected an item.");
        }

        byte prefix = data[position];
        if (prefix < 0x80)
        {
            return new RlpHeader(false, position, position, 1);
        }

        bool isList = prefix >= 0xC0;
        int shortBase = isList ? 0xC0 : 0x80;
        int longBase = isList ? 0xF7 : 0xB7;
        string kind = isList ? "list" : "string";
        long length;
        int payloadOffset;
        if (prefix <= longBase)
        {
            length = prefix - shortBase;
            payloadOffset = position + 1;
            if (!isList && length == 1)
            {
                if (payloadOffset >= limit)
                {
                    throw Truncated(kind, position, 1, limit - payloadOffset);
                }

                if (data[payloadOffset] < 0x80)
                {
                    throw new RlpException(
                        $"Non-canonical RLP at offset {position}: a single byte below 0x80 must encode as itself, not as 0x81{data[payloadOffset]:x2}.");
                }
            }
        }
        else
        {
            int lengthOfLength = prefix - longBase;
            payloadOffset = position + 1 + lengthOfLength;
            if (payloadOffset > limit)
            {
                throw new RlpException(
                    $"Truncated RLP {kind} at offset {position}: the length takes {lengthOfLength} bytes but only {limit - position - 1} remain.");
            }

            if (data[position + 1] == 0)
            {
                throw new RlpException($"Non-canonical RLP {kind} at offset {position}: the length has a leading zero byte.");
            }

            ulong longLength = 0;
            for (int i = 0; i < lengthOfLength; i++)
            {
                longLength = (longLength << 8) | data[position + 1 + i];
            }

            if (longLength < Rlp.ShortLengthLimit)
            {
                throw new RlpException(
                    $"Non-canonical RLP {kind} at offset {position}: long form used for a length of {longLength} (below 56).");
            }

            if (longLength > (ulong)(limit - payloadOffset))
            {
                throw Truncated(kind, position, longLength, limit - payloadOffset);
            }

            length = (long)longLength;
        }

        if (length > limit - payloadOffset)
        {
            throw Truncated(kind, position, (ulong)length, limit - payloadOffset);
        }

        return new RlpHeader(isList, position, payloadOffset, (int)length);
    }

    private static RlpException Truncated(string kind, int position, ulong length, int available) =>
        new($"Truncated RLP {kind} at offset {position}: length {length} runs past the {Math.Max(available, 0)} bytes available in the enclosing item.");
}
