using System.Security.Cryptography;

namespace Zexus.Vm.Bytecode;

/// <summary>
/// Reads a <c>.zxb</c> container (docs/bytecode-format.md) back into a <see cref="ZvmProgram"/>. Only the
/// canonical encoding is accepted, so every accepted container re-serializes to exactly its own bytes. The
/// structure is checked here; whether the code is safe to run is the <see cref="ZvmVerifier"/>'s job.
/// </summary>
public static class ZvmDeserializer
{
    /// <exception cref="BytecodeFormatException">The bytes are not a well-formed container; the exception
    /// names the reason and the byte offset.</exception>
    public static ZvmProgram Deserialize(ReadOnlySpan<byte> data)
    {
        var r = new BytecodeReader(data, 0);
        if (data.Length < ZvmFormat.Magic.Length || !data[..ZvmFormat.Magic.Length].SequenceEqual(ZvmFormat.Magic))
        {
            BytecodeReader.Fail("bad magic (expected \"ZXB\\0\")", 0);
        }

        r.Bytes(ZvmFormat.Magic.Length, "magic");
        var versionAt = r.Offset;
        var version = r.U16("format version");
        if (version != ZvmProgram.CurrentFormatVersion)
        {
            BytecodeReader.Fail($"unsupported format version {version} (supported: {ZvmProgram.CurrentFormatVersion})", versionAt);
        }

        var targetAt = r.Offset;
        var target = r.Byte("target");
        if (!Enum.IsDefined((ZvmTarget)target))
        {
            BytecodeReader.Fail($"unknown target {target}", targetAt);
        }

        var section = Open(ref r, ZvmFormat.Section.Constants);
        var constants = ReadConstants(ref section);
        section.ExpectEnd("the constants section");
        section = Open(ref r, ZvmFormat.Section.Functions);
        var functions = ReadFunctions(ref section);
        section.ExpectEnd("the functions section");
        section = Open(ref r, ZvmFormat.Section.Modules);
        var modules = ReadModules(ref section);
        section.ExpectEnd("the modules section");
        section = Open(ref r, ZvmFormat.Section.Abi);
        var abi = ReadAbi(ref section);
        section.ExpectEnd("the ABI section");
        section = Open(ref r, ZvmFormat.Section.Metadata);
        var metadata = ReadMetadata(ref section);
        section.ExpectEnd("the metadata section");

        var bodyLength = r.Offset;
        if (r.Remaining < ZvmFormat.ChecksumSize)
        {
            BytecodeReader.Fail($"truncated: checksum needs {ZvmFormat.ChecksumSize} bytes, {r.Remaining} remain", bodyLength);
        }

        if (r.Remaining > ZvmFormat.ChecksumSize)
        {
            BytecodeReader.Fail($"{r.Remaining - ZvmFormat.ChecksumSize} trailing bytes after the checksum", bodyLength + ZvmFormat.ChecksumSize);
        }

        Span<byte> expected = stackalloc byte[ZvmFormat.ChecksumSize];
        SHA256.HashData(data[..bodyLength], expected);
        if (!expected.SequenceEqual(data[bodyLength..]))
        {
            BytecodeReader.Fail("checksum mismatch (SHA-256 of the preceding bytes)", bodyLength);
        }

        return new ZvmProgram
        {
            FormatVersion = version,
            Target = (ZvmTarget)target,
            Constants = constants,
            Functions = functions,
            Modules = modules,
            Abi = abi,
            Metadata = metadata,
        };
    }

    /// <summary>Reads a section header and returns a reader confined to its payload.</summary>
    private static BytecodeReader Open(ref BytecodeReader r, ZvmFormat.Section expected)
    {
        var at = r.Offset;
        var id = r.Byte("section id");
        if (id != (byte)expected)
        {
            BytecodeReader.Fail($"expected section {(byte)expected} ({expected}), found {id}", at);
        }

        var lengthAt = r.Offset;
        var length = r.U32($"{expected} section length");
        if (length > (uint)r.Remaining)
        {
            BytecodeReader.Fail($"truncated: {expected} section length {length} exceeds the remaining {r.Remaining} bytes", lengthAt);
        }

        return r.Slice((int)length, $"{expected} section");
    }

    private static List<Constant> ReadConstants(ref BytecodeReader r)
    {
        var count = r.Count(1, "constant");
        var result = new List<Constant>(count);
        for (var i = 0; i < count; i++)
        {
            var at = r.Offset;
            var kind = r.Byte("constant kind");
            Constant c = (ConstantKind)kind switch
            {
                ConstantKind.Null => new NullConstant(),
                ConstantKind.Boolean => new BooleanConstant(r.Bool("boolean constant")),
                ConstantKind.Integer => new IntegerConstant(r.BigInteger("integer constant")),
                ConstantKind.Float => new FloatConstant(r.Double("float constant")),
                ConstantKind.String => new StringConstant(r.String("string constant")),
                ConstantKind.Contract => ReadContract(ref r),
                ConstantKind.Entity => ReadEntity(ref r),
                ConstantKind.Use => ReadUse(ref r),
                _ => throw new BytecodeFormatException($"constant {i}: unknown constant kind {kind}", at),
            };
            result.Add(c);
        }

        return result;
    }

