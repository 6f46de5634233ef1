using Zexus.Vm.Runtime;
using Zexus.Vm.Runtime.Builtins;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>Short constructors for values and a way to call a built-in by name.</summary>
internal static class BuiltinTestKit
{
    public static Value I(long v) => Value.FromInt(v);

    public static Value I(System.Numerics.BigInteger v) => Value.FromInt(v);

    public static Value F(double v) => Value.FromFloat(v);

    public static Value S(string v) => Value.FromString(v);

    public static Value B(bool v) => Value.FromBool(v);

    public static Value Null => Value.Null;

    public static Value L(params Value[] items) => Value.FromObject(new ZList(items.ToList()));

    public static Value M(params (string Key, Value Value)[] entries)
    {
        var map = new ZMap();
        foreach (var (k, v) in entries)
        {
            map.Set(k, v);
        }

        return Value.FromObject(map);
    }

    public static Value FnN(Func<Value[], Value> body) => Value.FromObject(new TestFunction(body));

    public static Value Fn(Func<Value, Value> body) => Value.FromObject(new TestFunction(a => body(a.Length > 0 ? a[0] : Value.Null)));

    public static Value Builtin(string name)
    {
        Assert.True(BuiltinRegistry.TryGet(name, out var b), name);
        return Value.FromObject(b);
    }

    public static Value Call(string name, params Value[] args) => Call(new FakeRuntimeContext(), name, args);

    public static Value Call(FakeRuntimeContext ctx, string name, params Value[] args) =>
        Builtin(name).As<ZBuiltin>().Invoke(ctx, args);

    /// <summary>The text form of the result (LANGUAGE.md 4).</summary>
    public static string Text(string name, params Value[] args) => TextForm.Of(Call(name, args));

    public static string Error(string name, params Value[] args) =>
        Assert.Throws<ZexusError>(() => Call(name, args)).Message;

    public static string Error(Func<Value> action) => Assert.Throws<ZexusError>(() => action()).Message;
}
