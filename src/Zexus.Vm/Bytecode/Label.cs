namespace Zexus.Vm.Bytecode;

/// <summary>A jump target inside one function's code, bound with <see cref="FunctionBuilder.Mark"/>.</summary>
public readonly record struct Label(int Id);
