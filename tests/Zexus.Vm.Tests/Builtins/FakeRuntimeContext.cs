using Zexus.Vm.Runtime;

namespace Zexus.Vm.Tests.Builtins;

/// <summary>A minimal engine for built-in tests: calls built-ins and <see cref="TestFunction"/>s, records events.</summary>
internal sealed class FakeRuntimeContext : IRuntimeContext
{
    public List<Value> Events { get; } = [];

    public long Timestamp { get; init; } = 1_700_000_000;

    public string BlockHash { get; init; } = "ab" + new string('0', 62);

    /// <summary>How many callbacks ran, to check that built-ins call user code once per element.</summary>
    public int Calls { get; private set; }

    public Value Call(Value callee, ReadOnlySpan<Value> args)
    {
        Calls++;
        return callee.Kind switch
        {
            ValueKind.Builtin => callee.As<ZBuiltin>().Invoke(this, args),
            ValueKind.Function when callee.RawObject is TestFunction f => f.Body(args.ToArray()),
            _ => throw new ZexusError("Not a function: " + TextForm.Of(callee)),
        };
    }
}

/// <summary>A user function backed by a C# lambda.</summary>
internal sealed class TestFunction(Func<Value[], Value> body, bool isLambda = true) : ZFunction
{
    public Func<Value[], Value> Body { get; } = body;

    public override string? Name => null;

    public override bool IsLambda { get; } = isLambda;
}
