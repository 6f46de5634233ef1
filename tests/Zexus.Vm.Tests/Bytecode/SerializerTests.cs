using System.Buffers.Binary;
using System.Security.Cryptography;
using Zexus.Vm.Bytecode;

namespace Zexus.Vm.Tests.Bytecode;

public class SerializerTests
{
    [Fact]
    public void RichProgram_RoundTrip_BytesIdenticalAndModelEqual()
    {
        var original = SamplePrograms.Rich();
        var bytes = ZvmSerializer.Serialize(original);
        var copy = ZvmDeserializer.Deserialize(bytes);

        ProgramAssert.Equal(original, copy);
        Assert.Equal(bytes, ZvmSerializer.Serialize(copy));
    }

    [Fact]
    public void Serialize_SameProgramTwice_SameBytes()
    {
        Assert.Equal(ZvmSerializer.Serialize(SamplePrograms.Rich()), ZvmSerializer.Serialize(SamplePrograms.Rich()));
    }

    [Fact]
    public void Serialize_VerifiedOrNot_SameBytes()
    {
        var program = SamplePrograms.Rich();
        var before = ZvmSerializer.Serialize(program);
        ZvmVerifier.Verify(program, SamplePrograms.BuiltinCount);
        Assert.Equal(before, ZvmSerializer.Serialize(program));
    }

    [Fact]
    public void Metadata_InsertionOrder_DoesNotChangeBytes()
    {
        var a = new ZvmProgram();
        a.Metadata["b"] = "2";
        a.Metadata["a"] = "1";
        var b = new ZvmProgram();
        b.Metadata["a"] = "1";
        b.Metadata["b"] = "2";
        Assert.Equal(ZvmSerializer.Serialize(a), ZvmSerializer.Serialize(b));
    }

    [Fact]
    public void EmptyProgram_Layout_MatchesDocumentedBytes()
    {
        var bytes = ZvmSerializer.Serialize(new ZvmProgram());
        byte[] body =
        [
            (byte)'Z', (byte)'X', (byte)'B', 0, 1, 0, 0,
            1, 1, 0, 0, 0, 0,
            2, 1, 0, 0, 0, 0,
            3, 1, 0, 0, 0, 0,
            4, 1, 0, 0, 0, 0,
            5, 1, 0, 0, 0, 0,
        ];
        Assert.Equal(body, bytes[..^32]);
        Assert.Equal(SHA256.HashData(body), bytes[^32..]);
    }

