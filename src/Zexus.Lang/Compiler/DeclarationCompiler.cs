using Zexus.Lang.Evaluator;
using Zexus.Lang.Syntax;
using Zexus.Vm.Bytecode;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Lang.Compiler;

/// <summary>
/// Compiles contract and entity declarations (LANGUAGE.md 10.1, 11): the contract's state scope and
/// initializer, its actions and ABI entry, and entity defaults as code run in the declaring scope.
/// </summary>
internal static class DeclarationCompiler
{
    public static void Contract(FunctionCompiler fc, ContractDeclStmt c)
    {
        var slot = fc.Scope.Intern(c.Name);
        var state = new ScopeInfo(ScopeKind.State, fc.Scope);
        foreach (var s in c.State)
        {
            state.Intern(s.Name);
        }

        foreach (var s in c.State)
        {
            if (s.Init is not null)
            {
                DeclarationCollector.Collect(s.Init, n => state.Intern(n));
            }
        }

        var initializer = fc.InScopeFunction(state, c.Name, inner =>
        {
            for (var i = 0; i < c.State.Length; i++)
            {
                var s = c.State[i];
                inner.At(s.Span);
                if (s.Init is null)
                {
                    inner.Emit(LOAD_CONST, inner.B.Constant(new NullConstant()));
                }
                else
                {
                    inner.Expression(s.Init);
                }

                inner.Emit(DECLARE, i);
            }

            inner.Emit(RETURN_NULL);
        });
        var actions = c.Actions.Select(a => new ContractAction(a.Name!, fc.Function(a, isAction: true, state))).ToArray();
        var constant = fc.B.Constant(new ContractConstant(c.Name, [.. c.State.Select(s => s.Name)], state.Count, initializer, actions));
        fc.B.Program.Abi.Add(new ContractAbi(
            c.Name,
            [.. c.Actions.Select(a => new AbiAction(a.Name!, [.. a.Parameters.Select(p => p.Name)]))],
            [.. c.State.Select(s => s.Name)],
            [.. EventNames(c)]));
        fc.At(c.Span);
        fc.Emit(DEFINE_CONTRACT, constant, slot);
    }

    private static IEnumerable<string> EventNames(ContractDeclStmt c)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in c.Actions)
        {
            if (a.Body is not null)
            {
                EventCollector.Collect(a.Body, names);
            }
        }

        return names;
    }

    public static void Entity(FunctionCompiler fc, EntityDeclStmt e)
    {
        var slot = fc.Scope.Intern(e.Name);
        var fields = e.Fields.Select(f => new EntityFieldConstant(
            f.Name,
            f.TypeAnnotation,
            f.Default is null ? -1 : fc.InScopeFunction(fc.Scope, null, inner =>
            {
                inner.Expression(f.Default);
                inner.Emit(RETURN);
            }))).ToArray();
        fc.At(e.Span);
        fc.Emit(DEFINE_ENTITY, fc.B.Constant(new EntityConstant(e.Name, fields)), slot);
    }
}
