using Zexus.Lang.Compiler;
using Zexus.Lang.Syntax;
using Zexus.Vm.Blockchain;
using Zexus.Vm.Interpreter;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Tests.Engines;

/// <summary>Gas on the ZVM (docs/gas.md): deterministic totals, and out of gas leaves contract state byte-identical.</summary>
public class GasTests
{
    private static ZvmMachine Machine(string source, long gasLimit, TextWriter? output = null)
    {
        var parsed = Parser.Parse(source, "gas.zx");
        Assert.Empty(parsed.Errors);
        return new ZvmMachine(ZvmCompiler.Compile(parsed.Program, "gas.zx"), new ZvmOptions { Output = output ?? TextWriter.Null, GasLimit = gasLimit });
    }

    private const string Vault = """
        contract Vault {
          state items = [1, 2]
          state meta = {k: "v", nested: [true, null]}
          action touch() { items.push(0) }
          action spin() {
            items.push(3)
            meta["k"] = "changed"
            emit Spun(items)
            while true { }
          }
        }
        Vault.touch()
        Vault.spin()
        """;

    [Fact]
    public void OutOfGas_InsideAction_LeavesStateByteIdentical()
    {
        var machine = Machine(Vault, gasLimit: 20_000);
        Assert.Throws<OutOfGasException>(machine.RunMain);
        var vault = machine.Instances[0];
        var after = CanonicalEncoding.Encode(Value.FromObject(new ZList(vault.State[..2])));
        var items = new ZList([Value.FromInt(1), Value.FromInt(2), Value.FromInt(0)]);
        var meta = new ZMap();
        meta.Set("k", Value.FromString("v"));
        meta.Set("nested", Value.FromObject(new ZList([Value.True, Value.Null])));
        var before = CanonicalEncoding.Encode(Value.FromObject(new ZList([Value.FromObject(items), Value.FromObject(meta)])));
        Assert.Equal(before, after);
        Assert.Empty(machine.Events);
        Assert.Equal(20_000, machine.GasUsed);
    }

    [Fact]
    public void GasUsed_IsDeterministic_AndCountsDynamicCosts()
    {
        const string Source = "let xs = []\nlet i = 0\nwhile i < 50 { xs.push(hash(string(i))); i += 1 }\nprint(len(xs))\n";
        var first = Machine(Source, 0);
        first.RunMain();
        var second = Machine(Source, 0);
        second.RunMain();
        Assert.Equal(first.GasUsed, second.GasUsed);

        var bigger = Machine("let xs = [" + string.Join(", ", Enumerable.Range(0, 200)) + "]\n", 0);
        var smaller = Machine("let xs = [1]\n", 0);
        bigger.RunMain();
        smaller.RunMain();

        // 199 more LOAD_CONSTs (1 each) and 199 more elements built (1 each).
        Assert.Equal(smaller.GasUsed + (199 * 2), bigger.GasUsed);
    }

    [Fact]
    public void OutOfGas_CannotBeCaughtByTheProgram()
    {
        var output = new StringWriter();
        var machine = Machine("try { while true { } } catch (e) { print(\"caught\") }\n", 10_000, output);
        Assert.Throws<OutOfGasException>(machine.RunMain);
        Assert.Equal("", output.ToString());
    }
}
