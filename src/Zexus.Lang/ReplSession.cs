using Zexus.Lang.Evaluator;
using Zexus.Lang.Evaluator.Nodes;
using Zexus.Lang.Syntax;
using Zexus.Vm.Runtime;

namespace Zexus.Lang;

public enum ReplStatus
{
    /// <summary>The input ran; <see cref="ReplResult.Output"/> holds the values of its expression statements.</summary>
    Ok,
    /// <summary>A block, bracket or string is still open: read another line and submit the whole text again.</summary>
    Incomplete,
    /// <summary>Syntax or run-time error; <see cref="ReplResult.Output"/> holds the message.</summary>
    Error,
}

public sealed record ReplResult(ReplStatus Status, string Output);

/// <summary>
/// An interactive session: definitions persist between inputs (one global scope), and the value of
/// each expression statement is shown (null values are not).
/// </summary>
public sealed class ReplSession
{
    private readonly Interpreter _interpreter;
    private readonly ModuleContext _context;
    private readonly string _file;
    private int _inputs;

    public ReplSession(EvaluatorOptions options, string file = "<repl>")
    {
        _interpreter = new Interpreter(options);
        _file = file;
        _context = new ModuleContext(file, hasExportStatements: false);
    }

    public ReplResult Submit(string source) => ProgramRunner.OnLargeStack(() => SubmitCore(source));

    private ReplResult SubmitCore(string source)
    {
        var parsed = Parser.Parse(source, _file);
        if (parsed.IsIncomplete)
        {
            return new ReplResult(ReplStatus.Incomplete, "");
        }

        if (parsed.Errors.Length > 0)
        {
            return new ReplResult(ReplStatus.Error, string.Join("\n", parsed.Errors.Select(d => d.Format())) + "\n");
        }

        _inputs++;
        _interpreter.Sources[_file] = source;
        var builder = new NodeBuilder(_interpreter, _context);
        var output = new System.Text.StringBuilder();
        try
        {
            foreach (var statement in parsed.Program.Statements)
            {
                StmtNode? node = null;
                ExprNode? expr = null;
                if (statement is ExprStmt e)
                {
                    expr = builder.BuildExpression(e.Expression);
                }
                else
                {
                    node = builder.BuildStatement(statement);
                }

                _context.SyncGlobalSize();
                _interpreter.Tick();
                if (expr is not null)
                {
                    var v = expr.Eval(_context.Global);
                    if (!v.IsNull)
                    {
                        output.Append(TextForm.Of(v)).Append('\n');
                    }
                }
                else
                {
                    node!.Exec(_context.Global);
                }
            }

            _interpreter.Out.Flush();
            return new ReplResult(ReplStatus.Ok, output.ToString());
        }
        catch (ZexusError e)
        {
            _interpreter.Out.Flush();
            return new ReplResult(ReplStatus.Error, output + ErrorFormatter.Format(e, _interpreter.Sources));
        }
        catch (StepLimitExceededException e)
        {
            return new ReplResult(ReplStatus.Error, output + $"Error: {e.Message}\n");
        }
    }
}
