using Zexus.Host;
using Zexus.Primitives;

namespace Zexus.Chain.StateTests;

/// <summary>The state tests' <c>logs</c> field: Keccak-256 of the RLP list of logs [address, [topics…], data].</summary>
public static class LogsHash
{
    /// <summary>Keccak-256 of RLP([[address, [topic…], data]…]).</summary>
    public static Hash256 Of(IReadOnlyList<LogEntry> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var items = new byte[logs.Count][];
        for (int i = 0; i < logs.Count; i++)
        {
            var log = logs[i];
            var topics = new byte[log.Topics.Count][];
            for (int t = 0; t < topics.Length; t++)
            {
                topics[t] = Rlp.EncodeBytes(log.Topics[t].ToArray());
            }

            items[i] = Rlp.EncodeList(Rlp.EncodeBytes(log.Address.ToArray()), Rlp.EncodeList(topics), Rlp.EncodeBytes(log.Data.Span));
        }

        return Hash256.Keccak(Rlp.EncodeList(items));
    }
}
