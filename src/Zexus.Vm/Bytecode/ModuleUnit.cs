namespace Zexus.Vm.Bytecode;

/// <summary>
/// One source file bundled into the container. Module 0 is the main program. A module that could not be
/// compiled (missing file, syntax error) is kept as a <see cref="Failure"/> that the <c>use</c> raises at run
/// time (LANGUAGE.md 14.2, 14.3).
/// </summary>
public sealed class ModuleUnit
{
    /// <summary>The file as shown in error locations.</summary>
    public required string File { get; init; }

    /// <summary>Global names by slot, as laid out by the compiler; <c>use</c> may add more at run time.</summary>
    public string[] Globals { get; init; } = [];

    /// <summary>The function holding the top-level statements (runs in the module's global scope).</summary>
    public int TopLevel { get; init; } = -1;

    /// <summary>True when the file contains an <c>export</c> statement (14.4).</summary>
    public bool HasExports { get; init; }

    public ModuleFailure Failure { get; init; }

    /// <summary>For <see cref="ModuleFailure.SyntaxError"/>: "line N: DETAIL" of the first syntax error.</summary>
    public string? FailureDetail { get; init; }
}

public enum ModuleFailure : byte
{
    None = 0,
    NotFound = 1,
    SyntaxError = 2,
}

public enum ZvmTarget : byte
{
    ZvmNative = 0,
    Evm = 1,
    Wasm = 2,
}

/// <summary>A contract's public surface for tools: actions with parameter names, state variables, events emitted.</summary>
public sealed record ContractAbi(string Name, AbiAction[] Actions, string[] StateVariables, string[] Events);

public sealed record AbiAction(string Name, string[] Parameters);

/// <summary>
/// A ZVM bytecode container (<c>.zxb</c>, docs/bytecode-format.md): constants, functions, modules, the
/// contract ABI and metadata. The same program always serializes to the same bytes.
/// </summary>
public sealed class ZvmProgram
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public ZvmTarget Target { get; init; } = ZvmTarget.ZvmNative;

    public List<Constant> Constants { get; init; } = [];

    public List<FunctionProto> Functions { get; init; } = [];

    public List<ModuleUnit> Modules { get; init; } = [];

    public List<ContractAbi> Abi { get; init; } = [];

    /// <summary>Free-form metadata (compiler version, source name); serialized in ordinal key order.</summary>
    public SortedDictionary<string, string> Metadata { get; init; } = new(StringComparer.Ordinal);
}
