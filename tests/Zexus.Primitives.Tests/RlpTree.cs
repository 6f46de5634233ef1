namespace Zexus.Primitives.Tests;

/// <summary>A generic decoded RLP value for tests: a byte[] or a list of values.</summary>
internal static class RlpTree
{
    public static object Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var value = Read(ref reader);
        reader.EnsureEnd();
        return value;
    }

    public static byte[] Encode(object value) => value switch
    {
        byte[] bytes => Rlp.EncodeBytes(bytes),
        List<object> items => Rlp.EncodeList([.. items.Select(Encode)]),
        _ => throw new ArgumentException("not an RLP tree", nameof(value)),
    };

    private static object Read(ref RlpReader reader)
    {
        if (!reader.IsList)
        {
            return reader.ReadByteArray();
        }

        var items = new List<object>();
        var list = reader.ReadList();
        while (list.HasMore)
        {
            items.Add(Read(ref list));
        }

        return items;
    }
}
