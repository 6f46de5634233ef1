namespace Zexus.Primitives;

/// <summary>
/// A strict, allocation-free reader of RLP (Yellow Paper appendix B) over a span. Every header
/// is checked for canonical form and for fitting inside its enclosing list (see
/// <see cref="RlpHeader"/>); scalars are checked for minimal form. Violations throw
/// <see cref="RlpException"/> with the reason and offset.
/// </summary>
/// <remarks>
/// Lists are read either with a sub-reader (<see cref="ReadList"/>, then <see cref="EnsureEnd"/>
/// on it) or in place: <see cref="EnterList"/> limits reads to the list's payload and returns a
/// token that <see cref="LeaveList"/> takes back after checking the payload was consumed.
/// </remarks>
public ref struct RlpReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _limit;

    /// <summary>Creates a reader over <paramref name="data"/>, which holds zero or more items.</summary>
    public RlpReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        _limit = data.Length;
    }

    /// <summary>The offset of the next item in the input.</summary>
    public readonly int Position => _position;

    /// <summary>Whether another item remains in the current list (or, at top level, in the input).</summary>
    public readonly bool HasMore => _position < _limit;

    /// <summary>Whether the next item is a list.</summary>
    /// <exception cref="RlpException">No item remains.</exception>
    public readonly bool IsList => Peek().IsList;

    /// <summary>Reads a byte string and returns its payload (a view of the input).</summary>
    /// <exception cref="RlpException">The next item is a list or is not canonical.</exception>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var header = Peek();
        if (header.IsList)
        {
            throw new RlpException($"Expected an RLP byte string at offset {_position}, found a list.");
        }

        _position = header.End;
        return _data.Slice(header.PayloadOffset, header.PayloadLength);
    }

    /// <summary>Reads a byte string into a new array.</summary>
    public byte[] ReadByteArray() => ReadBytes().ToArray();

    /// <summary>
    /// Reads a scalar of at most <paramref name="maxBytes"/> bytes and returns its big-endian bytes
    /// (empty for zero). A scalar has no leading zero bytes, so zero must be encoded 0x80.
    /// </summary>
    /// <exception cref="RlpException">Not a byte string, too long, or has a leading zero.</exception>
    public ReadOnlySpan<byte> ReadUInt(int maxBytes = 32)
    {
        int offset = _position;
        var bytes = ReadBytes();
        if (bytes.Length > maxBytes)
        {
            throw new RlpException($"RLP scalar at offset {offset} has {bytes.Length} bytes; at most {maxBytes} allowed.");
        }

        if (bytes.Length > 0 && bytes[0] == 0)
        {
            throw new RlpException($"Non-canonical RLP scalar at offset {offset}: leading zero byte.");
        }

        return bytes;
    }

    /// <summary>Reads a scalar that must fit in 64 bits.</summary>
    /// <exception cref="RlpException">Not a canonical scalar of at most 8 bytes.</exception>
    public ulong ReadULong() => ReadScalar(sizeof(ulong));

    /// <summary>Reads a scalar that must fit in 32 bits (lengths, indices, small fields).</summary>
    /// <exception cref="RlpException">Not a canonical scalar of at most 4 bytes.</exception>
    public uint ReadUInt32() => (uint)ReadScalar(sizeof(uint));

    /// <summary>Reads a list and returns a reader over its items; this reader moves past the list.</summary>
    /// <exception cref="RlpException">The next item is a byte string or is not canonical.</exception>
    public RlpReader ReadList()
    {
        var header = PeekList();
        _position = header.End;
        return new RlpReader(_data.Slice(header.PayloadOffset, header.PayloadLength));
    }

    /// <summary>
    /// Enters the next item, which must be a list: until <see cref="LeaveList"/>, reads are limited
    /// to its payload and <see cref="HasMore"/> reports whether items of the list remain.
    /// </summary>
    /// <returns>A token to pass to <see cref="LeaveList"/>.</returns>
    public int EnterList()
    {
        var header = PeekList();
        int outerLimit = _limit;
        _position = header.PayloadOffset;
        _limit = header.End;
        return outerLimit;
    }

    /// <summary>Leaves the list entered by the matching <see cref="EnterList"/>.</summary>
    /// <exception cref="RlpException">Items of the list remain unread.</exception>
    public void LeaveList(int token)
    {
        EnsureEnd();
        _limit = token;
    }

    /// <summary>Reads the next item whole (header and payload) without interpreting its payload.</summary>
    public ReadOnlySpan<byte> ReadEncoded()
    {
        var header = Peek();
        _position = header.End;
        return _data[header.HeaderOffset..header.End];
    }

    /// <summary>Skips the next item (its header is checked, its payload is not).</summary>
    public void SkipItem() => _position = Peek().End;

    /// <summary>Checks that nothing remains in the current list (or, at top level, in the input).</summary>
    /// <exception cref="RlpException">Bytes remain.</exception>
    public readonly void EnsureEnd()
    {
        if (_position != _limit)
        {
            throw new RlpException(
                $"Unexpected RLP data at offset {_position}: {_limit - _position} bytes remain where the item or list should end.");
        }
    }

    private ulong ReadScalar(int maxBytes)
    {
        ulong value = 0;
        foreach (byte b in ReadUInt(maxBytes))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private readonly RlpHeader Peek() => RlpHeader.Read(_data, _position, _limit);

    private readonly RlpHeader PeekList()
    {
        var header = Peek();
        if (!header.IsList)
        {
            throw new RlpException($"Expected an RLP list at offset {_position}, found a byte string.");
        }

        return header;
    }
}
