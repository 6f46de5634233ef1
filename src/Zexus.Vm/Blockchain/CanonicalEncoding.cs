using System.Buffers.Binary;
using System.Numerics;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// The canonical byte encoding of a Zexus value (LANGUAGE.md 3.1 kinds), the input of HASH_BLOCK,
/// MERKLE_ROOT and ledger entry hashes. Specified byte by byte in <c>docs/blockchain-semantics.md</c>
/// section 1; this summary must agree with it.
/// </summary>
/// <remarks>
/// <para>Every value is one tag byte (<see cref="CanonicalTag"/>) followed by either a u32 big-endian
/// payload length and the payload (scalars, strings, named things) or a u32 big-endian element count
/// and the encoded elements (lists, maps, entity instances). Because every field is either fixed-size
/// or length-prefixed, the encoding is prefix-free, hence injective: two values with the same bytes
/// are the same value, and a list of encodings cannot be re-split differently.</para>
/// <para>Containers are walked with an explicit stack, so depth costs heap rather than CLR stack
/// (100,000 levels are fine). A container met again while it is still open is a cycle and raises
/// <c>Cannot hash a cyclic value</c>; a container shared without a cycle is simply encoded again
/// wherever it occurs, which is why the output is bounded by a byte limit.</para>
/// </remarks>
public static class CanonicalEncoding
{
    /// <summary>The limit used by <see cref="Encode(Value)"/>: 256 MiB.</summary>
    public const int DefaultMaxBytes = 256 * 1024 * 1024;

    /// <summary>The error message for a value whose encoding would exceed the byte limit.</summary>
    public const string TooLargeMessage = "Value too large to hash";

    /// <summary>The error message for a value that contains itself.</summary>
    public const string CyclicMessage = "Cannot hash a cyclic value";

    /// <summary>The canonical bytes of <paramref name="value"/>, limited to <see cref="DefaultMaxBytes"/>.</summary>
    /// <exception cref="ZexusError">The value is cyclic or its encoding exceeds the limit.</exception>
    public static byte[] Encode(Value value) => Encode(value, DefaultMaxBytes);

    /// <summary>
    /// The canonical bytes of <paramref name="value"/>; an engine passes a limit derived from the gas
    /// left so the work done before running out is bounded.
    /// </summary>
    /// <exception cref="ZexusError">The value is cyclic or its encoding exceeds <paramref name="maxBytes"/>.</exception>
    public static byte[] Encode(Value value, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var writer = new CanonicalWriter(maxBytes);
        new Walker(writer).Run(value);
        return writer.ToArray();
    }

    /// <summary>
    /// One open container: how many of its elements are written. Maps write each key, and entity
    /// instances each field name, just before the element.
    /// </summary>
    private struct Frame(ZObject container, int count)
    {
        public readonly ZObject Container = container;
        public readonly int Count = count;
        public int Next;
    }

    private sealed class Walker(CanonicalWriter writer)
    {
        private readonly List<Frame> _open = [];
        private readonly HashSet<ZObject> _onPath = new(ReferenceEqualityComparer.Instance);

        public void Run(Value root)
        {
            Write(root);
            while (_open.Count > 0)
            {
                var top = _open.Count - 1;
                var frame = _open[top];
                if (frame.Next == frame.Count)
                {
                    _onPath.Remove(frame.Container);
                    _open.RemoveAt(top);
                    continue;
                }

                var index = frame.Next;
                frame.Next++;
                _open[top] = frame;
                Write(Element(frame.Container, index));
            }
        }

        /// <summary>Writes the key or field name that precedes element <paramref name="index"/>, then returns the element.</summary>
        private Value Element(ZObject container, int index)
        {
            switch (container)
            {
                case ZList list:
                    return list.Items[index];
                case ZMap map:
                    var (key, value) = map.Entries.GetAt(index);
                    writer.WriteString(key);
                    return value;
                default:
                    var entity = (ZEntity)container;
                    var fields = entity.Type.Fields;
                    writer.WriteString(index < fields.Length ? fields[index].Name : "");
                    return entity.Fields[index];
            }
        }

