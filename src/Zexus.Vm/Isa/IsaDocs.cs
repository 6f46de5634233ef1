using System.Globalization;
using System.Text;
using Zexus.Vm.Bytecode;

namespace Zexus.Vm.Isa;

/// <summary>
/// Generates docs/isa.md from <see cref="OpcodeTable"/>, so the reference can never disagree with the table.
/// A test compares the committed file with <see cref="Generate"/> and rewrites it when
/// <c>ZEXUS_REGENERATE_DOCS=1</c> is set.
/// </summary>
public static class IsaDocs
{
    /// <summary>Categories by opcode number range, in number order (the ranges of the established numbering).</summary>
    private static readonly (int First, int Last, string Title)[] Categories =
    [
        (1, 9, "Stack and names"),
        (10, 19, "Arithmetic"),
        (20, 29, "Comparison"),
        (30, 39, "Logic"),
        (40, 49, "Control"),
        (50, 59, "Calls"),
        (60, 69, "Collections, members, strings"),
        (70, 79, "Async"),
        (80, 89, "Events"),
        (90, 99, "Local names and declarations"),
        (100, 109, "Entities and modules"),
        (110, 129, "Blockchain"),
        (130, 139, "Contracts"),
        (140, 149, "Errors"),
        (150, 159, "Iteration and match"),
        (240, 255, "Output and miscellaneous"),
    ];

    public static string Generate()
    {
        var o = new StringBuilder();
        o.Append("# ZVM instruction set\n\n");
        o.Append("<!-- Generated from OpcodeTable by Zexus.Vm.Isa.IsaDocs.Generate(); do not edit by hand. Regenerate with\n");
        o.Append("     ZEXUS_REGENERATE_DOCS=1 dotnet test tests/Zexus.Vm.Tests --filter FullyQualifiedName~IsaTableTests -->\n\n");
        o.Append(CultureInfo.InvariantCulture, $"{OpcodeTable.All.Count} opcodes. The container that holds the code is described in docs/bytecode-format.md.\n\n");

        o.Append("## Encoding\n\n");
        o.Append("Every instruction is one opcode byte followed by its operands, in the order listed, each little-endian\n");
        o.Append("with the width fixed by its kind. Code is a byte array per function; jump targets are absolute offsets\n");
        o.Append("into the same function's code and must be instruction boundaries.\n\n");
        o.Append("| kind | letter | width | refers to |\n|---|---|---|---|\n");
        foreach (var kind in Enum.GetValues<OperandKind>())
        {
            o.Append(CultureInfo.InvariantCulture, $"| {kind} | `{Letter(kind)}` | {Width(kind)} | {Meaning(kind)} |\n");
        }

        o.Append("\nThe **stack** column is the effect on the fall-through path, `pops → pushes`, where a count may depend on\n");
        o.Append("an operand (`1+A` pops one value plus A arguments). An instruction with a target operand also has a\n");
        o.Append("**branch** edge with its own effect, counted from the height before the instruction; for `SETUP_TRY` and\n");
        o.Append("`SETUP_FINALLY` the branch edge is the handler, entered with the height at the SETUP plus the pushed\n");
        o.Append("values. The verifier checks both edges (every path agrees on the height, no underflow, at most 1024).\n");
        o.Append("**Gas** is the static cost charged before the instruction runs; **dynamic gas** is charged on top\n");
        o.Append("(docs/gas.md). A **terminating** instruction never continues to the next one; every path through a\n");
        o.Append("function must end in one.\n");

        o.Append("\nBesides ranges, the verifier (`ZvmVerifier`) checks these operand rules:\n\n");
        foreach (var group in OpcodeTable.All.OrderBy(i => (byte)i.Opcode)
                     .Where(i => ConstantRequirements.For(i.Opcode) != ConstantRequirement.None)
                     .GroupBy(i => ConstantRequirements.For(i.Opcode)))
        {
            o.Append(CultureInfo.InvariantCulture, $"- `K` must be {group.Key.Describe()}: {string.Join(", ", group.Select(i => $"`{i.Mnemonic}`"))}.\n");
        }

        o.Append("- `LOAD_LOCAL`: the name entry's first candidate is a slot of the current scope (hops 0).\n");
        o.Append("- `FOR_ITER`: mode 1 (elements) or 2 (index/key and element/value). `REQUIRE`: count 1 or 2.\n");
        o.Append("- `MATCH_LITERAL` compares the top value without popping it: it needs a height of at least 1.\n");
        o.Append("- `SETUP_TRY`/`SETUP_FINALLY` install a handler and `POP_TRY` removes it: every path agrees on the number\n");
        o.Append("  installed at each instruction, and `POP_TRY` never runs without one.\n");

        var listed = 0;
        foreach (var (first, last, title) in Categories)
        {
            var rows = OpcodeTable.All.Where(i => (byte)i.Opcode >= first && (byte)i.Opcode <= last).OrderBy(i => (byte)i.Opcode).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            listed += rows.Count;
            o.Append(CultureInfo.InvariantCulture, $"\n## {title} ({first}–{last})\n\n");
            o.Append("| # | mnemonic | operands | stack | branch | gas | dynamic gas | terminating | summary |\n");
            o.Append("|---:|---|---|---|---|---:|---|---|---|\n");
            foreach (var info in rows)
            {
                o.Append(CultureInfo.InvariantCulture, $"| {(byte)info.Opcode} | `{info.Mnemonic}` | {Operands(info)} | {Stack(info)} | {Branch(info)} | {info.Gas} | {Cell(info.DynamicGas ?? "")} | {(info.Terminating ? "yes" : "")} | {Cell(info.Summary)} |\n");
            }
        }

        if (listed != OpcodeTable.All.Count)
        {
            throw new InvalidOperationException("an opcode number falls outside every category of IsaDocs");
        }

        return o.ToString();
    }

