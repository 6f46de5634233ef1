namespace Zexus.Vm.Runtime.Builtins;

/// <summary>The TX map, tx() and gas() (LANGUAGE.md 10.8).</summary>
public static class TransactionContext
{
    /// <summary>A new TX map: caller, timestamp, block_hash, gas_used, gas_remaining, gas_limit (in that order).</summary>
    public static Value NewTxMap(IRuntimeContext ctx) => throw new NotSupportedException("TODO(#2): not implemented yet");
}
