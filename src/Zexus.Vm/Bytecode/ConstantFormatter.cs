using System.Globalization;
using System.Text;

namespace Zexus.Vm.Bytecode;

/// <summary>Culture-independent text for constants, as shown by the disassembler.</summary>
public static class ConstantFormatter
{
    /// <summary>The constant as a literal (<c>42</c>, <c>"text"</c>, <c>true</c>) or a one-line description of a descriptor.</summary>
    public static string Format(Constant constant) => constant switch
    {
        NullConstant => "null",
        BooleanConstant b => b.Value ? "true" : "false",
        IntegerConstant i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatConstant f => FormatFloat(f.Value),
        StringConstant s => Quote(s.Value),
        ContractConstant c => $"contract {c.Name} state [{string.Join(", ", c.StateNames)}] scope {c.StateScopeSize} initializer f{c.Initializer} actions [{string.Join(", ", c.Actions.Select(a => $"{a.Name} f{a.Function}"))}]",
        EntityConstant e => $"entity {e.Name} fields [{string.Join(", ", e.Fields.Select(Field))}]",
        UseConstant u => u.Form switch
        {
            UseForm.Alias => $"use {Quote(u.Path)} as {u.Alias}",
            UseForm.Names => $"use {{{string.Join(", ", u.Names)}}} from {Quote(u.Path)}",
            _ => $"use {Quote(u.Path)}",
        },
        _ => constant.Kind.ToString(),
    };

    /// <summary>Shortest round-trip form; the exact bits in hex as well when the text alone would lose them.</summary>
    public static string FormatFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (double.IsNaN(value))
        {
            text += $" (0x{BitConverter.DoubleToInt64Bits(value):X16})";
        }
        else if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal) && !double.IsInfinity(value))
        {
            text += ".0";
        }

        return text;
    }

    /// <summary>A double-quoted string with backslash escapes for quotes, backslashes and control characters.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static string Field(EntityFieldConstant f)
    {
        var text = f.TypeAnnotation is null ? f.Name : $"{f.Name}: {f.TypeAnnotation}";
        return f.DefaultFunction >= 0 ? $"{text} = f{f.DefaultFunction}" : text;
    }
}
