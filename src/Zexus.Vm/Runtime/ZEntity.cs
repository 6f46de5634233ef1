namespace Zexus.Vm.Runtime;

/// <summary>One field of an entity declaration (LANGUAGE.md 11).</summary>
public sealed record EntityField(string Name, string? TypeAnnotation, bool HasDefault);

/// <summary>An entity type: calling it creates an instance. Defaults are evaluated by the engine.</summary>
public sealed class ZEntityType(string name, EntityField[] fields) : ZObject
{
    public override ValueKind Kind => ValueKind.EntityType;

    public string Name { get; } = name;

    public EntityField[] Fields { get; } = fields;

    /// <summary>Engine-private data: how to evaluate the default expressions and in which scope.</summary>
    public object? EngineData { get; set; }

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Name == field)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>An entity instance: a mutable record with the fields of its type, in declaration order.</summary>
public sealed class ZEntity(ZEntityType type, Value[] fields) : ZObject
{
    public override ValueKind Kind => ValueKind.Entity;

    public ZEntityType Type { get; } = type;

    public Value[] Fields { get; } = fields;
}