    private static ContractConstant ReadContract(ref BytecodeReader r)
    {
        var name = r.String("contract name");
        var stateNames = r.Strings("contract state name");
        var scopeSize = r.Varint("contract state scope size");
        var initializer = r.OptionalIndex("contract initializer");
        var actions = new ContractAction[r.Count(2, "contract action")];
        for (var i = 0; i < actions.Length; i++)
        {
            actions[i] = new ContractAction(r.String("contract action name"), r.Varint("contract action function"));
        }

        return new ContractConstant(name, stateNames, scopeSize, initializer, actions);
    }

    private static EntityConstant ReadEntity(ref BytecodeReader r)
    {
        var name = r.String("entity name");
        var fields = new EntityFieldConstant[r.Count(3, "entity field")];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new EntityFieldConstant(
                r.String("entity field name"),
                r.OptionalString("entity field annotation"),
                r.OptionalIndex("entity field default function"));
        }

        return new EntityConstant(name, fields);
    }

    private static UseConstant ReadUse(ref BytecodeReader r)
    {
        var path = r.String("use path");
        var formAt = r.Offset;
        var form = r.Byte("use form");
        if (!Enum.IsDefined((UseForm)form))
        {
            BytecodeReader.Fail($"unknown use form {form}", formAt);
        }

        return new UseConstant(path, (UseForm)form, r.OptionalString("use alias"), r.Strings("use name"));
    }

    private static List<FunctionProto> ReadFunctions(ref BytecodeReader r)
    {
        var count = r.Count(8, "function");
        var result = new List<FunctionProto>(count);
        for (var i = 0; i < count; i++)
        {
            var name = r.OptionalString("function name");
            var flagsAt = r.Offset;
            var flags = (FunctionFlags)r.Byte("function flags");
            if ((flags & ~ZvmFormat.KnownFunctionFlags) != 0)
            {
                BytecodeReader.Fail($"function {i}: unknown flag bits 0x{(byte)(flags & ~ZvmFormat.KnownFunctionFlags):X2}", flagsAt);
            }

            var module = r.Varint("function module");
            var paramSlots = new int[r.Count(1, "parameter")];
            for (var p = 0; p < paramSlots.Length; p++)
            {
                paramSlots[p] = r.Varint("parameter slot");
            }

            var slotCount = r.Varint("slot count");
            var names = new NameEntry[r.Count(2, "name entry")];
            for (var n = 0; n < names.Length; n++)
            {
                var text = r.String("name");
                var candidates = new NameCandidate[r.Count(2, "name candidate")];
                for (var c = 0; c < candidates.Length; c++)
                {
                    candidates[c] = new NameCandidate(r.Varint("candidate hops"), r.Varint("candidate slot"));
                }

                names[n] = new NameEntry(text, candidates);
            }

            var code = r.Bytes(r.Varint("code length"), "code").ToArray();
            var lines = new LineEntry[r.Count(3, "line entry")];
            for (var l = 0; l < lines.Length; l++)
            {
                lines[l] = new LineEntry(r.Varint("line offset"), r.Varint("line"), r.Varint("column"));
            }

            result.Add(new FunctionProto
            {
                Name = name,
                Flags = flags,
                Module = module,
                ParamSlots = paramSlots,
                SlotCount = slotCount,
                Names = names,
                Code = code,
                Lines = lines,
            });
        }

        return result;
    }

    private static List<ModuleUnit> ReadModules(ref BytecodeReader r)
    {
        var count = r.Count(6, "module");
        var result = new List<ModuleUnit>(count);
        for (var i = 0; i < count; i++)
        {
            var file = r.String("module file");
            var globals = r.Strings("module global");
            var topLevel = r.OptionalIndex("module top level");
            var hasExports = r.Bool("module has-exports flag");
            var failureAt = r.Offset;
            var failure = r.Byte("module failure");
            if (!Enum.IsDefined((ModuleFailure)failure))
            {
                BytecodeReader.Fail($"module {i}: unknown failure kind {failure}", failureAt);
            }

            result.Add(new ModuleUnit
            {
                File = file,
                Globals = globals,
                TopLevel = topLevel,
                HasExports = hasExports,
                Failure = (ModuleFailure)failure,
                FailureDetail = r.OptionalString("module failure detail"),
            });
        }

        return result;
    }

    private static List<ContractAbi> ReadAbi(ref BytecodeReader r)
    {
        var count = r.Count(4, "ABI contract");
        var result = new List<ContractAbi>(count);
        for (var i = 0; i < count; i++)
        {
            var name = r.String("ABI contract name");
            var actions = new AbiAction[r.Count(2, "ABI action")];
            for (var a = 0; a < actions.Length; a++)
            {
                actions[a] = new AbiAction(r.String("ABI action name"), r.Strings("ABI action parameter"));
            }

            result.Add(new ContractAbi(name, actions, r.Strings("ABI state variable"), r.Strings("ABI event")));
        }

        return result;
    }

    private static SortedDictionary<string, string> ReadMetadata(ref BytecodeReader r)
    {
        var count = r.Count(2, "metadata entry");
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            var at = r.Offset;
            var key = r.String("metadata key");
            if (previous is not null && string.CompareOrdinal(previous, key) >= 0)
            {
                BytecodeReader.Fail($"metadata key \"{key}\" is not after \"{previous}\" in ordinal order (unsorted or duplicate)", at);
            }

            result.Add(key, r.String("metadata value"));
            previous = key;
        }

        return result;
    }
}
