using System.Globalization;
using System.Text;

namespace Zexus.Vm.Runtime;

/// <summary>The text form of values (LANGUAGE.md section 4), used by print, string(), interpolation and throw.</summary>
/// <remarks>Containers are written with an explicit stack of open containers rather than recursion, so a
/// value nested a million levels deep prints instead of overflowing the CLR stack. The same stack is the
/// set of values "already being written" that 4 uses to cut cycles.</remarks>
public static class TextForm
{
    /// <summary>The text form of <paramref name="value"/> (section 4; floats 4.1).</summary>
    public static string Of(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.String:
                return value.AsString;
            case ValueKind.Integer:
                return value.IsSmallInt
                    ? SmallIntegerText.Of(value.SmallInt)
                    : value.AsBigInteger.ToString(CultureInfo.InvariantCulture);
            case ValueKind.Float:
                return FloatFormat.Format(value.AsFloat);
            case ValueKind.Boolean:
                return value.AsBool ? "true" : "false";
            case ValueKind.Null:
                return "null";
            case ValueKind.List:
            case ValueKind.Map:
            case ValueKind.Entity:
                var sb = new StringBuilder();
                Append(sb, value);
                return sb.ToString();
            default:
                return OfAtom(value);
        }
    }

    /// <summary>Appends the text form of <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static void Append(StringBuilder sb, Value value)
    {
        if (value.Kind is not (ValueKind.List or ValueKind.Map or ValueKind.Entity))
        {
            AppendAtom(sb, value);
            return;
        }

        var writer = new ContainerWriter(sb);
        writer.Write(value);
    }

    private static void AppendAtom(StringBuilder sb, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.String:
                sb.Append(value.StringSpan);
                break;
            case ValueKind.Integer:
                if (value.IsSmallInt)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"{value.SmallInt}");
                }
                else
                {
                    sb.Append(value.AsBigInteger.ToString(CultureInfo.InvariantCulture));
                }

                break;
            default:
                sb.Append(Of(value));
                break;
        }
    }

    /// <summary>Text of a value that contains no other values.</summary>
    private static string OfAtom(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Function:
                var f = value.As<ZFunction>();
                if (f.IsLambda)
                {
                    return "<lambda>";
                }

                return f.Name is null ? "<action>" : "<action " + f.Name + ">";
            case ValueKind.Builtin:
                return "<built-in function: " + value.As<ZBuiltin>().Name + ">";
            case ValueKind.Contract:
                var c = value.As<ZContract>();
                return "<contract " + c.Definition.Name + " at " + c.Address + ">";
            case ValueKind.EntityType:
                return EntityTypeText(value.As<ZEntityType>());
            case ValueKind.Module:
                return "<module " + value.As<ZModule>().Path + ">";
            default:
                return "undefined";
        }
    }

    private static string EntityTypeText(ZEntityType type)
    {
        if (type.Fields.Length == 0)
        {
            return "entity " + type.Name + " {}";
        }

        var sb = new StringBuilder("entity ").Append(type.Name).Append(" { ");
        for (var i = 0; i < type.Fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var field = type.Fields[i];
            sb.Append(field.Name);
            if (field.TypeAnnotation is not null)
            {
                sb.Append(": ").Append(field.TypeAnnotation);
            }
        }

        return sb.Append(" }").ToString();
    }

    /// <summary>
    /// Longest text form produced (characters). Values that share parts can have text forms exponentially
    /// larger than themselves (<c>a = [a, a]</c> repeated); past this limit converting one is an error
    /// instead of exhausting memory (DESIGN.md invariant 4).
    /// </summary>
    public const int MaxLength = 1 << 28;

    /// <summary>Writes nested lists, maps and entity instances iteratively.</summary>
    private struct ContainerWriter(StringBuilder sb)
    {
        private readonly StringBuilder _sb = sb;
        private readonly List<Frame> _open = [];
        private readonly HashSet<ZObject> _writing = new(ReferenceEqualityComparer.Instance);

        public void Write(Value root)
        {
            Enter(root);
            while (_open.Count > 0)
            {
                var top = _open.Count - 1;
                var frame = _open[top];
                if (frame.Next >= frame.Count)
                {
                    _sb.Append(frame.Object is ZList ? "]" : frame.Object is ZMap ? "}" : " }");
                    _writing.Remove(frame.Object);
                    _open.RemoveAt(top);
                    continue;
                }

                if (_sb.Length > MaxLength)
                {
                    throw new ZexusError($"Value too large to convert to text (more than {MaxLength} characters)");
                }

                var index = frame.Next;
                _open[top] = frame with { Next = index + 1 };
                if (index > 0)
                {
                    _sb.Append(", ");
                }

                Value item;
                switch (frame.Object)
                {
                    case ZList list:
                        // A list mutated while printing (impossible from Zexus code) must not crash the host.
                        item = index < list.Items.Count ? list.Items[index] : Value.Null;
                        break;
                    case ZMap map:
                        var entry = map.Entries.GetAt(index);
                        _sb.Append(entry.Key).Append(": ");
                        item = entry.Value;
                        break;
                    default:
                        var entity = (ZEntity)frame.Object;
                        _sb.Append(entity.Type.Fields[index].Name).Append(": ");
                        item = entity.Fields[index];
                        break;
                }

                if (item.Kind is ValueKind.List or ValueKind.Map or ValueKind.Entity)
                {
                    Enter(item);
                }
                else
                {
                    AppendAtom(_sb, item);
                }
            }
        }

        private void Enter(Value value)
        {
            var obj = value.AsObject;
            if (_writing.Contains(obj))
            {
                _sb.Append(obj switch
                {
                    ZList => "[...]",
                    ZMap => "{...}",
                    _ => ((ZEntity)obj).Type.Name + " {...}",
                });
                return;
            }

            int count;
            switch (obj)
            {
                case ZList list:
                    _sb.Append('[');
                    count = list.Count;
                    break;
                case ZMap map:
                    _sb.Append('{');
                    count = map.Count;
                    break;
                default:
                    var entity = (ZEntity)obj;
                    _sb.Append(entity.Type.Name);
                    count = Math.Min(entity.Fields.Length, entity.Type.Fields.Length);
                    if (count == 0)
                    {
                        _sb.Append(" {}");
                        return;
                    }

                    _sb.Append(" { ");
                    break;
            }

            _writing.Add(obj);
            _open.Add(new Frame(obj, 0, count));
        }
    }

    private readonly record struct Frame(ZObject Object, int Next, int Count);
}
