namespace Zexus.Conformance;

/// <summary>
/// Shrinks a failing fuzz program for the report: removes single lines, then single characters runs, while the
/// given property still holds. Greedy (one-minimal with respect to line removal), bounded in attempts.
/// </summary>
public static class ProgramMinimizer
{
    public static string Minimize(string source, Func<string, bool> stillFails, int maxAttempts = 400)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stillFails);
        var lines = source.Split('\n').ToList();
        var attempts = 0;
        var changed = true;
        while (changed && attempts < maxAttempts)
        {
            changed = false;
            for (var i = lines.Count - 1; i >= 0 && attempts < maxAttempts; i--)
            {
                var candidate = lines.Take(i).Concat(lines.Skip(i + 1)).ToList();
                attempts++;
                if (stillFails(string.Join('\n', candidate)))
                {
                    lines = candidate;
                    changed = true;
                }
            }
        }

        for (var i = 0; i < lines.Count && attempts < maxAttempts; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed != lines[i])
            {
                var candidate = lines.ToList();
                candidate[i] = trimmed;
                attempts++;
                if (stillFails(string.Join('\n', candidate)))
                {
                    lines = candidate;
                }
            }
        }

        return string.Join('\n', lines);
    }
}
