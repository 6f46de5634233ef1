using System.Text;
using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary><c>print</c> (6.4): all arguments are evaluated before anything is written; two arguments is the conditional form.</summary>
public sealed class PrintNode(SourceLocation location, ExprNode[] args, Interpreter interpreter) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        if (args.Length == 2)
        {
            if (IsPrintTrue(args[0].Eval(scope)))
            {
                var v = args[1].Eval(scope);
                interpreter.Out.Write(Text(v) + "\n");
            }

            return Completion.Normal;
        }

        var values = new Value[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i].Eval(scope);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Text(values[i]));
        }

        sb.Append('\n');
        interpreter.Out.Write(sb.ToString());
        return Completion.Normal;
    }

    private string Text(Value v)
    {
        try
        {
            return v.Kind == ValueKind.String ? v.AsString : TextForm.Of(v);
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }
    }

    /// <summary>The conditional print's rule: false, 0, 0.0, -0.0 and "" are print-false (6.4).</summary>
    private static bool IsPrintTrue(Value c) => c.Kind switch
    {
        ValueKind.Boolean => c.AsBool,
        ValueKind.Integer => !(c.IsSmallInt && c.SmallInt == 0),
        ValueKind.Float => c.AsFloat != 0.0,
        ValueKind.String => c.AsString.Length != 0,
        _ => true,
    };
}

/// <summary><c>emit NAME(args)</c>: appends <c>{event, args}</c> with copied arguments to the event log (10.6).</summary>
public sealed class EmitNode(SourceLocation location, string eventName, ExprNode[] args, Interpreter interpreter) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        var values = new List<Value>(args.Length);
        foreach (var a in args)
        {
            values.Add(a.Eval(scope));
        }

        var copied = DeepCopy.CopyAll(values.ToArray());
        var ev = new ZMap(2);
        ev.Set("event", Value.FromString(eventName));
        ev.Set("args", Value.FromObject(new ZList(copied)));
        interpreter.Events.Add(Value.FromObject(ev));
        return Completion.Normal;
    }
}
