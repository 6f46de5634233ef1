using Zexus.Evm.Execution;
using Zexus.Host;
using Zexus.Primitives;

namespace Zexus.Evm.Instructions;

/// <summary>
/// The reads of the transaction and block context (ORIGIN, GASPRICE, 0x40-0x4A) and SELFBALANCE.
/// Bodies of the host table: the frame always has an <see cref="EvmContext"/>.
/// </summary>
public static class ContextInstructions
{
    /// <summary>The most recent blocks BLOCKHASH can see (Yellow Paper P(h, n, a), 256).</summary>
    public const ulong BlockHashWindow = 256;

    /// <summary>ORIGIN: the transaction's sender.</summary>
    public static EvmStatus Origin(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, frame.Context!.Transaction.Origin.ToUInt256());

    /// <summary>GASPRICE: the effective gas price of the transaction.</summary>
    public static EvmStatus GasPrice(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, frame.Context!.Transaction.GasPrice);

    /// <summary>BLOCKHASH(number): the hash of one of the 256 blocks before the current one, else 0.</summary>
    public static EvmStatus BlockHash(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        ref UInt256 number = ref stack.Top;
        IHost host = frame.Context!.Host;
        ulong current = host.Block.Number;
        bool inWindow = number.FitsInUInt64 && (ulong)number < current && current - (ulong)number <= BlockHashWindow;
        number = inWindow ? host.GetBlockHash((ulong)number).ToUInt256() : default;
        return EvmStatus.Running;
    }

    /// <summary>COINBASE: H_c.</summary>
    public static EvmStatus Coinbase(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, frame.Context!.Host.Block.Coinbase.ToUInt256());

    /// <summary>TIMESTAMP: H_s.</summary>
    public static EvmStatus Timestamp(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, new UInt256(frame.Context!.Host.Block.Timestamp));

    /// <summary>NUMBER: H_i.</summary>
    public static EvmStatus Number(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, new UInt256(frame.Context!.Host.Block.Number));

    /// <summary>DIFFICULTY (H_d) before the Merge; PREVRANDAO (H_a, EIP-4399) from Paris on.</summary>
    public static EvmStatus PrevRandao(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        EvmContext context = frame.Context!;
        BlockContext block = context.Host.Block;
        stack.Pushed = context.Fork >= Fork.Paris ? block.PrevRandao.ToUInt256() : block.Difficulty;
        return EvmStatus.Running;
    }

    /// <summary>GASLIMIT: H_l.</summary>
    public static EvmStatus GasLimit(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, new UInt256(frame.Context!.Host.Block.GasLimit));

    /// <summary>CHAINID (EIP-1344).</summary>
    public static EvmStatus ChainId(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, new UInt256(frame.Context!.Host.Block.ChainId));

    /// <summary>SELFBALANCE (EIP-1884): the balance of the executing account, without an access charge.</summary>
    public static EvmStatus SelfBalance(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, frame.Context!.Host.GetBalance(frame.Message.Recipient));

    /// <summary>BASEFEE (EIP-3198): H_f.</summary>
    public static EvmStatus BaseFee(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, frame.Context!.Host.Block.BaseFee);

    /// <summary>BLOBHASH(index) (EIP-4844): the transaction's versioned hash at index, else 0.</summary>
    public static EvmStatus BlobHash(EvmFrame frame, EvmStack stack, ref long gas, ref int pc)
    {
        ref UInt256 index = ref stack.Top;
        IReadOnlyList<Hash256> hashes = frame.Context!.Transaction.BlobHashes;
        index = index.FitsInUInt64 && (ulong)index < (ulong)hashes.Count ? hashes[(int)(ulong)index].ToUInt256() : default;
        return EvmStatus.Running;
    }

    /// <summary>BLOBBASEFEE (EIP-7516): the block's blob base fee.</summary>
    public static EvmStatus BlobBaseFee(EvmFrame frame, EvmStack stack, ref long gas, ref int pc) =>
        Push(stack, frame.Context!.Host.Block.BlobBaseFee);

    private static EvmStatus Push(EvmStack stack, in UInt256 value)
    {
        stack.Pushed = value;
        return EvmStatus.Running;
    }
}
