using Zexus.Lang.Syntax;

namespace Zexus.Lang.Compiler;

/// <summary>Finds the event names an action body emits, for the contract ABI.</summary>
internal static class EventCollector
{
    public static void Collect(BlockStmt block, ISet<string> names)
    {
        foreach (var s in block.Statements)
        {
            Collect(s, names);
        }
    }

    private static void Collect(Stmt s, ISet<string> names)
    {
        switch (s)
        {
            case EmitStmt e:
                names.Add(e.EventName);
                break;
            case BlockStmt b:
                Collect(b, names);
                break;
            case IfStmt i:
                foreach (var br in i.Branches)
                {
                    Collect(br.Body, names);
                }

                if (i.Else is not null)
                {
                    Collect(i.Else, names);
                }

                break;
            case WhileStmt w:
                Collect(w.Body, names);
                break;
            case ForEachStmt f:
                Collect(f.Body, names);
                break;
            case TryStmt t:
                Collect(t.Body, names);
                if (t.CatchBody is not null)
                {
                    Collect(t.CatchBody, names);
                }

                if (t.Finally is not null)
                {
                    Collect(t.Finally, names);
                }

                break;
        }
    }
}
