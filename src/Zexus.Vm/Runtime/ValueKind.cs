namespace Zexus.Vm.Runtime;

/// <summary>The kinds of Zexus values (LANGUAGE.md 3.1). <see cref="Undefined"/> never reaches a program:
/// it marks an unbound variable slot.</summary>
public enum ValueKind : byte
{
    Undefined = 0,
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    /// <summary>A user function (<see cref="ZFunction"/>): type() is Action or Lambda.</summary>
    Function,
    Builtin,
    Contract,
    EntityType,
    Entity,
    Module,
}
