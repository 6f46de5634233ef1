using System.Numerics;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;
using static Zexus.Vm.Isa.ZvmOpcode;

namespace Zexus.Vm.Tests.Bytecode;

/// <summary>
/// Seeded random programs that the verifier accepts: code is a random walk over the opcode table that keeps
/// the stack height known, with jumps, try handlers and loops emitted in balanced shapes. The fuzzer mutates
/// them; unmutated they are a supply of valid containers for the interpreter's fuzz run.
/// </summary>
internal sealed class RandomPrograms(Random rng)
{
    public const int BuiltinCount = 16;

    private static readonly OpcodeInfo[] OrdinaryOpcodes = [.. OpcodeTable.All.Where(i => !i.Terminating && i.TargetOperand < 0 && i.Opcode is not (POP_TRY or GET_ITER))];

    private ZvmProgram _program = new();
    private int _functionCount;
    private readonly Dictionary<ConstantRequirement, List<int>> _constantsBy = [];

    public ZvmProgram Next()
    {
        _program = new ZvmProgram { Metadata = { ["seeded"] = "yes" } };
        _constantsBy.Clear();
        var functions = _functionCount = rng.Next(1, 4);
        var modules = rng.Next(1, 3);
        AddConstants(functions);
        for (var m = 0; m < modules; m++)
        {
            _program.Modules.Add(new ModuleUnit { File = $"m{m}.zx", Globals = ["g"], TopLevel = m % functions, HasExports = m == 1 });
        }

        if (rng.Next(4) == 0)
        {
            _program.Modules.Add(new ModuleUnit { File = "bad.zx", Failure = ModuleFailure.SyntaxError, FailureDetail = "line 1: oops" });
        }

        for (var i = 0; i < functions; i++)
        {
            _program.Functions.Add(Function(i));
        }

        if (rng.Next(3) == 0)
        {
            _program.Abi.Add(new ContractAbi("C", [new AbiAction("go", ["a", "b"])], ["s"], ["E"]));
        }

        return _program;
    }

    private void AddConstants(int functions)
    {
        Add(ConstantRequirement.Value, new NullConstant());
        Add(ConstantRequirement.Value, new BooleanConstant(rng.Next(2) == 0));
        Add(ConstantRequirement.Value, new IntegerConstant(new BigInteger(rng.NextInt64(long.MinValue, long.MaxValue)) * rng.Next(-3, 4)));
        Add(ConstantRequirement.Value, new FloatConstant(BitConverter.Int64BitsToDouble(rng.NextInt64())));
        Add(ConstantRequirement.String, new StringConstant(rng.Next(3) switch { 0 => "", 1 => "name", _ => "ünï€ode 😀" }));
        Add(ConstantRequirement.Contract, new ContractConstant("C", ["s"], 2, rng.Next(functions), [new ContractAction("go", rng.Next(functions))]));
        Add(ConstantRequirement.Entity, new EntityConstant("E", [new EntityFieldConstant("f", rng.Next(2) == 0 ? null : "integer", rng.Next(-1, functions))]));
        Add(ConstantRequirement.Use, new UseConstant("./m.zx", UseForm.Names, null, ["g"]));
    }

    private void Add(ConstantRequirement requirement, Constant constant)
    {
        _program.Constants.Add(constant);
        if (!_constantsBy.TryGetValue(requirement, out var list))
        {
            _constantsBy[requirement] = list = [];
        }

        list.Add(_program.Constants.Count - 1);
        if (requirement == ConstantRequirement.String)
        {
            _constantsBy[ConstantRequirement.Value].Add(_program.Constants.Count - 1);
        }
    }

    private FunctionProto Function(int index)
    {
        var f = new FunctionBuilder();
        var slots = rng.Next(1, 5);
        f.Name(new NameEntry("a", [new NameCandidate(0, 0)]));
        f.Name(new NameEntry("b", [new NameCandidate(1, 3), new NameCandidate(0, slots - 1)]));
        var height = 0;
        var steps = rng.Next(0, 40);
        for (var i = 0; i < steps; i++)
        {
            f.SetPosition(i / 3 + 1, rng.Next(1, 9));
            height = Step(f, height, slots);
        }

        f.Emit(height > 0 ? RETURN : RETURN_NULL);
        var flags = (FunctionFlags)rng.Next(16);
        return f.Build(index == 0 ? null : $"f{index}", flags, rng.Next(_program.Modules.Count), slots > 1 ? [1] : [], slots);
    }

