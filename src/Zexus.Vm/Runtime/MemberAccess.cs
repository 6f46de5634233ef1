
namespace Zexus.Vm.Runtime;

/// <summary>Indexing and member access on values, for reading and for assignment (5.9, 5.10, 6.2, 10.5).</summary>
public static class MemberAccess
{
    /// <summary><c>x[i]</c> (5.9).</summary>
    public static Value GetIndex(Value target, Value index)
    {
        switch (target.Kind)
        {
            case ValueKind.List:
                {
                    var items = target.AsList.Items;
                    if (index.Kind != ValueKind.Integer)
                    {
                        throw new ZexusError("Index must be an integer, got " + index.Tag);
                    }

                    return index.IsSmallInt && index.SmallInt >= 0 && index.SmallInt < items.Count ? items[(int)index.SmallInt] : Value.Null;
                }

            case ValueKind.String:
                {
                    if (index.Kind != ValueKind.Integer)
                    {
                        throw new ZexusError("Index must be an integer, got " + index.Tag);
                    }

                    return index.IsSmallInt && CodePoints.At(target.AsString, index.SmallInt) is { } ch ? Value.FromString(ch) : Value.Null;
                }

            case ValueKind.Map:
                if (index.Kind != ValueKind.String)
                {
                    throw new ZexusError("Map key must be a string, got " + index.Tag);
                }

                return target.AsMap.Get(index.AsString);
            default:
                throw new ZexusError("Cannot index " + target.Tag);
        }
    }

    /// <summary><c>x[i] = v</c> (6.2).</summary>
    public static void SetIndex(Value target, Value index, Value value)
    {
        switch (target.Kind)
        {
            case ValueKind.List:
                {
                    var items = target.AsList.Items;
                    if (index.Kind != ValueKind.Integer)
                    {
                        throw new ZexusError("Index must be an integer, got " + index.Tag);
                    }

                    if (!index.IsSmallInt || index.SmallInt < 0 || index.SmallInt >= items.Count)
                    {
                        throw new ZexusError($"Index {TextForm.Of(index)} out of range for list of length {items.Count}");
                    }

                    items[(int)index.SmallInt] = value;
                    return;
                }

            case ValueKind.Map:
                if (index.Kind != ValueKind.String)
                {
                    throw new ZexusError("Map key must be a string, got " + index.Tag);
                }

                target.AsMap.Set(index.AsString, value);
                return;
            default:
                throw new ZexusError("Cannot assign to an element of " + target.Tag);
        }
    }

    /// <summary><c>x.name</c> (5.10, 10.5).</summary>
    public static Value GetMember(EngineBase engine, Value target, string name)
    {
        switch (target.Kind)
        {
            case ValueKind.Map:
                return target.AsMap.Get(name);
            case ValueKind.Contract:
                return GetContractMember(engine, target.As<ZContract>(), name);
            case ValueKind.Entity:
                {
                    var entity = target.As<ZEntity>();
                    var i = entity.Type.IndexOf(name);
                    if (i < 0)
                    {
                        throw new ZexusError($"Entity {entity.Type.Name} has no field '{name}'");
                    }

                    return entity.Fields[i];
                }

            case ValueKind.Module:
                {
                    var module = target.As<ZModule>();
                    if (!module.TryGetExport(name, out var v))
                    {
                        throw new ZexusError($"Module '{module.Path}' has no export '{name}'");
                    }

                    return v;
                }

            default:
                throw new ZexusError($"Cannot access property '{name}' of {target.Tag}");
        }
    }

    private static Value GetContractMember(EngineBase engine, ZContract contract, string name)
    {
        var i = contract.Definition.IndexOfState(name);
        if (i >= 0)
        {
            var v = contract.State[i];
            if (v.IsUndefined)
            {
                v = Value.Null;
            }

            return ReferenceEquals(engine.CurrentActionInstance, contract) ? v : DeepCopy.Copy(v);
        }

        if (contract.Definition.Actions.TryGetValue(name, out var action))
        {
            return Value.FromObject(new ZBoundAction(contract, name, action));
        }

        if (name == "address")
        {
            return Value.FromString(contract.Address);
        }

        throw new ZexusError($"Contract {contract.Definition.Name} has no member '{name}'");
    }

    /// <summary><c>x.name = v</c> (6.2, 10.5).</summary>
    public static void SetMember(EngineBase engine, Value target, string name, Value value)
    {
        switch (target.Kind)
        {
            case ValueKind.Map:
                target.AsMap.Set(name, value);
                return;
            case ValueKind.Entity:
                {
                    var entity = target.As<ZEntity>();
                    var i = entity.Type.IndexOf(name);
                    if (i < 0)
                    {
                        throw new ZexusError($"Entity {entity.Type.Name} has no field '{name}'");
                    }

                    entity.Fields[i] = value;
                    return;
                }

            case ValueKind.Contract:
                {
                    var contract = target.As<ZContract>();
                    if (!ReferenceEquals(engine.CurrentActionInstance, contract))
                    {
                        throw new ZexusError("Contract state can only be changed by its own actions");
                    }

                    var i = contract.Definition.IndexOfState(name);
                    if (i < 0)
                    {
                        throw new ZexusError($"Contract {contract.Definition.Name} has no member '{name}'");
                    }

                    contract.State[i] = value;
                    return;
                }

            default:
                throw new ZexusError($"Cannot assign property '{name}' on {target.Tag}");
        }
    }
}
