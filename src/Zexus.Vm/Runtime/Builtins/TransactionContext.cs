namespace Zexus.Vm.Runtime.Builtins;

/// <summary>The TX map, tx() and gas() (LANGUAGE.md 10.8). Gas is not metered: the values are constants.</summary>
public static class TransactionContext
{
    /// <summary>The gas limit reported by TX and gas() (10.8).</summary>
    public const long GasLimit = 1_000_000;

    /// <summary>A new TX map: caller, timestamp, block_hash, gas_used, gas_remaining, gas_limit (in that order).</summary>
    public static Value NewTxMap(IRuntimeContext ctx)
    {
        var map = new ZMap(6);
        // TX.caller is "system" everywhere, also inside actions (msg.sender is the immediate caller).
        map.Set("caller", Value.FromString("system"));
        map.Set("timestamp", Value.FromInt(ctx.Timestamp));
        map.Set("block_hash", Value.FromString(ctx.BlockHash));
        map.Set("gas_used", Value.FromInt(0));
        map.Set("gas_remaining", Value.FromInt(GasLimit));
        map.Set("gas_limit", Value.FromInt(GasLimit));
        return Value.FromObject(map);
    }

    /// <summary>A new map <c>{used: 0, remaining: 1000000, limit: 1000000}</c> (9.5).</summary>
    public static Value NewGasMap()
    {
        var map = new ZMap(3);
        map.Set("used", Value.FromInt(0));
        map.Set("remaining", Value.FromInt(GasLimit));
        map.Set("limit", Value.FromInt(GasLimit));
        return Value.FromObject(map);
    }
}