        private void Write(Value value)
        {
            switch (value.Kind)
            {
                case ValueKind.Null:
                    writer.WriteByte(CanonicalTag.Null);
                    writer.WriteUInt32(0);
                    break;
                case ValueKind.Boolean:
                    writer.WriteByte(CanonicalTag.Boolean);
                    writer.WriteUInt32(1);
                    writer.WriteByte(value.AsBool ? (byte)1 : (byte)0);
                    break;
                case ValueKind.Integer:
                    WriteInteger(value);
                    break;
                case ValueKind.Float:
                    WriteFloat(value.AsFloat);
                    break;
                case ValueKind.String:
                    writer.WriteByte(CanonicalTag.String);
                    writer.WriteString(value.AsString);
                    break;
                case ValueKind.List:
                    Open(value.AsList, value.AsList.Count);
                    writer.WriteByte(CanonicalTag.List);
                    writer.WriteUInt32(value.AsList.Count);
                    break;
                case ValueKind.Map:
                    Open(value.AsMap, value.AsMap.Count);
                    writer.WriteByte(CanonicalTag.Map);
                    writer.WriteUInt32(value.AsMap.Count);
                    break;
                case ValueKind.Entity:
                    var entity = value.As<ZEntity>();
                    Open(entity, entity.Fields.Length);
                    writer.WriteByte(CanonicalTag.Entity);
                    writer.WriteString(entity.Type.Name);
                    writer.WriteUInt32(entity.Fields.Length);
                    break;
                case ValueKind.Function:
                    writer.WriteByte(CanonicalTag.Function);
                    writer.WriteString(value.As<ZFunction>().Name ?? "");
                    break;
                case ValueKind.Builtin:
                    writer.WriteByte(CanonicalTag.Builtin);
                    writer.WriteString(value.As<ZBuiltin>().Name);
                    break;
                case ValueKind.Contract:
                    writer.WriteByte(CanonicalTag.Contract);
                    writer.WriteString(value.As<ZContract>().Address);
                    break;
                case ValueKind.EntityType:
                    writer.WriteByte(CanonicalTag.EntityType);
                    writer.WriteString(value.As<ZEntityType>().Name);
                    break;
                case ValueKind.Module:
                    writer.WriteByte(CanonicalTag.Module);
                    writer.WriteString(value.As<ZModule>().Path);
                    break;
                default:
                    throw new ArgumentException("An undefined value has no canonical encoding.", nameof(value));
            }
        }

        /// <summary>
        /// Puts a container on the stack (its elements follow the header the caller writes next), or
        /// raises the cycle error if it is already open further up.
        /// </summary>
        private void Open(ZObject container, int count)
        {
            if (!_onPath.Add(container))
            {
                throw new ZexusError(CyclicMessage);
            }

            _open.Add(new Frame(container, count));
        }

        /// <summary>Sign byte (0 for ≥ 0, 1 for &lt; 0) ‖ minimal big-endian magnitude (empty for 0).</summary>
        private void WriteInteger(Value value)
        {
            writer.WriteByte(CanonicalTag.Integer);
            Span<byte> small = stackalloc byte[8];
            if (value.IsSmallInt)
            {
                var n = value.SmallInt;
                var magnitude = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n;
                BinaryPrimitives.WriteUInt64BigEndian(small, magnitude);
                var skip = BitOperations.LeadingZeroCount(magnitude) / 8;
                writer.WriteUInt32(1 + 8 - skip);
                writer.WriteByte(n < 0 ? (byte)1 : (byte)0);
                writer.WriteBytes(small[skip..]);
                return;
            }

            var big = value.AsBigInteger;
            var bytes = big.IsZero ? [] : BigInteger.Abs(big).ToByteArray(isUnsigned: true, isBigEndian: true);
            writer.WriteUInt32(1 + bytes.Length);
            writer.WriteByte(big.Sign < 0 ? (byte)1 : (byte)0);
            writer.WriteBytes(bytes);
        }

        /// <summary>IEEE-754 binary64, big-endian; every NaN becomes 0x7FF8000000000000. −0.0 keeps its sign bit.</summary>
        private void WriteFloat(double d)
        {
            writer.WriteByte(CanonicalTag.Float);
            writer.WriteUInt32(8);
            Span<byte> bits = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bits, double.IsNaN(d) ? CanonicalTag.CanonicalNaNBits : BitConverter.DoubleToInt64Bits(d));
            writer.WriteBytes(bits);
        }
    }
}