    [Theory]
    [InlineData("0", new byte[] { 2, 0, 0 })]
    [InlineData("1", new byte[] { 2, 0, 1, 1 })]
    [InlineData("-1", new byte[] { 2, 1, 1, 1 })]
    [InlineData("256", new byte[] { 2, 0, 2, 0, 1 })]
    [InlineData("-128", new byte[] { 2, 1, 1, 0x80 })]
    public void IntegerConstant_Encoding_SignAndMinimalMagnitude(string value, byte[] expected)
    {
        var p = new ZvmProgram();
        p.Constants.Add(new IntegerConstant(System.Numerics.BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        var bytes = ZvmSerializer.Serialize(p);
        Assert.Equal(expected, bytes.AsSpan(13, expected.Length).ToArray());
    }

    [Fact]
    public void Serialize_LoneSurrogate_Throws()
    {
        var p = new ZvmProgram();
        p.Constants.Add(new StringConstant("\uD800"));
        Assert.Throws<ArgumentException>(() => ZvmSerializer.Serialize(p));
    }

    [Fact]
    public void Serialize_NegativeSlotCount_Throws()
    {
        var p = new ZvmProgram();
        p.Functions.Add(new FunctionProto { SlotCount = -1 });
        Assert.Throws<ArgumentException>(() => ZvmSerializer.Serialize(p));
    }

    [Fact]
    public void Deserialize_BadMagic_Rejected() =>
        Rejects(Mutate(b => b[0] = (byte)'Q', reseal: false), "bad magic", 0);

    [Fact]
    public void Deserialize_Empty_Rejected() => Rejects([], "bad magic", 0);

    [Fact]
    public void Deserialize_UnsupportedVersion_Rejected() =>
        Rejects(Mutate(b => b[4] = 2), "unsupported format version 2", 4);

    [Fact]
    public void Deserialize_UnknownTarget_Rejected() =>
        Rejects(Mutate(b => b[6] = 9), "unknown target 9", 6);

    [Fact]
    public void Deserialize_BadChecksum_Rejected()
    {
        var bytes = ZvmSerializer.Serialize(SamplePrograms.Rich());
        bytes[^1] ^= 1;
        Rejects(bytes, "checksum mismatch", bytes.Length - 32);
    }

    [Fact]
    public void Deserialize_BodyChangedWithoutReseal_ChecksumMismatch()
    {
        var bytes = ZvmSerializer.Serialize(SamplePrograms.Rich());
        bytes[^33] ^= 0x01; // "main.zx" becomes "main.zy": still well formed
        Assert.Contains("checksum", Assert.Throws<BytecodeFormatException>(() => ZvmDeserializer.Deserialize(bytes)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TruncatedChecksum_Rejected()
    {
        var bytes = ZvmSerializer.Serialize(new ZvmProgram());
        Rejects(bytes[..^5], "truncated: checksum needs 32 bytes, 27 remain", bytes.Length - 32);
    }

    [Fact]
    public void Deserialize_TrailingBytes_Rejected()
    {
        var bytes = ZvmSerializer.Serialize(new ZvmProgram());
        Rejects([.. bytes, 0], "1 trailing bytes after the checksum", bytes.Length);
    }

    [Fact]
    public void Deserialize_EveryTruncation_RejectedWithReason()
    {
        var bytes = ZvmSerializer.Serialize(SamplePrograms.Rich());
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<BytecodeFormatException>(() => ZvmDeserializer.Deserialize(bytes.AsSpan(0, length)));
            Assert.InRange(e.Offset, 0, length);
        }
    }

    [Fact]
    public void Deserialize_SectionLengthPastEnd_Rejected() =>
        Rejects(Mutate(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(8), 100_000)), "truncated: Constants section length 100000 exceeds", 8);

    [Fact]
    public void Deserialize_WrongSectionOrder_Rejected() =>
        Rejects(Mutate(b => b[7] = 2), "expected section 1 (Constants), found 2", 7);

    [Fact]
    public void Deserialize_HugeCount_RejectedBeforeAllocating()
    {
        // Constants section claiming 2^31-1 constants in 5 bytes.
        var bytes = Section(0xFF, 0xFF, 0xFF, 0xFF, 0x07);
        Rejects(bytes, "constant count 2147483647 exceeds what the remaining 0 bytes can hold", 12);
    }

    [Fact]
    public void Deserialize_OverlongVarint_Rejected() =>
        Rejects(Section(0x80, 0x00), "varint constant is not minimally encoded", 12);

    [Fact]
    public void Deserialize_VarintTooLarge_Rejected() =>
        Rejects(Section(0xFF, 0xFF, 0xFF, 0xFF, 0x08), "varint constant exceeds 2147483647", 12);

    [Fact]
    public void Deserialize_UnknownConstantKind_Rejected() =>
        Rejects(Section(1, 9), "constant 0: unknown constant kind 9", 13);

    [Fact]
    public void Deserialize_InvalidUtf8_Rejected() =>
        Rejects(Section(1, 4, 2, 0xC3, 0x28), "string constant is not valid UTF-8", 14);

    [Fact]
    public void Deserialize_BadBoolean_Rejected() =>
        Rejects(Section(1, 1, 2), "boolean constant: boolean byte must be 0 or 1, found 2", 14);

    [Fact]
    public void Deserialize_NegativeZero_Rejected() =>
        Rejects(Section(1, 2, 1, 0), "integer constant: negative zero", 14);

    [Fact]
    public void Deserialize_MagnitudeLeadingZero_Rejected() =>
        Rejects(Section(1, 2, 0, 2, 1, 0), "integer constant: magnitude has a leading zero byte", 15);

    [Fact]
    public void Deserialize_UnreadSectionBytes_Rejected() =>
        Rejects(Section(0, 0), "1 unread bytes at the end of the constants section", 13);

    [Fact]
    public void Deserialize_UnsortedMetadata_Rejected()
    {
        var bytes = ZvmSerializer.Serialize(new ZvmProgram { Metadata = { ["a"] = "1", ["b"] = "2" } });
        var i = bytes.Length - 32 - 9;
        Assert.Equal((byte)'a', bytes[i + 2]);
        bytes[i + 2] = (byte)'c';
        Reseal(bytes);
        Rejects(bytes, "metadata key \"b\" is not after \"c\" in ordinal order", i + 5);
    }

    [Fact]
    public void Deserialize_UnknownFunctionFlags_Rejected()
    {
        var p = new ZvmProgram();
        p.Functions.Add(new FunctionProto { Code = [1] });
        var bytes = ZvmSerializer.Serialize(p);
        // Header 7 + constants section 6 + functions header 5 + count 1 + name 1 = flags at 20.
        bytes[20] = 0x80;
        Reseal(bytes);
        Rejects(bytes, "function 0: unknown flag bits 0x80", 20);
    }

    private static void Rejects(byte[] bytes, string reason, int offset)
    {
        var e = Assert.Throws<BytecodeFormatException>(() => ZvmDeserializer.Deserialize(bytes));
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal(offset, e.Offset);
        Assert.Contains($"at byte {offset}", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Mutate(Action<byte[]> change, bool reseal = true)
    {
        var bytes = ZvmSerializer.Serialize(SamplePrograms.Rich());
        change(bytes);
        if (reseal)
        {
            Reseal(bytes);
        }

        return bytes;
    }

    /// <summary>A container whose constants section payload is <paramref name="payload"/>, the rest empty.</summary>
    private static byte[] Section(params byte[] payload)
    {
        var empty = ZvmSerializer.Serialize(new ZvmProgram());
        var head = empty[..7];
        var constants = new byte[5 + payload.Length];
        constants[0] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(constants.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(constants, 5);
        byte[] bytes = [.. head, .. constants, .. empty[13..]];
        Reseal(bytes);
        return bytes;
    }

    internal static void Reseal(byte[] bytes) => SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32), bytes.AsSpan(bytes.Length - 32));
}
