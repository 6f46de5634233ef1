using Zexus.Vm.Bytecode;

namespace Zexus.Vm.Tests.Bytecode;

/// <summary>Field-by-field comparison of two containers (descriptor constants compare by reference in the
/// model, so records' own equality is not enough).</summary>
internal static class ProgramAssert
{
    public static void Equal(ZvmProgram expected, ZvmProgram actual)
    {
        Assert.Equal(expected.FormatVersion, actual.FormatVersion);
        Assert.Equal(expected.Target, actual.Target);

        Assert.Equal(expected.Constants.Count, actual.Constants.Count);
        for (var i = 0; i < expected.Constants.Count; i++)
        {
            Assert.Equal(Describe(expected.Constants[i]), Describe(actual.Constants[i]));
        }

        Assert.Equal(expected.Functions.Count, actual.Functions.Count);
        for (var i = 0; i < expected.Functions.Count; i++)
        {
            var e = expected.Functions[i];
            var a = actual.Functions[i];
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Flags, a.Flags);
            Assert.Equal(e.Module, a.Module);
            Assert.Equal(e.ParamSlots, a.ParamSlots);
            Assert.Equal(e.SlotCount, a.SlotCount);
            Assert.Equal(e.Names.Length, a.Names.Length);
            for (var n = 0; n < e.Names.Length; n++)
            {
                Assert.Equal(e.Names[n].Name, a.Names[n].Name);
                Assert.Equal(e.Names[n].Candidates, a.Names[n].Candidates);
            }

            Assert.Equal(e.Code, a.Code);
            Assert.Equal(e.Lines, a.Lines);
        }

        Assert.Equal(expected.Modules.Count, actual.Modules.Count);
        for (var i = 0; i < expected.Modules.Count; i++)
        {
            var e = expected.Modules[i];
            var a = actual.Modules[i];
            Assert.Equal(e.File, a.File);
            Assert.Equal(e.Globals, a.Globals);
            Assert.Equal(e.TopLevel, a.TopLevel);
            Assert.Equal(e.HasExports, a.HasExports);
            Assert.Equal(e.Failure, a.Failure);
            Assert.Equal(e.FailureDetail, a.FailureDetail);
        }

        Assert.Equal(expected.Abi.Count, actual.Abi.Count);
        for (var i = 0; i < expected.Abi.Count; i++)
        {
            var e = expected.Abi[i];
            var a = actual.Abi[i];
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Actions.Select(x => x.Name + "(" + string.Join(",", x.Parameters) + ")"), a.Actions.Select(x => x.Name + "(" + string.Join(",", x.Parameters) + ")"));
            Assert.Equal(e.StateVariables, a.StateVariables);
            Assert.Equal(e.Events, a.Events);
        }

        Assert.Equal(expected.Metadata.ToArray(), actual.Metadata.ToArray());
    }

    private static string Describe(Constant c) => c switch
    {
        FloatConstant f => $"Float {BitConverter.DoubleToInt64Bits(f.Value):X16}",
        ContractConstant k => $"Contract {k.Name} [{string.Join(",", k.StateNames)}] {k.StateScopeSize} {k.Initializer} [{string.Join(",", k.Actions.Select(a => a.Name + ":" + a.Function))}]",
        EntityConstant e => $"Entity {e.Name} [{string.Join(",", e.Fields.Select(x => $"{x.Name}:{x.TypeAnnotation ?? "<null>"}:{x.DefaultFunction}"))}]",
        UseConstant u => $"Use {u.Path} {u.Form} {u.Alias ?? "<null>"} [{string.Join(",", u.Names)}]",
        _ => c.ToString(),
    };
}
