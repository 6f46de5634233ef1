using System.Runtime.CompilerServices;

namespace Zexus.Vm.Runtime;

/// <summary>
/// A run-time scope (LANGUAGE.md 7): one slot per name the scope can declare, laid out by
/// the engine when the code was prepared (the evaluator's ScopeInfo, the compiler's slot layout). A slot holding <see cref="Value.Undefined"/> is
/// not bound yet, so lookup continues outward exactly as with a name-keyed table.
/// </summary>
public sealed class Scope
{
    /// <summary>The slots. The global scope of a program grows when new names are interned (REPL, <c>use</c>).</summary>
    public Value[] Slots;

    public Scope? Parent { get; private set; }

    /// <summary>Constant flags by slot, allocated when the first <c>const</c> is declared here.</summary>
    private bool[]? _constants;

    public Scope(Scope? parent, int size)
    {
        Parent = parent;
        Slots = size == 0 ? [] : new Value[size];
    }

    public Scope(Scope? parent, Value[] slots)
    {
        Parent = parent;
        Slots = slots;
    }

    /// <summary>
    /// Makes this scope a fresh call scope of <paramref name="size"/> unbound slots under <paramref name="parent"/>:
    /// the JIT tier reuses the call scope of a function that cannot capture it (no closure, contract or entity is
    /// created in it), so no reference to it outlives the call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Reuse(Scope? parent, int size)
    {
        // PERF (bench: zexus bench, fib jit row): a recursive call reuses the scope under the same parent; skipping
        // the store skips its GC write barrier.
        if (!ReferenceEquals(Parent, parent))
        {
            Parent = parent;
        }

        _constants = null;
        var slots = Slots;
        if (slots.Length == size)
        {
            // PERF (bench: zexus bench, fib jit row): call scopes are small; a loop beats the call to Array.Clear.
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = default;
            }
        }
        else
        {
            Slots = size == 0 ? [] : new Value[size];
        }
    }

    public bool IsConstant(int slot) => _constants is { } c && slot < c.Length && c[slot];

    /// <summary>Declares (or re-declares, 6.1) the binding in this scope.</summary>
    /// <remarks>PERF (bench: zexus bench, maps and strings rows): a variable declaration in a scope without constants
    /// is one store, inlined.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Declare(int slot, Value value, bool constant)
    {
        Slots[slot] = value;
        if (constant || _constants is not null)
        {
            SetConstant(slot, constant);
        }
    }

    private void SetConstant(int slot, bool constant)
    {
        if (constant)
        {
            if (_constants is null || _constants.Length < Slots.Length)
            {
                Array.Resize(ref _constants, Slots.Length);
            }

            _constants[slot] = true;
        }
        else if (_constants is { } c && slot < c.Length)
        {
            c[slot] = false;
        }
    }

    public void EnsureSize(int size)
    {
        if (Slots.Length < size)
        {
            Array.Resize(ref Slots, Math.Max(size, Slots.Length * 2));
        }
    }

    public Scope Up(int hops)
    {
        var s = this;
        for (var i = 0; i < hops; i++)
        {
            s = s.Parent!;
        }

        return s;
    }
}