    /// <summary>The letter summaries use for an operand of this kind.</summary>
    public static string Letter(OperandKind kind) => kind switch
    {
        OperandKind.Const => "K",
        OperandKind.Name => "N",
        OperandKind.Slot => "S",
        OperandKind.Count => "A",
        OperandKind.WideCount => "N",
        OperandKind.Target => "T",
        OperandKind.Function => "F",
        OperandKind.Builtin => "B",
        OperandKind.Module => "M",
        OperandKind.Amount => "N",
        OperandKind.Mode => "m",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "operand kind without a letter"),
    };

    private static string Width(OperandKind kind) => kind.Width() switch
    {
        1 => "u8",
        2 => "u16",
        _ => "u32",
    };

    private static string Meaning(OperandKind kind) => kind switch
    {
        OperandKind.Const => "index into the constant pool (the verifier checks the constant's kind per opcode)",
        OperandKind.Name => "index into the function's name table (a name and its candidate slots)",
        OperandKind.Slot => "slot of the current scope (below the function's slot count)",
        OperandKind.Count => "number of stack values (arguments)",
        OperandKind.WideCount => "number of stack values for large literals",
        OperandKind.Target => "absolute code offset in the same function",
        OperandKind.Function => "index into the container's function table",
        OperandKind.Builtin => "index of a built-in in the sorted built-in name list",
        OperandKind.Module => "index into the container's module table",
        OperandKind.Amount => "unsigned amount",
        OperandKind.Mode => "small enumerated mode",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "operand kind without a description"),
    };

    private static string Operands(OpcodeInfo info) =>
        info.Operands.Length == 0 ? "" : string.Join(", ", info.Operands.Select(k => $"`{Letter(k)}` {k} {Width(k)}"));

    private static string Stack(OpcodeInfo info)
    {
        var pops = info.Pops.ToString(CultureInfo.InvariantCulture);
        if (info.PopsOperand >= 0)
        {
            var variable = (info.PopsFactor == 1 ? "" : info.PopsFactor.ToString(CultureInfo.InvariantCulture)) + Letter(info.Operands[info.PopsOperand]);
            pops = info.Pops == 0 ? variable : $"{info.Pops}+{variable}";
        }

        var pushes = info.PushesOperand >= 0 ? Letter(info.Operands[info.PushesOperand]) : info.Pushes.ToString(CultureInfo.InvariantCulture);
        return $"{pops} → {pushes}";
    }

    private static string Branch(OpcodeInfo info) =>
        info.TargetOperand < 0 ? "" : $"{info.BranchPops} → {info.BranchPushes}";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
