namespace Zexus.Primitives.Tests;

public class RlpTests
{
    [Theory]
    [InlineData(0UL, "80")]
    [InlineData(1UL, "01")]
    [InlineData(0x7FUL, "7f")]
    [InlineData(0x80UL, "8180")]
    [InlineData(0x0400UL, "820400")]
    [InlineData(ulong.MaxValue, "88ffffffffffffffff")]
    public void EncodeULong_Values_AreMinimalBigEndian(ulong value, string expected)
    {
        Assert.Equal(expected, Hex.ToHex(Rlp.EncodeULong(value)));
        Assert.Equal(expected.Length / 2, Rlp.LengthOfULong(value));
        Assert.Equal(value, Rlp.DecodeULong(Hex.Parse(expected)));
    }

    [Theory]
    [InlineData(55, "b7")]
    [InlineData(56, "b838")]
    [InlineData(255, "b8ff")]
    [InlineData(256, "b90100")]
    [InlineData(70000, "ba011170")]
    public void EncodeBytes_LengthBoundaries_UseShortOrLongForm(int length, string header)
    {
        var value = Enumerable.Repeat((byte)0xAA, length).ToArray();
        var encoded = Rlp.EncodeBytes(value);
        Assert.Equal(header, Hex.ToHex(encoded.AsSpan(0, header.Length / 2)));
        Assert.Equal(encoded.Length, Rlp.LengthOfBytes(value));
        Assert.Equal(value, Rlp.DecodeBytes(encoded));
    }

    [Fact]
    public void EncodeUInt_LeadingZeros_AreDropped()
    {
        Assert.Equal("820102", Hex.ToHex(Rlp.EncodeUInt([0, 0, 1, 2])));
        Assert.Equal("80", Hex.ToHex(Rlp.EncodeUInt([0, 0])));
        Assert.Equal(3, Rlp.LengthOfUInt([0, 0, 1, 2]));
    }

    [Fact]
    public void Writer_PresizedBuffer_WritesNestedListWithoutIntermediateArrays()
    {
        // [ "cat", [1, 0x400] ]
        int inner = Rlp.LengthOfULong(1) + Rlp.LengthOfULong(0x400);
        int outer = Rlp.LengthOfBytes("cat"u8) + Rlp.LengthOfList(inner);
        Span<byte> buffer = stackalloc byte[Rlp.LengthOfList(outer)];
        var writer = new RlpWriter(buffer);
        writer.WriteListHeader(outer);
        writer.WriteBytes("cat"u8);
        writer.WriteListHeader(inner);
        writer.WriteULong(1);
        writer.WriteULong(0x400);
        Assert.Equal(buffer.Length, writer.Position);
        Assert.Equal("c983636174c401820400", Hex.ToHex(writer.Written));
    }

    [Fact]
    public void Writer_BufferTooSmall_Throws()
    {
        var buffer = new byte[2];
        Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new RlpWriter(buffer);
            writer.WriteBytes("cat"u8);
        });
    }

    [Fact]
    public void Reader_EnterAndLeaveList_ReadsItemsInPlace()
    {
        var reader = new RlpReader(Hex.Parse("c983636174c401820400"));
        Assert.True(reader.IsList);
        int outer = reader.EnterList();
        Assert.Equal("cat"u8.ToArray(), reader.ReadByteArray());
        int inner = reader.EnterList();
        Assert.Equal(1UL, reader.ReadULong());
        Assert.Equal(0x400UL, reader.ReadULong());
        Assert.False(reader.HasMore);
        reader.LeaveList(inner);
        Assert.False(reader.HasMore);
        reader.LeaveList(outer);
        reader.EnsureEnd();
    }

    [Fact]
    public void Reader_LeaveListWithUnreadItems_Throws()
    {
        var ex = Assert.Throws<RlpException>(() =>
        {
            var reader = new RlpReader(Hex.Parse("c20102"));
            int token = reader.EnterList();
            reader.ReadULong();
            reader.LeaveList(token);
        });
        Assert.Contains("remain", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00", "leading zero")]         // zero must be 0x80
    [InlineData("820001", "leading zero")]
    [InlineData("8100", "single byte")]
    [InlineData("89010000000000000000", "at most 8")]
    [InlineData("c0", "found a list")]
    public void ReadULong_NonCanonicalScalar_Throws(string hex, string reason)
    {
        var ex = Assert.Throws<RlpException>(() => Rlp.DecodeULong(Hex.Parse(hex)));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8100", "single byte")]
    [InlineData("b800", "leading zero")]
    [InlineData("b801ff", "below 56")]
    [InlineData("83616263ff", "Trailing")]
    [InlineData("c4836162", "runs past")]
    [InlineData("c2836162", "runs past")]     // string longer than its enclosing list
    [InlineData("", "Empty")]
    public void Validate_InvalidInput_ThrowsWithReason(string hex, string reason)
    {
        var ex = Assert.Throws<RlpException>(() => Rlp.Validate(Hex.Parse(hex)));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeepNesting_DoesNotOverflowStack()
    {
        // 100,000 nested lists of which the innermost holds nothing: c0 wrapped repeatedly would
        // need growing long-form headers, so nest one-byte-payload lists inside a truncating limit.
        var bytes = Enumerable.Repeat((byte)0xC1, 100_000).Append((byte)0xC0).ToArray();
        Assert.Throws<RlpException>(() => Rlp.Validate(bytes));
    }

    [Fact]
    public void ReadUInt32_FiveBytes_Throws()
    {
        var reader = new RlpReader(Hex.Parse("84ffffffff"));
        Assert.Equal(uint.MaxValue, reader.ReadUInt32());
        Assert.Throws<RlpException>(() => new RlpReader(Hex.Parse("850100000000")).ReadUInt32());
    }

    [Fact]
    public void ReadEncoded_ReturnsWholeItem()
    {
        var reader = new RlpReader(Hex.Parse("c58363617401"));
        var list = reader.ReadList();
        Assert.Equal("83636174", Hex.ToHex(list.ReadEncoded()));
        list.SkipItem();
        list.EnsureEnd();
        reader.EnsureEnd();
    }

    [Fact]
    public void RoundTrip_RandomTrees_DecodeToSameBytes()
    {
        var random = new Random(1234);
        for (int i = 0; i < 500; i++)
        {
            var tree = RandomTree(random, depth: 0);
            var encoded = RlpTree.Encode(tree);
            Rlp.Validate(encoded);
            Assert.Equal(encoded, RlpTree.Encode(RlpTree.Decode(encoded)));
        }
    }

    private static object RandomTree(Random random, int depth)
    {
        if (depth > 4 || random.Next(3) == 0)
        {
            var bytes = new byte[random.Next(4) == 0 ? random.Next(300) : random.Next(3)];
            random.NextBytes(bytes);
            return bytes;
        }

        return Enumerable.Range(0, random.Next(6)).Select(_ => RandomTree(random, depth + 1)).ToList();
    }
}
