using System.Globalization;
using System.Text;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Stable text listing of a container for <c>zexus disasm</c> and golden tests: header, metadata, constants,
/// modules, ABI, then each function with its names table and instructions
/// (<c>offset  MNEMONIC operands  ; comment</c>), with operands resolved in the comment. It reads unverified
/// containers too: bytes that do not decode are listed as <c>.byte</c> and out-of-range operands are marked.
/// </summary>
public static class Disassembler
{
    private const int MnemonicWidth = 18;
    private const int OperandsWidth = 12;

    /// <param name="program">The container.</param>
    /// <param name="sourceLines">Optional source lookup: given a module's file (as in <see cref="ModuleUnit.File"/>),
    /// its source text, or null when unavailable. When given, each change of source line shows that line.</param>
    /// <param name="builtinNames">Optional built-in names by index, to resolve <c>CALL_BUILTIN</c>.</param>
    public static string Disassemble(ZvmProgram program, Func<string, string?>? sourceLines = null, IReadOnlyList<string>? builtinNames = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var o = new StringBuilder();
        o.Append(CultureInfo.InvariantCulture, $"; ZVM bytecode, format version {program.FormatVersion}, target {program.Target}\n");
        foreach (var (key, value) in program.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            o.Append(CultureInfo.InvariantCulture, $"; {key} = {ConstantFormatter.Quote(value)}\n");
        }

        o.Append(CultureInfo.InvariantCulture, $"\nconstants ({program.Constants.Count})\n");
        for (var i = 0; i < program.Constants.Count; i++)
        {
            var c = program.Constants[i];
            o.Append(CultureInfo.InvariantCulture, $"  k{i,-5} {c.Kind,-9} {ConstantFormatter.Format(c)}\n");
        }

        o.Append(CultureInfo.InvariantCulture, $"\nmodules ({program.Modules.Count})\n");
        for (var i = 0; i < program.Modules.Count; i++)
        {
            var m = program.Modules[i];
            o.Append(CultureInfo.InvariantCulture, $"  m{i,-5} {m.File}");
            if (m.TopLevel >= 0)
            {
                o.Append(CultureInfo.InvariantCulture, $"  top level f{m.TopLevel}");
            }

            o.Append(CultureInfo.InvariantCulture, $"  globals [{string.Join(", ", m.Globals)}]");
            if (m.HasExports)
            {
                o.Append("  exports");
            }

            if (m.Failure != ModuleFailure.None)
            {
                o.Append(CultureInfo.InvariantCulture, $"  failed {m.Failure}");
                if (m.FailureDetail is not null)
                {
                    o.Append(CultureInfo.InvariantCulture, $": {m.FailureDetail}");
                }
            }

            o.Append('\n');
        }

        if (program.Abi.Count > 0)
        {
            o.Append(CultureInfo.InvariantCulture, $"\nabi ({program.Abi.Count})\n");
            foreach (var c in program.Abi)
            {
                var actions = string.Join(", ", c.Actions.Select(a => $"{a.Name}({string.Join(", ", a.Parameters)})"));
                o.Append(CultureInfo.InvariantCulture, $"  contract {c.Name}  actions [{actions}]  state [{string.Join(", ", c.StateVariables)}]  events [{string.Join(", ", c.Events)}]\n");
            }
        }

        for (var i = 0; i < program.Functions.Count; i++)
        {
            o.Append('\n');
            Function(o, program, i, sourceLines is null ? null : file => Lines(sources, sourceLines, file), builtinNames);
        }

        return o.ToString();
    }

    private static string[]? Lines(Dictionary<string, string[]?> cache, Func<string, string?> lookup, string file)
    {
        if (!cache.TryGetValue(file, out var lines))
        {
            lines = lookup(file)?.ReplaceLineEndings("\n").Split('\n');
            cache[file] = lines;
        }

        return lines;
    }

