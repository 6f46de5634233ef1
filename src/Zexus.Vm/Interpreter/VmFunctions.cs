using System.Runtime.CompilerServices;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Vm.Interpreter;

/// <summary>A ZVM closure: a function of the loaded program and the scope it was created in (captured live, 7.3).</summary>
public sealed class VmClosure(LoadedFunction function, Scope captured) : ZFunction
{
    public LoadedFunction Function { get; } = function;

    public Scope Captured { get; } = captured;

    public override string? Name => Function.Proto.Name;

    public override bool IsLambda => Function.Proto.IsLambda;
}

/// <summary>A contract action of the loaded program, not yet bound to an instance.</summary>
public sealed class VmAction(LoadedFunction function) : ZFunction
{
    public LoadedFunction Function { get; } = function;

    public override string? Name => Function.Proto.Name;

    public override bool IsLambda => false;
}

/// <summary>A function prepared for execution: its prototype plus run-time name resolution tables.</summary>
public sealed class LoadedFunction
{
    public LoadedFunction(FunctionProto proto, string file)
    {
        Proto = proto;
        File = file;
        Code = proto.Code;
        Names = [.. proto.Names.Select(n => new LoadedName(n))];
    }

    public FunctionProto Proto { get; }

    public byte[] Code { get; }

    /// <summary>The copy of <see cref="Code"/> the stack interpreter dispatches on (see <see cref="SuperInstructions"/>).</summary>
    internal byte[] Dispatch => _dispatch ??= SuperInstructions.Build(Code);

    private byte[]? _dispatch;

    public string File { get; }

    public LoadedName[] Names { get; }

    /// <summary>The JIT tier's result for this function, once it was asked to compile it.</summary>
    public Jit.JitFunction? Jit { get; internal set; }

    /// <summary>Runs so far on the stack interpreter, counted while the tiering policy waits for the function to become hot.</summary>
    internal int Runs;

    /// <summary>True when the code has a backward jump (a loop): tiering compiles it before its first run.</summary>
    internal bool HasLoop => _hasLoop ??= FindBackwardJump(Code);

    private bool? _hasLoop;

    private static bool FindBackwardJump(byte[] code)
    {
        for (var offset = 0; offset < code.Length;)
        {
            if (!Instruction.TryDecode(code, offset, out var instruction, out _))
            {
                return false;
            }

            if (instruction.Target >= 0 && instruction.Target <= offset)
            {
                return true;
            }

            offset = instruction.Next;
        }

        return false;
    }

    public SourceLocation? LocationAt(int offset) =>
        Proto.LineAt(offset) is { } e ? new SourceLocation(File, e.Line, e.Column) : null;
}

/// <summary>A name entry with its candidates split into arrays for the dispatch loop.</summary>
public sealed class LoadedName(NameEntry entry)
{
    public string Name { get; } = entry.Name;

    public int[] Hops { get; } = [.. entry.Candidates.Select(c => c.Hops)];

    public int[] Slots { get; } = [.. entry.Candidates.Select(c => c.Slot)];

    /// <summary>
    /// The built-in this name falls back to when no candidate is bound, looked up once (LANGUAGE.md 5.2).
    /// PERF (bench: zexus bench, maps and contract): replaces a dictionary lookup by name on every read.
    /// </summary>
    public ZBuiltin? Builtin { get; } = BuiltinRegistry.TryGet(entry.Name, out var b) ? b : null;

    /// <summary>The scope holding the nearest binding, or null (LANGUAGE.md 7.1).</summary>
    public Scope? Find(Scope scope, out int slot)
    {
        var s = scope;
        var walked = 0;
        for (var i = 0; i < Hops.Length; i++)
        {
            for (; walked < Hops[i]; walked++)
            {
                s = s.Parent;
                if (s is null)
                {
                    slot = -1;
                    return null;
                }
            }

            var k = Slots[i];
            if (k < s.Slots.Length && !s.Slots[k].IsUndefined)
            {
                slot = k;
                return s;
            }
        }

        slot = -1;
        return null;
    }
}

/// <summary>An engine-internal iterator for <c>for each</c> (6.7): lists live by position, maps over a snapshot.</summary>
internal sealed class VmIterator : ZObject
{
    private readonly ZList? _list;
    private readonly KeyValuePair<string, Value>[]? _entries;
    private int _index;

    public VmIterator(Value source)
    {
        if (source.Kind == ValueKind.List)
        {
            _list = source.AsList;
        }
        else if (source.Kind == ValueKind.Map)
        {
            _entries = [.. source.AsMap.Entries];
        }
        else
        {
            throw new ZexusError("ForEach expects List or Map");
        }
    }

    /// <summary>Never visible to programs.</summary>
    public override ValueKind Kind => ValueKind.Undefined;

    public bool Next(out Value first, out Value second)
    {
        if (_list is not null)
        {
            if (_index < _list.Items.Count)
            {
                first = Value.FromInt(_index);
                second = _list.Items[_index++];
                return true;
            }
        }
        else if (_index < _entries!.Length)
        {
            var (k, v) = _entries[_index++];
            first = Value.FromString(k);
            second = v;
            return true;
        }

        first = default;
        second = default;
        return false;
    }

    public bool IsList => _list is not null;

    /// <summary>FOR_ITER with one variable (6.7): the next element of a list or key of a map; false when done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextItem(out Value item)
    {
        if (_list is { } list)
        {
            var items = list.Items;
            if ((uint)_index < (uint)items.Count)
            {
                item = items[_index++];
                return true;
            }

            item = default;
            return false;
        }

        return Next(out item, out _);
    }
}
