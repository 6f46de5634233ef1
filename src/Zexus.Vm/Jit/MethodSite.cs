using Zexus.Vm.Runtime;

namespace Zexus.Vm.Jit;

/// <summary>
/// One CALL_METHOD instruction of compiled code: its method name and the action it last resolved to on a contract
/// instance. A contract definition's actions never change, so while the target's definition is the one seen last,
/// the name is not looked up again (LANGUAGE.md 10.5: <c>c.NAME(args)</c> is an action call when NAME is an action).
/// PERF (bench: zexus bench, contract jit row): no dictionary lookup by name per action call.
/// </summary>
internal sealed class MethodSite(string name)
{
    public string Name { get; } = name;

    /// <summary>The definition and action seen last, replaced as one reference (compiled code may run on several threads).</summary>
    private Tuple<ContractDefinition, ZFunction>? _last;

    /// <summary>The action <see cref="Name"/> of <paramref name="definition"/>, or null when it has none.</summary>
    public ZFunction? ActionOf(ContractDefinition definition)
    {
        if (_last is { } last && ReferenceEquals(last.Item1, definition))
        {
            return last.Item2;
        }

        if (!definition.Actions.TryGetValue(Name, out var action))
        {
            return null;
        }

        _last = Tuple.Create(definition, action);
        return action;
    }
}
