using System.Reflection;
using Zexus.Vm.Bytecode;
using Zexus.Vm.Isa;

namespace Zexus.Vm.Tests.Bytecode;

public class IsaTableTests
{
    [Fact]
    public void EveryOpcode_HasTableRow()
    {
        foreach (var opcode in Enum.GetValues<ZvmOpcode>())
        {
            var info = OpcodeTable.Get((byte)opcode);
            Assert.NotNull(info);
            Assert.Equal(opcode, info.Opcode);
        }

        Assert.Equal(Enum.GetValues<ZvmOpcode>().Length, OpcodeTable.All.Count);
    }

    [Fact]
    public void Mnemonics_Unique() =>
        Assert.Equal(OpcodeTable.All.Count, OpcodeTable.All.Select(i => i.Mnemonic).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Rows_Consistent()
    {
        foreach (var info in OpcodeTable.All)
        {
            Assert.True(info.Operands.Count(k => k == OperandKind.Target) <= 1, info.Mnemonic);
            Assert.True(info.PopsOperand < info.Operands.Length && info.PushesOperand < info.Operands.Length, info.Mnemonic);
            Assert.True(info.TargetOperand >= 0 || info.BranchPops == 0 && info.BranchPushes == 0, $"{info.Mnemonic}: branch effect without a target");
            Assert.False(string.IsNullOrWhiteSpace(info.Summary), info.Mnemonic);
            Assert.True(info.Gas >= 0, info.Mnemonic);
        }
    }

    [Fact]
    public void IsaDocs_UpToDate() => RepoFiles.AssertUpToDate("docs/isa.md", IsaDocs.Generate());

    [Fact]
    public void IsaDocs_ListsEveryOpcode()
    {
        var doc = IsaDocs.Generate();
        foreach (var info in OpcodeTable.All)
        {
            Assert.Contains($"| {(byte)info.Opcode} | `{info.Mnemonic}` |", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Emitters_UpToDate() => RepoFiles.AssertUpToDate(EmitterGenerator.RelativePath, EmitterGenerator.Generate());

    [Fact]
    public void EveryOpcode_HasTypedEmitter_ThatEncodesLikeEmit()
    {
        var methods = typeof(FunctionBuilderEmitters).GetMethods(BindingFlags.Public | BindingFlags.Static);
        foreach (var opcode in Enum.GetValues<ZvmOpcode>())
        {
            var info = OpcodeTable.Get(opcode);
            var method = Assert.Single(methods, m => m.Name == EmitterGenerator.MethodName(opcode));
            var parameters = method.GetParameters();
            Assert.Equal(typeof(FunctionBuilder), parameters[0].ParameterType);
            Assert.Equal(info.Operands.Length + 1, parameters.Length);

            var typed = new FunctionBuilder();
            var plain = new FunctionBuilder();
            var label = typed.NewLabel();
            plain.NewLabel();
            var args = new List<object> { typed };
            var raw = new List<int>();
            for (var i = 0; i < info.Operands.Length; i++)
            {
                var kind = info.Operands[i];
                Assert.Equal(kind == OperandKind.Target ? typeof(Label) : typeof(int), parameters[i + 1].ParameterType);
                args.Add(kind == OperandKind.Target ? label : i + 1);
                raw.Add(kind == OperandKind.Target ? label.Id : i + 1);
            }

            method.Invoke(null, [.. args]);
            plain.Emit(opcode, [.. raw]);
            typed.Mark(label);
            plain.Mark(new Label(0));
            Assert.Equal(plain.Build(null, FunctionFlags.None, 0, [], 0).Code, typed.Build(null, FunctionFlags.None, 0, [], 0).Code);
        }
    }
}
