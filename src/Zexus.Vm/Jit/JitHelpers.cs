using System.Runtime.CompilerServices;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Vm.Jit;

/// <summary>
/// The operations JIT-compiled code calls. Each mirrors the stack interpreter's handler for the same opcode
/// (<see cref="ZvmMachine"/>), so both tiers share one semantics: small-integer fast paths inline, everything
/// else through the shared <see cref="Operators"/> and <see cref="MemberAccess"/>.
/// PERF (bench: zexus bench, jit rows): the fast paths are small enough for the JIT to inline into the compiled function.
/// </summary>
internal static class JitHelpers
{
    /// <summary>
    /// ADD when the small-integer case did not apply. PERF (bench: zexus bench, maps and strings jit rows): a short
    /// concatenation of two plain strings is done here, inlined into the compiled function, so the new string comes
    /// back in a register; through <see cref="Operators.Add"/> the result is a value written to memory twice
    /// (by <see cref="StringConcat"/> and by the shared slow path) and read back at once. Same result:
    /// <see cref="StringConcat.Concat(in Value, in Value)"/> makes a short result a plain string too.
    /// </summary>
    public static Value Add(Value a, Value b) =>
        a.Kind == ValueKind.String && b.Kind == ValueKind.String && StringConcat.ConcatShort(a.Reference, b.Reference) is { } s
            ? Value.FromString(s)
            : Operators.Add(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AreStrings(Value a, Value b) => a.Kind == ValueKind.String && b.Kind == ValueKind.String;

    /// <summary>
    /// <c>(a + b) + c</c> for strings <paramref name="a"/> and <paramref name="b"/> (<see cref="Operators.Add"/>, 5.3):
    /// one concatenation when <paramref name="c"/> is a string too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Concat3(Value a, Value b, Value c) =>
        c.Kind == ValueKind.String ? StringConcat.Concat(a, b, c) : Operators.Add(StringConcat.Concat(a, b), c);

    public static Value Sub(Value a, Value b) => Operators.Sub(a, b);

    /// <summary>ADD of two small integers whose sum fits in 64 bits (<see cref="Operators.Add"/>'s fast path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAddSmall(Value a, Value b, out long result)
    {
        long x = a.SmallInt, y = b.SmallInt;
        result = unchecked(x + y);
        return a.IsSmallInt && b.IsSmallInt && ((x ^ result) & (y ^ result)) >= 0;
    }

    /// <summary>SUB of two small integers whose difference fits in 64 bits (<see cref="Operators.Sub"/>'s fast path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySubSmall(Value a, Value b, out long result)
    {
        long x = a.SmallInt, y = b.SmallInt;
        result = unchecked(x - y);
        return a.IsSmallInt && b.IsSmallInt && ((x ^ y) & (x ^ result)) >= 0;
    }

    /// <summary>MUL without dynamic gas: a small-integer product that fits in 64 bits (its dynamic gas is 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMulSmall(Value a, Value b, out Value result)
    {
        if (a.IsSmallInt && b.IsSmallInt)
        {
            var high = Math.BigMul(a.SmallInt, b.SmallInt, out var low);
            if (high == (low >> 63))
            {
                result = Value.FromInt(low);
                return true;
            }
        }

        result = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(Value a, Value b) => a.IsSmallInt && b.IsSmallInt ? a.SmallInt == b.SmallInt : Operators.Equal(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NotEqual(Value a, Value b) => !Equal(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(Value a, Value b) => a.IsSmallInt && b.IsSmallInt ? a.SmallInt < b.SmallInt : Operators.Compare(CompareOp.Lt, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater(Value a, Value b) => a.IsSmallInt && b.IsSmallInt ? a.SmallInt > b.SmallInt : Operators.Compare(CompareOp.Gt, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(Value a, Value b) => a.IsSmallInt && b.IsSmallInt ? a.SmallInt <= b.SmallInt : Operators.Compare(CompareOp.LtEq, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterOrEqual(Value a, Value b) => a.IsSmallInt && b.IsSmallInt ? a.SmallInt >= b.SmallInt : Operators.Compare(CompareOp.GtEq, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Truthy(Value v) => v.IsTruthy;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNull(Value v) => v.IsNull;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromBool(bool b) => Value.FromBool(b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromInt(long v) => Value.FromInt(v);

    public static Value Div(Value a, Value b) => Operators.Div(a, b);

    public static Value Mod(Value a, Value b) => Operators.Mod(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Negate(Value v) => v.IsSmallInt && v.SmallInt != long.MinValue ? Value.FromInt(-v.SmallInt) : Operators.Negate(v);

    /// <summary>
    /// The first candidate of a name entry (<paramref name="hops"/> scopes out, slot <paramref name="slot"/>), or
    /// <see cref="Value.Undefined"/> when it is not bound: the common case of <see cref="ZvmMachine.LoadName"/>, whose
    /// full search runs otherwise (7.1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadFirst(Scope env, int hops, int slot)
    {
        Scope? s = env;
        for (var i = 0; i < hops && s is not null; i++)
        {
            s = s.Parent;
        }

        return s is not null && (uint)slot < (uint)s.Slots.Length ? s.Slots[slot] : default;
    }

    /// <summary>
    /// STORE_NAME to the first candidate of its name entry when that binding exists and is not a constant: the
    /// binding <see cref="ZvmMachine.FindAssignable"/> finds first (6.2); false leaves the full rules to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStoreFirst(Scope env, int hops, int slot, Value value)
    {
        Scope? s = env;
        for (var i = 0; i < hops && s is not null; i++)
        {
            s = s.Parent;
        }

        if (s is not null && (uint)slot < (uint)s.Slots.Length && !s.Slots[slot].IsUndefined && !s.IsConstant(slot))
        {
            s.Slots[slot] = value;
            return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Not(Value v) => Value.FromBool(!v.IsTruthy);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value And(Value a, Value b) => Value.FromBool(a.IsTruthy & b.IsTruthy);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Or(Value a, Value b) => Value.FromBool(a.IsTruthy | b.IsTruthy);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Index(Value t, Value i)
    {
        if (t.Kind == ValueKind.List && i.IsSmallInt)
        {
            var items = t.AsList.Items;
            var k = i.SmallInt;
            return k >= 0 && k < items.Count ? items[(int)k] : Value.Null;
        }

        // PERF (bench: zexus bench, maps jit row): a map read by string key without MemberAccess's dispatch.
        if (t.Kind == ValueKind.Map && i.Kind == ValueKind.String)
        {
            return t.AsMap.Get(i.AsString);
        }

        return MemberAccess.GetIndex(t, i);
    }

    /// <summary>The <c>require</c> built-in (10.7), which calls named <c>require</c> check for before taking <see cref="Require"/>.</summary>
    public static readonly ZBuiltin RequireBuiltin = BuiltinRegistry.TryGet("require", out var require) ? require : throw new InvalidOperationException("require");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsRequire(Value callee) => ReferenceEquals(callee.Reference, RequireBuiltin);

    /// <summary>
    /// <c>require(condition[, message])</c> without the call machinery: it neither charges nor reads gas nor runs user
    /// code, so compiled code keeps its block's advance. A falsy condition fails through the built-in itself (same error).
    /// PERF (bench: zexus bench, contract jit row): the common passing check is one truthiness test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Require(ZvmMachine m, Value condition, Value message, int argc)
    {
        if (!condition.IsTruthy)
        {
            RequireFailed(m, condition, message, argc);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RequireFailed(ZvmMachine m, Value condition, Value message, int argc) =>
        RequireBuiltin.Invoke(m, argc == 1 ? [condition] : [condition, message]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreIndex(Value target, Value index, Value value)
    {
        // PERF (bench: zexus bench, maps jit row): a map write by string key without MemberAccess's dispatch.
        if (target.Kind == ValueKind.Map && index.Kind == ValueKind.String)
        {
            target.AsMap.Slot(index.AsString) = value;
            return;
        }

        MemberAccess.SetIndex(target, index, value);
    }

    /// <summary>
    /// FOR_ITER with one variable (6.7): the next list element or map key; false when done.
    /// PERF (bench: zexus bench, strings jit row): one result, no index value made and dropped.
    /// </summary>
    public static bool ForIterItem(in Value iterator, out Value item) => Iterator(iterator).NextItem(out item);

    /// <summary>FOR_ITER with two variables (6.7): index and element of a list, or key and value of a map; false when done.</summary>
    public static bool ForIterPair(in Value iterator, out Value first, out Value second) => Iterator(iterator).Next(out first, out second);

    private static VmIterator Iterator(in Value iterator) =>
        (iterator.Kind == ValueKind.Undefined ? iterator.Reference as VmIterator : null) ?? throw new ZexusError("invalid bytecode: FOR_ITER without an iterator");

    /// <summary>LOAD_LOCAL's and LOAD_NAME's lookup by name entry (LANGUAGE.md 5.2).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value LoadName(JitCode code, ZvmMachine m, int name, Scope env) => m.LoadName(code.Function.Names[name], env);

    /// <summary>STORE_LOCAL: the slot directly when bound and not constant, else STORE_NAME's rules (6.2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreLocal(JitCode code, int name, int slot, Scope env, Value value)
    {
        var slots = env.Slots;
        if (slots[slot].IsUndefined || env.IsConstant(slot))
        {
            StoreName(code, name, env, value);
        }
        else
        {
            slots[slot] = value;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void StoreName(JitCode code, int name, Scope env, Value value)
    {
        var s = ZvmMachine.FindAssignable(code.Function.Names[name], env, out var slot);
        s.Slots[slot] = value;
    }

    public static Value LoadBinding(JitCode code, int name, Scope env)
    {
        var s = ZvmMachine.FindAssignable(code.Function.Names[name], env, out var slot);
        return s.Slots[slot];
    }

    /// <summary>DECLARE, DECLARE_CONST and STORE_FUNC (6.1, 6.9).</summary>
    public static void Declare(Scope env, int slot, Value value, bool constant)
    {
        env.EnsureSize(slot + 1);
        env.Declare(slot, value, constant);
    }

    /// <summary>The static gas of one instruction, charged exactly where the interpreter charges it.</summary>
    public static void Step(ZvmMachine m, long gas)
    {
        if (++m._instructions > m._maxSteps)
        {
            throw new StepLimitExceededException(m._maxSteps);
        }

        if ((m._gas -= gas) < 0)
        {
            m.OutOfGas();
        }
    }

    /// <summary>Room on the machine's shared operand stack for values handed to interpreter code; returns the stack.</summary>
    public static Value[] Reserve(ZvmMachine m, int count)
    {
        m.EnsureStack(m._sp + count + 2);
        return m._stack;
    }

    /// <summary>
    /// Compiled code continues on the stack interpreter (<see cref="JitEmitter"/>'s resume stubs) at offset
    /// <paramref name="pc"/>, with <paramref name="height"/> operand values spilled to the shared stack and its
    /// scope, handlers and held errors; returns what the function returns. An error escaping leaves the call depth of
    /// the frame (<paramref name="depth"/>), as <see cref="Unwind"/> does.
    /// </summary>
    public static Value Resume(JitCode code, ZvmMachine m, Scope env, int pc, int height, JitHandlers? handlers, int depth)
    {
        try
        {
            return m.Resume(code.Function, env, pc, height, JitHandlers.Active(handlers), JitHandlers.Pending(handlers));
        }
        catch
        {
            m._depth = depth;
            throw;
        }
    }

    /// <summary>Runs one instruction with the interpreter's handler on values spilled to the shared stack; returns the next pc.</summary>
    public static int Interpret(JitCode code, ZvmMachine m, Scope env, int op, int pcAfterOpcode, int spilled)
    {
        var at = m._sp;
        var sp = at + spilled;
        var next = m.InterpretOne(code.Function, env, (byte)op, pcAfterOpcode, ref sp);
        m._sp = at;
        return next;
    }

    /// <summary>
    /// An exception leaves compiled code: give back the static gas and steps charged in advance for the rest of
    /// the block (<paramref name="ip"/> without <see cref="JitCode.Exact"/>), attach the location of the failing
    /// instruction as the interpreter does, and restore the shared stack height and the call depth of the frame
    /// (<paramref name="depth"/>, left higher by a callee on the direct path that threw, see <see cref="JitDirectCalls"/>).
    /// </summary>
    public static void Unwind(JitCode code, ZvmMachine m, Exception e, int ip, int bp, int depth)
    {
        m._depth = depth;
        var offset = ip & ~JitCode.Exact;
        if ((ip & JitCode.Exact) == 0)
        {
            m._gas += code.RestGas[offset];
            m._instructions -= code.RestSteps[offset];
        }

        if (e is ZexusError z)
        {
            z.Location ??= code.Function.LocationAt(offset);
        }

        m._sp = bp;
    }
}
