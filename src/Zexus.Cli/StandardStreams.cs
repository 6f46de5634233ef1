using System.Text;

namespace Zexus.Cli;

/// <summary>UTF-8 (no BOM), LF, buffered standard streams: program output must be exactly the printed bytes (1.3).</summary>
internal static class StandardStreams
{
    public static readonly TextWriter Out = Create(Console.OpenStandardOutput());
    public static readonly TextWriter Error = Create(Console.OpenStandardError());

    private static StreamWriter Create(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n", AutoFlush = false };
}
