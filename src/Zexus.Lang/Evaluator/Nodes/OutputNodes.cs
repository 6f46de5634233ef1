using Zexus.Vm.Runtime;

namespace Zexus.Lang.Evaluator.Nodes;

/// <summary><c>print</c> (6.4): all arguments are evaluated before anything is written; two arguments is the conditional form.</summary>
public sealed class PrintNode(SourceLocation location, ExprNode[] args, Interpreter interpreter) : StmtNode(location)
{
    public override Completion Exec(Scope scope)
    {
        if (args.Length == 2)
        {
            if (EngineBase.IsPrintTrue(args[0].Eval(scope)))
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

        try
        {
            interpreter.Out.Write(EngineBase.PrintLine(values));
        }
        catch (ZexusError e) when (Attach(e))
        {
            throw;
        }

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

        interpreter.Emit(eventName, values.ToArray());
        return Completion.Normal;
    }
}
