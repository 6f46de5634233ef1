using Zexus.Cli;

return ZexusCli.Run(args, Console.In, StandardStreams.Out, StandardStreams.Error);
