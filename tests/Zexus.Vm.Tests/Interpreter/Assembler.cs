using System.Numerics;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Tests.Interpreter;

/// <summary>Assembles small ZVM programs by hand: one contract <c>Box</c> with state <c>v = 0</c> and given actions.</summary>
internal sealed class Assembler
{
    private readonly BytecodeBuilder _b = new();

    public int Str(string s) => _b.String(s);

    public int Int(long v) => _b.Constant(new IntegerConstant(new BigInteger(v)));

    /// <summary>Adds a contract action whose body <paramref name="body"/> emits (slots: this, msg).</summary>
    public ContractAction Action(string name, Action<FunctionBuilder> body)
    {
        var fb = new FunctionBuilder();
        body(fb);
        return new ContractAction(name, _b.AddFunction(fb.Build(name, FunctionFlags.ContractAction, 0, [], 2)));
    }

    /// <summary>Builds the program: the contract, then <paramref name="top"/> with the contract in global slot 0.</summary>
    public ZvmProgram Build(ContractAction[] actions, Action<FunctionBuilder, int> top)
    {
        var init = new FunctionBuilder();
        init.Emit(ZvmOpcode.LOAD_CONST, Int(0));
        init.Emit(ZvmOpcode.DECLARE, 0);
        init.Emit(ZvmOpcode.RETURN_NULL);
        var initializer = _b.AddFunction(init.Build("Box", FunctionFlags.RunsInScope, 0, [], 1));
        var contract = _b.Constant(new ContractConstant("Box", ["v"], 1, initializer, actions));
        var fb = new FunctionBuilder();
        var box = fb.Name(new NameEntry("Box", [new NameCandidate(0, 0)]));
        fb.Emit(ZvmOpcode.DEFINE_CONTRACT, contract, 0);
        top(fb, box);
        fb.Emit(ZvmOpcode.RETURN_NULL);
        var topIndex = _b.AddFunction(fb.Build(null, FunctionFlags.RunsInScope, 0, [], 1));
        _b.Program.Modules.Add(new ModuleUnit { File = "asm.zx", Globals = ["Box"], TopLevel = topIndex });
        return _b.Program;
    }

    /// <summary>Runs a program and returns its output; errors propagate.</summary>
    public static (string Output, ZvmMachine Machine) Run(ZvmProgram program, long gasLimit = 0)
    {
        var output = new StringWriter { NewLine = "\n" };
        var machine = new ZvmMachine(program, new ZvmOptions { Output = output, GasLimit = gasLimit });
        machine.RunMain();
        return (output.ToString(), machine);
    }
}
