using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Zexus.TestSupport;

namespace Zexus.Primitives.Tests;

/// <summary>
/// ethereum/tests RLPTests, one test case per JSON case (named file/case): rlptest.json encodes
/// and decodes both ways, invalidRLPTest.json must be rejected, RandomRLPTests must decode and
/// re-encode to the same bytes.
/// </summary>
public class RlpConformanceTests
{
    private const string Archive = "ethereum-basic-tests.tar.gz";

    private static string Folder() =>
        Path.Combine(Fixtures.Unpacked(Archive) ?? throw new InvalidOperationException(Fixtures.Hint), "ethereum-tests", "RLPTests");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Fixtures.Unpacked(Archive);
        if (root is null)
        {
            return data;
        }

        var folder = Path.Combine(root, "ethereum-tests", "RLPTests");
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var test in doc.RootElement.EnumerateObject())
            {
                data.Add(relative + "/" + test.Name);
            }
        }

        return data;
    }

    [FixtureTheory]
    [MemberData(nameof(Cases))]
    public void RlpTest_Case_Passes(string name)
    {
        int split = name.LastIndexOf('/');
        var file = Path.Combine(Folder(), name[..split]);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var test = doc.RootElement.GetProperty(name[(split + 1)..]);
        var input = test.GetProperty("in");
        var encoded = Hex.Parse(test.GetProperty("out").GetString()!);

        if (input.ValueKind == JsonValueKind.String && input.GetString() == "INVALID")
        {
            Assert.Throws<RlpException>(() => Rlp.Validate(encoded));
            return;
        }

        if (input.ValueKind == JsonValueKind.String && input.GetString() == "VALID")
        {
            Rlp.Validate(encoded);
            Assert.Equal(Hex.ToHex(encoded), Hex.ToHex(RlpTree.Encode(RlpTree.Decode(encoded))));
            return;
        }

        Assert.Equal(Hex.ToHex(encoded), Hex.ToHex(Encode(input)));
        Rlp.Validate(encoded);
        var reader = new RlpReader(encoded);
        AssertDecodes(ref reader, input);
        reader.EnsureEnd();
    }

    /// <summary>Strings are UTF-8 bytes, except "#digits" which is a big integer; numbers are scalars.</summary>
    private static byte[] Encode(JsonElement input) => input.ValueKind switch
    {
        JsonValueKind.String when IsBigInteger(input, out var big) => Rlp.EncodeBigInteger(big),
        JsonValueKind.String => Rlp.EncodeBytes(Encoding.UTF8.GetBytes(input.GetString()!)),
        JsonValueKind.Number => Rlp.EncodeULong(input.GetUInt64()),
        JsonValueKind.Array => Rlp.EncodeList([.. input.EnumerateArray().Select(Encode)]),
        _ => throw new InvalidOperationException("unexpected JSON " + input.ValueKind),
    };

    private static void AssertDecodes(ref RlpReader reader, JsonElement expected)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.String when IsBigInteger(expected, out var big):
                var bytes = reader.ReadUInt(maxBytes: 64);
                Assert.Equal(big, new BigInteger(bytes, isUnsigned: true, isBigEndian: true));
                break;
            case JsonValueKind.String:
                Assert.Equal(Encoding.UTF8.GetBytes(expected.GetString()!), reader.ReadBytes().ToArray());
                break;
            case JsonValueKind.Number:
                Assert.Equal(expected.GetUInt64(), reader.ReadULong());
                break;
            case JsonValueKind.Array:
                int token = reader.EnterList();
                foreach (var item in expected.EnumerateArray())
                {
                    Assert.True(reader.HasMore);
                    AssertDecodes(ref reader, item);
                }

                reader.LeaveList(token);
                break;
            default:
                throw new InvalidOperationException("unexpected JSON " + expected.ValueKind);
        }
    }

    private static bool IsBigInteger(JsonElement element, out BigInteger value)
    {
        var text = element.GetString()!;
        value = default;
        return text.StartsWith('#') && BigInteger.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