    private static void Function(StringBuilder o, ZvmProgram program, int index, Func<string, string[]?>? source, IReadOnlyList<string>? builtinNames)
    {
        var f = program.Functions[index];
        var file = f.Module >= 0 && f.Module < program.Modules.Count ? program.Modules[f.Module].File : $"<module {f.Module}>";
        o.Append(CultureInfo.InvariantCulture, $"function f{index} {f.Name ?? "<anonymous>"}  flags {f.Flags}  module m{f.Module}  params [{string.Join(", ", f.ParamSlots)}]  slots {f.SlotCount}");
        if (f.MaxStack > 0)
        {
            o.Append(CultureInfo.InvariantCulture, $"  max stack {f.MaxStack}");
        }

        o.Append('\n');
        if (f.Names.Length > 0)
        {
            o.Append("  names\n");
            for (var n = 0; n < f.Names.Length; n++)
            {
                o.Append(CultureInfo.InvariantCulture, $"    n{n,-5} {f.Names[n].Name}  [{Candidates(f.Names[n])}]\n");
            }
        }

        o.Append("  code\n");
        var lastLine = -1;
        var offset = 0;
        while (offset < f.Code.Length)
        {
            if (f.LineAt(offset) is { } pos && pos.Line != lastLine)
            {
                lastLine = pos.Line;
                var text = source?.Invoke(file) is { } lines && pos.Line >= 1 && pos.Line <= lines.Length ? lines[pos.Line - 1].Trim() : "";
                text = text.Length > 0 ? ": " + text : "";
                o.Append(CultureInfo.InvariantCulture, $"    ; {file}:{pos.Line}{text}\n");
            }

            if (!Instruction.TryDecode(f.Code, offset, out var ins, out var error))
            {
                o.Append(CultureInfo.InvariantCulture, $"    {offset:D4}  {".byte",-MnemonicWidth} 0x{f.Code[offset]:X2}  ; {error}\n");
                offset++;
                continue;
            }

            var operands = string.Join(" ", ins.Info.Operands.Select((kind, i) => kind is OperandKind.Target or OperandKind.Amount
                ? ins.Unsigned(i).ToString(CultureInfo.InvariantCulture)
                : ins.Operands[i].ToString(CultureInfo.InvariantCulture)));
            var comment = string.Join(", ", ins.Info.Operands.Select((kind, i) => Resolve(program, f, ins, i, kind, builtinNames)).Where(s => s.Length > 0));
            var line = $"    {offset:D4}  {ins.Info.Mnemonic,-MnemonicWidth} {operands,-OperandsWidth}";
            o.Append(comment.Length > 0 ? $"{line}  ; {comment}" : line.TrimEnd()).Append('\n');
            offset = ins.Next;
        }
    }

    private static string Resolve(ZvmProgram program, FunctionProto f, Instruction ins, int operand, OperandKind kind, IReadOnlyList<string>? builtinNames)
    {
        var value = ins.Operands[operand];
        return kind switch
        {
            OperandKind.Const => value < program.Constants.Count ? ConstantFormatter.Format(program.Constants[value]) : "<constant out of range>",
            OperandKind.Name => value < f.Names.Length ? $"{f.Names[value].Name} [{Candidates(f.Names[value])}]" : "<name out of range>",
            OperandKind.Slot => value < f.SlotCount ? $"slot {value}" : "<slot out of range>",
            OperandKind.Target => $"-> {ins.Unsigned(operand):D4}",
            OperandKind.Function => value < program.Functions.Count ? $"f{value} {program.Functions[value].Name ?? "<anonymous>"}" : "<function out of range>",
            OperandKind.Builtin => builtinNames is null ? "" : value < builtinNames.Count ? builtinNames[value] : "<built-in out of range>",
            OperandKind.Module => value < program.Modules.Count ? program.Modules[value].File : "<module out of range>",
            _ => "",
        };
    }

    private static string Candidates(NameEntry entry) => string.Join(", ", entry.Candidates.Select(c => $"{c.Hops}:{c.Slot}"));
}
