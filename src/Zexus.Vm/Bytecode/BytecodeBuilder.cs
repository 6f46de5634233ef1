namespace Zexus.Vm.Bytecode;

/// <summary>
/// Builds a <see cref="ZvmProgram"/>: a constant pool with value constants de-duplicated, functions and
/// modules. The compiler uses it; embedders can assemble programs by hand with it.
/// </summary>
public sealed class BytecodeBuilder
{
    private readonly Dictionary<Constant, int> _constantIndex = [];

    public ZvmProgram Program { get; } = new();

    /// <summary>The index of a constant; value constants (null, booleans, numbers, strings) are shared.</summary>
    public int Constant(Constant constant)
    {
        if (constant is ContractConstant or EntityConstant or UseConstant)
        {
            Program.Constants.Add(constant);
            return Program.Constants.Count - 1;
        }

        if (!_constantIndex.TryGetValue(constant, out var index))
        {
            index = Program.Constants.Count;
            Program.Constants.Add(constant);
            _constantIndex.Add(constant, index);
        }

        return index;
    }

    public int String(string value) => Constant(new StringConstant(value));

    /// <summary>Reserves a function index, so that recursive references can be emitted before the body is built.</summary>
    public int ReserveFunction()
    {
        Program.Functions.Add(new FunctionProto());
        return Program.Functions.Count - 1;
    }

    public void SetFunction(int index, FunctionProto proto) => Program.Functions[index] = proto;

    public int AddFunction(FunctionProto proto)
    {
        Program.Functions.Add(proto);
        return Program.Functions.Count - 1;
    }

    public int ReserveModule(string file)
    {
        Program.Modules.Add(new ModuleUnit { File = file });
        return Program.Modules.Count - 1;
    }

    public void SetModule(int index, ModuleUnit unit) => Program.Modules[index] = unit;
}
