using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary>
/// <c>contract NAME { … }</c> (10.1): evaluates the state initializers in a new state scope, records the
/// initial state, creates the default instance and binds the name.
/// </summary>
public sealed class ContractDeclNode(
    SourceLocation location,
    int nameSlot,
    string name,
    string[] stateNames,
    ExprNode?[] initializers,
    int stateScopeSize,
    IReadOnlyDictionary<string, ZFunction> actions,
    Interpreter interpreter) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var state = new Scope(scope, stateScopeSize);
        for (var i = 0; i < initializers.Length; i++)
        {
            state.Declare(i, initializers[i] is { } init ? init.Eval(state) : Value.Null, false);
        }

        var definition = new ContractDefinition(name, stateNames, actions)
        {
            InitialState = DeepCopy.CopyAll(state.Slots.AsSpan(0, stateNames.Length)),
            DeclaringScope = scope,
            StateScopeSize = stateScopeSize,
        };
        var instance = interpreter.NewInstance(definition, state);
        scope.Declare(nameSlot, Value.FromObject(instance), false);
        return Completion.Normal;
    }
}

/// <summary><c>entity NAME { … }</c> (11): binds an entity type whose defaults run in this scope.</summary>
public sealed class EntityDeclNode(SourceLocation location, int nameSlot, string name, EntityField[] fields, ExprNode?[] defaults) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var type = new ZEntityType(name, fields) { EngineData = new EntityInfo(scope, defaults) };
        scope.Declare(nameSlot, Value.FromObject(type), false);
        return Completion.Normal;
    }
}

/// <summary><c>enum NAME { A, B }</c> (12): a new map from member names to 0, 1, ….</summary>
public sealed class EnumDeclNode(SourceLocation location, int nameSlot, string[] members) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var map = new ZMap(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            map.Set(members[i], Value.FromInt(i));
        }

        scope.Declare(nameSlot, Value.FromObject(map), false);
        return Completion.Normal;
    }
}

/// <summary>The three <c>use</c> forms (14.1).</summary>
public sealed class UseNode(SourceLocation location, string path, string? alias, string[] names, ModuleContext module, Interpreter interpreter) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        try
        {
            var loaded = interpreter.Modules.Load(path, module.File);
            if (alias is not null)
            {
                module.Bind(alias, Value.FromObject(loaded));
            }
            else if (names.Length > 0)
            {
                var values = new Value[names.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    if (!loaded.TryGetExport(names[i], out values[i]))
                    {
                        throw new ZexusError($"Module '{loaded.Path}' has no export '{names[i]}'");
                    }
                }

                for (var i = 0; i < names.Length; i++)
                {
                    module.Bind(names[i], values[i]);
                }
            }
            else
            {
                foreach (var name in loaded.VisibleNames.ToArray())
                {
                    if (loaded.TryGetExport(name, out var v))
                    {
                        module.Bind(name, v);
                    }
                }
            }
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }

        return Completion.Normal;
    }
}

/// <summary><c>export</c> (14.4): runs the declaration, if any, then marks the names visible.</summary>
public sealed class ExportNode(SourceLocation location, StmtNode? declaration, string[] names, ModuleContext module) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        declaration?.Exec(scope);
        foreach (var name in names)
        {
            if (!module.TryGetBound(name, out _))
            {
                Fail($"Identifier '{name}' not found");
            }

            if (!module.Exported.Contains(name))
            {
                module.Exported.Add(name);
            }
        }

        return Completion.Normal;
    }
}
