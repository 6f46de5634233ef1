using System.Buffers.Binary;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Emits one function's code: instructions encoded from the opcode table, labels patched when the function
/// is finished, and a line table. Used by the compiler and by embedders (through <see cref="BytecodeBuilder"/>).
/// </summary>
public sealed class FunctionBuilder
{
    private readonly List<byte> _code = [];
    private readonly List<int> _labelTargets = [];
    private readonly List<(int Position, int Label)> _fixups = [];
    private readonly List<LineEntry> _lines = [];
    private readonly List<NameEntry> _names = [];
    private readonly Dictionary<string, int> _nameIndex = new(StringComparer.Ordinal);

    public int Offset => _code.Count;

    public Label NewLabel()
    {
        _labelTargets.Add(-1);
        return new Label(_labelTargets.Count - 1);
    }

    public void Mark(Label label) => _labelTargets[label.Id] = _code.Count;

    /// <summary>Records that the following instructions come from this source position.</summary>
    public void SetPosition(int line, int column)
    {
        if (_lines.Count > 0 && _lines[^1].Line == line && _lines[^1].Column == column)
        {
            return;
        }

        if (_lines.Count > 0 && _lines[^1].Offset == _code.Count)
        {
            _lines[^1] = new LineEntry(_code.Count, line, column);
        }
        else
        {
            _lines.Add(new LineEntry(_code.Count, line, column));
        }
    }

    /// <summary>The index of a name entry; entries with the same name and candidates are shared.</summary>
    public int Name(NameEntry entry)
    {
        var key = entry.Name + "|" + string.Join(",", entry.Candidates.Select(c => $"{c.Hops}:{c.Slot}"));
        if (!_nameIndex.TryGetValue(key, out var index))
        {
            index = _names.Count;
            _names.Add(entry);
            _nameIndex.Add(key, index);
        }

        return index;
    }

    /// <summary>Emits an instruction; a <see cref="OperandKind.Target"/> operand is given as a label id.</summary>
    public void Emit(ZvmOpcode opcode, params int[] operands)
    {
        var info = OpcodeTable.Get(opcode);
        if (operands.Length != info.Operands.Length)
        {
            throw new ArgumentException($"{opcode} takes {info.Operands.Length} operands, got {operands.Length}");
        }

        _code.Add((byte)opcode);
        for (var i = 0; i < operands.Length; i++)
        {
            var kind = info.Operands[i];
            if (kind == OperandKind.Target)
            {
                _fixups.Add((_code.Count, operands[i]));
                Write(4, 0);
            }
            else
            {
                Write(kind.Width(), operands[i]);
            }
        }
    }

    public void Emit(ZvmOpcode opcode, Label target) => Emit(opcode, target.Id);

    private void Write(int width, long value)
    {
        var limit = width == 4 ? uint.MaxValue : (1L << (8 * width)) - 1;
        if (value < 0 || value > limit)
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"operand {value} does not fit in {width} bytes");
        }

        for (var i = 0; i < width; i++)
        {
            _code.Add((byte)(value >> (8 * i)));
        }
    }

    /// <summary>Finishes the function: patches jump targets and returns the prototype.</summary>
    public FunctionProto Build(string? name, FunctionFlags flags, int module, int[] paramSlots, int slotCount)
    {
        var code = _code.ToArray();
        foreach (var (position, label) in _fixups)
        {
            var target = _labelTargets[label];
            if (target < 0)
            {
                throw new InvalidOperationException($"label {label} was never marked");
            }

            BinaryPrimitives.WriteUInt32LittleEndian(code.AsSpan(position), (uint)target);
        }

        return new FunctionProto
        {
            Name = name,
            Flags = flags,
            Module = module,
            ParamSlots = paramSlots,
            SlotCount = slotCount,
            Names = [.. _names],
            Code = code,
            Lines = [.. _lines],
        };
    }
}
