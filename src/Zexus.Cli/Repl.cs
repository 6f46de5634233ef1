using System.Text;
using Zexus.Lang;
using Zexus.Lang.Evaluator;

namespace Zexus.Cli;

/// <summary><c>zexus repl</c>: reads inputs line by line; an input continues while a block, bracket or string is open.</summary>
internal static class Repl
{
    private const string Help =
        "Enter Zexus statements. Definitions persist between inputs; the value of an expression is shown.\n" +
        "An input continues on the next line while a block, bracket or string is open.\n" +
        "Commands: :help  show this text   :quit  leave (end of input also leaves)\n";

    public static int Run(TextReader input, TextWriter output, long maxSteps)
    {
        var interactive = !Console.IsInputRedirected && ReferenceEquals(input, Console.In);
        var session = new ReplSession(new EvaluatorOptions { Output = output, MaxSteps = maxSteps, Timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
        if (interactive)
        {
            output.Write("Zexus REPL — :help for help, :quit to leave\n");
        }

        var pending = new StringBuilder();
        while (true)
        {
            if (interactive)
            {
                output.Write(pending.Length == 0 ? "> " : "... ");
            }

            output.Flush();
            var line = input.ReadLine();
            if (line is null)
            {
                break;
            }

            if (pending.Length == 0)
            {
                var command = line.Trim();
                if (command is ":quit" or ":q" or ":exit")
                {
                    break;
                }

                if (command is ":help" or ":h")
                {
                    output.Write(Help);
                    continue;
                }

                if (command.Length == 0)
                {
                    continue;
                }
            }

            pending.Append(line).Append('\n');
            var result = session.Submit(pending.ToString());
            if (result.Status == ReplStatus.Incomplete)
            {
                continue;
            }

            pending.Clear();
            output.Write(result.Output);
        }

        output.Flush();
        return 0;
    }
}
