using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>
/// A Zexus value (LANGUAGE.md section 3). A small struct: integers that fit in 64 bits, floats and
/// booleans live in <see cref="_bits"/>; larger integers are a boxed <see cref="BigInteger"/>; strings
/// and heap objects live in <see cref="_obj"/>. Integers are normalised: a value that fits in a
/// <see cref="long"/> is never stored as a <see cref="BigInteger"/>. A string's object is either a <see cref="string"/>
/// or, for long strings built by concatenation, a shared <see cref="StringBuffer"/> with <see cref="_bits"/> the
/// number of characters this value sees; nothing outside this type can tell the two apart.
/// </summary>
public readonly struct Value
{
    private readonly object? _obj;
    private readonly long _bits;
    public readonly ValueKind Kind;

    private Value(ValueKind kind, long bits, object? obj)
    {
        Kind = kind;
        _bits = bits;
        _obj = obj;
    }

    // PERF (bench: zexus bench): properties, not static readonly fields — struct statics are stored boxed,
    // so reading one costs a class-initialization check and two dependent loads in the dispatch loops.
    public static Value Null
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(ValueKind.Null, 0, null);
    }

    public static Value True
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(ValueKind.Boolean, 1, null);
    }

    public static Value False
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(ValueKind.Boolean, 0, null);
    }

    public static Value Undefined => default;

    public bool IsUndefined => Kind == ValueKind.Undefined;
    public bool IsNull => Kind == ValueKind.Null;

    /// <summary>True when this is an integer stored inline (fits in 64 bits).</summary>
    public bool IsSmallInt
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Kind == ValueKind.Integer && _obj is null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromBool(bool b) => new(ValueKind.Boolean, b ? 1 : 0, null);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromInt(long v) => new(ValueKind.Integer, v, null);

    public static Value FromInt(int v) => new(ValueKind.Integer, v, null);

    /// <summary>An integer from a <see cref="BigInteger"/>; does not check the 4096-bit limit.</summary>
    public static Value FromInt(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? new(ValueKind.Integer, (long)v, null) : new(ValueKind.Integer, 0, v);

    public static Value FromFloat(double d) => new(ValueKind.Float, BitConverter.DoubleToInt64Bits(d), null);

    public static Value FromString(string s) => new(ValueKind.String, 0, s);

    /// <summary>A string value seeing the first <paramref name="length"/> characters of <paramref name="buffer"/>.</summary>
    internal static Value FromBuffer(StringBuffer buffer, int length) => new(ValueKind.String, length, buffer);

    public static Value FromObject(ZObject o) => new(o.Kind, 0, o);

    public bool AsBool => _bits != 0;

    /// <summary>The inline integer; only valid when <see cref="IsSmallInt"/>.</summary>
    public long SmallInt
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _bits;
    }

    /// <summary>The integer as a <see cref="BigInteger"/> (either representation).</summary>
    public BigInteger AsBigInteger => _obj is BigInteger b ? b : new BigInteger(_bits);

    public double AsFloat => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The string; a buffered string is materialised (once, then cached by its buffer).</summary>
    public string AsString
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _obj as string ?? BufferedString(_obj, _bits);
    }

    /// <summary>The UTF-16 length of a string value, without materialising it.</summary>
    public int StringLength => _obj is string s ? s.Length : (int)_bits;

    /// <summary>The characters of a string value, without materialising it.</summary>
    public ReadOnlySpan<char> StringSpan => _obj is string s ? s.AsSpan() : ((StringBuffer)_obj!).Span((int)_bits);

    /// <summary>The buffer behind a long string value, or null for a plain string.</summary>
    internal StringBuffer? StringBuffer => _obj as StringBuffer;

    public ZObject AsObject => (ZObject)_obj!;

    public ZList AsList => (ZList)_obj!;

    public ZMap AsMap => (ZMap)_obj!;

    public T As<T>() where T : ZObject => (T)_obj!;

    /// <summary>The object reference (string, boxed BigInteger or <see cref="ZObject"/>), for identity checks.</summary>
    public object? RawObject => Kind == ValueKind.String ? AsString : _obj;

    /// <summary>
    /// The stored reference as it is (a long string's buffer stays a buffer), for type tests against anything but
    /// <see cref="string"/>. PERF (bench: zexus bench, fib jit row): no copy of the value for the string check.
    /// </summary>
    internal object? Reference => _obj;

    /// <summary>LANGUAGE.md 3.5: only false and null are falsy.</summary>
    public bool IsTruthy
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Kind switch
        {
            ValueKind.Null => false,
            ValueKind.Boolean => _bits != 0,
            _ => true,
        };
    }

    /// <summary>The type() name (LANGUAGE.md 3.1).</summary>
    public string TypeName => Kind switch
    {
        ValueKind.Null => "Null",
        ValueKind.Boolean => "Boolean",
        ValueKind.Integer => "Integer",
        ValueKind.Float => "Float",
        ValueKind.String => "String",
        ValueKind.List => "List",
        ValueKind.Map => "Map",
        ValueKind.Function => ((ZFunction)_obj!).IsLambda ? "Lambda" : "Action",
        ValueKind.Builtin => "Builtin",
        ValueKind.Contract => "SmartContract",
        ValueKind.EntityType => "EntityDefinition",
        ValueKind.Entity => "EntityInstance",
        ValueKind.Module => "Module",
        _ => "Undefined",
    };

    /// <summary>The typeof() name (LANGUAGE.md 3.1).</summary>
    public string TypeOfName => Kind switch
    {
        ValueKind.Function => "function",
        ValueKind.Builtin => "builtin",
        ValueKind.Contract => "contract",
        _ => TypeName.ToLowerInvariant(),
    };

    /// <summary>The type tag used in error messages: the type() name in upper case.</summary>
    public string Tag => TypeName.ToUpperInvariant();

    public override string ToString() => TextForm.Of(this);

    /// <summary>
    /// <c>target = source</c>, without storing the object reference when <paramref name="target"/> already holds
    /// that object. PERF (bench: zexus bench, contract rows): a state copy made into the array of the previous copy
    /// mostly rewrites the same strings and objects; an unchanged reference costs no GC write barrier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Assign(ref Value target, in Value source)
    {
        if (ReferenceEquals(target._obj, source._obj))
        {
            // SAFETY: only the plain fields of a value the caller may overwrite are written; the reference is equal.
            Unsafe.AsRef(in target._bits) = source._bits;
            Unsafe.AsRef(in target.Kind) = source.Kind;
        }
        else
        {
            target = source;
        }
    }

    /// <summary>
    /// The text of a buffered string. PERF (bench: zexus bench, maps and strings jit rows): static, given the fields,
    /// so a value whose <see cref="AsString"/> is inlined into compiled code needs no address, and the JIT can keep a
    /// copy of it in registers instead of memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string BufferedString(object? obj, long bits) => ((StringBuffer)obj!).ToString((int)bits);
}
