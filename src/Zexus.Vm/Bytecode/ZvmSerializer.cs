using System.Security.Cryptography;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Writes a <see cref="ZvmProgram"/> as a <c>.zxb</c> container (docs/bytecode-format.md). Deterministic: the
/// output depends only on the program's fields, in list order, with metadata in ordinal key order; nothing is
/// iterated in hash order and no timestamps are written. <see cref="FunctionProto.MaxStack"/> is not stored
/// (the verifier recomputes it), so verifying before or after serializing gives the same bytes.
/// </summary>
public static class ZvmSerializer
{
    /// <exception cref="ArgumentException">A field holds a value the format cannot store (a negative count,
    /// a string with a lone surrogate, a format version above 65535).</exception>
    public static byte[] Serialize(ZvmProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (program.FormatVersion is < 0 or > ushort.MaxValue)
        {
            throw new ArgumentException($"format version {program.FormatVersion} does not fit in u16", nameof(program));
        }

        var w = new BytecodeWriter();
        w.Bytes(ZvmFormat.Magic);
        w.U16((ushort)program.FormatVersion);
        w.Byte((byte)program.Target);

        Section(w, ZvmFormat.Section.Constants, () => WriteConstants(w, program.Constants));
        Section(w, ZvmFormat.Section.Functions, () => WriteFunctions(w, program.Functions));
        Section(w, ZvmFormat.Section.Modules, () => WriteModules(w, program.Modules));
        Section(w, ZvmFormat.Section.Abi, () => WriteAbi(w, program.Abi));
        Section(w, ZvmFormat.Section.Metadata, () => WriteMetadata(w, program.Metadata));

        Span<byte> checksum = stackalloc byte[ZvmFormat.ChecksumSize];
        SHA256.HashData(w.Written, checksum);
        w.Bytes(checksum);
        return w.ToArray();
    }

    private static void Section(BytecodeWriter w, ZvmFormat.Section id, Action body)
    {
        w.Byte((byte)id);
        var lengthAt = w.Length;
        w.U32(0);
        body();
        w.PatchU32(lengthAt, (uint)(w.Length - lengthAt - 4));
    }

    private static void WriteConstants(BytecodeWriter w, List<Constant> constants)
    {
        w.Varint(constants.Count, "constant count");
        foreach (var c in constants)
        {
            w.Byte((byte)c.Kind);
            switch (c)
            {
                case NullConstant:
                    break;
                case BooleanConstant b:
                    w.Bool(b.Value);
                    break;
                case IntegerConstant i:
                    w.BigInteger(i.Value);
                    break;
                case FloatConstant f:
                    w.Double(f.Value);
                    break;
                case StringConstant s:
                    w.String(s.Value, "string constant");
                    break;
                case ContractConstant contract:
                    w.String(contract.Name, "contract name");
                    w.Strings(contract.StateNames, "contract state name");
                    w.Varint(contract.StateScopeSize, "contract state scope size");
                    w.OptionalIndex(contract.Initializer, "contract initializer");
                    w.Varint(contract.Actions.Length, "contract action count");
                    foreach (var action in contract.Actions)
                    {
                        w.String(action.Name, "contract action name");
                        w.Varint(action.Function, "contract action function");
                    }

                    break;
                case EntityConstant entity:
                    w.String(entity.Name, "entity name");
                    w.Varint(entity.Fields.Length, "entity field count");
                    foreach (var field in entity.Fields)
                    {
                        w.String(field.Name, "entity field name");
                        w.OptionalString(field.TypeAnnotation, "entity field annotation");
                        w.OptionalIndex(field.DefaultFunction, "entity field default function");
                    }

                    break;
                case UseConstant use:
                    w.String(use.Path, "use path");
                    w.Byte((byte)use.Form);
                    w.OptionalString(use.Alias, "use alias");
                    w.Strings(use.Names, "use name");
                    break;
                default:
                    throw new ArgumentException($"constant kind {c.Kind} ({c.GetType().Name}) cannot be serialized", nameof(constants));
            }
        }
    }

    private static void WriteFunctions(BytecodeWriter w, List<FunctionProto> functions)
    {
        w.Varint(functions.Count, "function count");
        foreach (var f in functions)
        {
            w.OptionalString(f.Name, "function name");
            w.Byte((byte)f.Flags);
            w.Varint(f.Module, "function module");
            w.Varint(f.ParamSlots.Length, "parameter count");
            foreach (var slot in f.ParamSlots)
            {
                w.Varint(slot, "parameter slot");
            }

            w.Varint(f.SlotCount, "slot count");
            w.Varint(f.Names.Length, "name count");
            foreach (var name in f.Names)
            {
                w.String(name.Name, "name");
                w.Varint(name.Candidates.Length, "candidate count");
                foreach (var candidate in name.Candidates)
                {
                    w.Varint(candidate.Hops, "candidate hops");
                    w.Varint(candidate.Slot, "candidate slot");
                }
            }

            w.Varint(f.Code.Length, "code length");
            w.Bytes(f.Code);
            w.Varint(f.Lines.Length, "line count");
            foreach (var line in f.Lines)
            {
                w.Varint(line.Offset, "line offset");
                w.Varint(line.Line, "line");
                w.Varint(line.Column, "column");
            }
        }
    }

    private static void WriteModules(BytecodeWriter w, List<ModuleUnit> modules)
    {
        w.Varint(modules.Count, "module count");
        foreach (var m in modules)
        {
            w.String(m.File, "module file");
            w.Strings(m.Globals, "module global");
            w.OptionalIndex(m.TopLevel, "module top level");
            w.Bool(m.HasExports);
            w.Byte((byte)m.Failure);
            w.OptionalString(m.FailureDetail, "module failure detail");
        }
    }

    private static void WriteAbi(BytecodeWriter w, List<ContractAbi> abi)
    {
        w.Varint(abi.Count, "ABI contract count");
        foreach (var contract in abi)
        {
            w.String(contract.Name, "ABI contract name");
            w.Varint(contract.Actions.Length, "ABI action count");
            foreach (var action in contract.Actions)
            {
                w.String(action.Name, "ABI action name");
                w.Strings(action.Parameters, "ABI action parameter");
            }

            w.Strings(contract.StateVariables, "ABI state variable");
            w.Strings(contract.Events, "ABI event");
        }
    }

    private static void WriteMetadata(BytecodeWriter w, SortedDictionary<string, string> metadata)
    {
        // Sorted again here rather than trusting the dictionary's comparer: a caller may have replaced it.
        var keys = metadata.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        w.Varint(keys.Length, "metadata count");
        foreach (var key in keys)
        {
            w.String(key, "metadata key");
            w.String(metadata[key], "metadata value");
        }
    }
}