    private int Step(FunctionBuilder f, int height, int slots)
    {
        if (height > 12)
        {
            f.Emit(POP);
            return height - 1;
        }

        switch (rng.Next(10))
        {
            case 0 when height >= 1:
                // Both edges of a conditional jump to the next instruction leave the same height.
                var next = f.NewLabel();
                f.Emit(rng.Next(3) switch { 0 => JUMP_IF_FALSE, 1 => JUMP_IF_TRUE, _ => PRINT_IF }, next);
                f.Mark(next);
                return height - 1;
            case 1:
                var handler = f.NewLabel();
                var end = f.NewLabel();
                var isTry = rng.Next(2) == 0;
                f.Emit(isTry ? SETUP_TRY : SETUP_FINALLY, handler);
                var inner = Step(f, height, slots);
                for (; inner > height; inner--)
                {
                    f.Emit(POP);
                }

                for (; inner < height; inner++)
                {
                    f.Emit(LOAD_CONST, Constant(ConstantRequirement.Value));
                }

                f.Emit(POP_TRY);
                f.Emit(JUMP, end);
                f.Mark(handler);
                f.Emit(isTry ? POP : DROP_PENDING);
                f.Mark(end);
                return inner;
            case 2 when height >= 1:
                var loop = f.NewLabel();
                var exit = f.NewLabel();
                var mode = rng.Next(1, 3);
                f.Emit(GET_ITER);
                f.Mark(loop);
                f.Emit(FOR_ITER, exit.Id, mode);
                for (var m = 0; m < mode; m++)
                {
                    f.Emit(POP);
                }

                f.Emit(JUMP, loop);
                f.Mark(exit);
                return height - 1;
            case 3 when height >= 1:
                var miss = f.NewLabel();
                f.Emit(MATCH_LITERAL, Constant(ConstantRequirement.Value), miss.Id);
                f.Mark(miss);
                return height;
            default:
                return Ordinary(f, height, slots);
        }
    }

    private int Ordinary(FunctionBuilder f, int height, int slots)
    {
        var info = OrdinaryOpcodes[rng.Next(OrdinaryOpcodes.Length)];
        var operands = new int[info.Operands.Length];
        for (var i = 0; i < operands.Length; i++)
        {
            operands[i] = info.Operands[i] switch
            {
                OperandKind.Const => Constant(ConstantRequirements.For(info.Opcode)),
                // The slot fast paths name entry 0 ('a'), whose first candidate is slot 0 of the current scope.
                OperandKind.Name => info.Opcode is LOAD_LOCAL or STORE_LOCAL ? 0 : rng.Next(2),
                OperandKind.Slot => info.Opcode is LOAD_LOCAL or STORE_LOCAL ? 0 : rng.Next(slots),
                OperandKind.Count when info.Opcode == REQUIRE => rng.Next(1, 3),
                OperandKind.Count or OperandKind.WideCount => rng.Next(0, 4),
                OperandKind.Function => rng.Next(_functionCount),
                OperandKind.Builtin => rng.Next(BuiltinCount),
                OperandKind.Module => rng.Next(_program.Modules.Count),
                OperandKind.Amount => rng.Next(),
                _ => 1,
            };
        }

        var pops = info.PopCount(operands);
        if (pops > height)
        {
            for (var i = height; i < pops; i++)
            {
                f.Emit(LOAD_CONST, Constant(ConstantRequirement.Value));
            }

            height = pops;
        }

        f.Emit(info.Opcode, operands);
        return height - pops + info.PushCount(operands);
    }

    private int Constant(ConstantRequirement requirement)
    {
        var list = _constantsBy[requirement];
        return list[rng.Next(list.Count)];
    }
}
