using Zexus.Host;
using Zexus.Primitives;
using Zexus.Vm.Runtime;

namespace Zexus.Vm.Blockchain;

/// <summary>
/// How a contract instance's state lives in the world state behind <see cref="IHost"/>
/// (docs/blockchain-semantics.md, "Contract state in the world state"): the instance's address is
/// its account; each state variable is stored as its canonical encoding
/// (<see cref="CanonicalEncoding"/>) in 32-byte words. The word at slot
/// <c>Keccak-256(UTF-8 name)</c> holds the encoding's length in bytes; the bytes follow in the
/// slots after it, left-aligned, the last one zero-padded.
/// </summary>
public static class ContractStorage
{
    /// <summary>The account of an instance: its address (<c>0x</c> and 40 hex digits, LANGUAGE.md 10.4).</summary>
    public static Address AccountOf(ZContract instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Account ??= Address.Parse(instance.Address);
    }

    /// <summary>The slot holding the length of state variable <paramref name="name"/>.</summary>
    public static UInt256 BaseSlot(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = Hash256.Keccak(System.Text.Encoding.UTF8.GetBytes(name));
        Span<byte> bytes = stackalloc byte[32];
        hash.WriteTo(bytes);
        return new UInt256(bytes);
    }

    /// <summary>The canonical encodings of <paramref name="instance"/>'s state variables, in declaration order.</summary>
    /// <exception cref="ZexusError">A state value is cyclic or too large to encode.</exception>
    public static byte[][] Encode(ZContract instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var encoded = new byte[instance.Definition.StateNames.Length][];
        for (int i = 0; i < encoded.Length; i++)
        {
            encoded[i] = CanonicalEncoding.Encode(instance.State[i]);
        }

        return encoded;
    }

    /// <summary>
    /// Writes the state variables of <paramref name="instance"/>, encoded by <see cref="Encode"/>, into
    /// <paramref name="host"/>'s storage, touching only the words that change.
    /// </summary>
    public static void Write(IHost host, ZContract instance, byte[][] encoded)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(encoded);
        var account = AccountOf(instance);
        host.CreateAccountIfAbsent(account);
        var definition = instance.Definition;
        var slots = definition.StateSlots ??= Array.ConvertAll(definition.StateNames, BaseSlot);
        for (int i = 0; i < slots.Length; i++)
        {
            WriteBytes(host, account, slots[i], encoded[i]);
        }
    }

    /// <summary>The stored encoding of state variable <paramref name="name"/>; empty when it was never written.</summary>
    public static byte[] Read(IHost host, Address account, string name)
    {
        ArgumentNullException.ThrowIfNull(host);
        var slot = BaseSlot(name);
        var length = host.GetStorage(account, slot);
        if (!length.FitsInUInt64 || length.u0 > int.MaxValue)
        {
            throw new InvalidOperationException($"corrupt length word for '{name}' in {account}");
        }

        var bytes = new byte[(int)length.u0];
        Span<byte> word = stackalloc byte[32];
        for (int offset = 0, w = 1; offset < bytes.Length; offset += 32, w++)
        {
            host.GetStorage(account, Add(slot, w)).WriteBigEndian(word);
            word[..Math.Min(32, bytes.Length - offset)].CopyTo(bytes.AsSpan(offset));
        }

        return bytes;
    }

    private static void WriteBytes(IHost host, Address account, UInt256 slot, byte[] bytes)
    {
        var oldLength = host.GetStorage(account, slot);
        int oldWords = oldLength.FitsInUInt64 && oldLength.u0 <= int.MaxValue ? (int)((oldLength.u0 + 31) / 32) : 0;
        int newWords = (bytes.Length + 31) / 32;
        Store(host, account, slot, new UInt256((ulong)bytes.Length));
        Span<byte> word = stackalloc byte[32];
        for (int w = 0; w < Math.Max(oldWords, newWords); w++)
        {
            word.Clear();
            if (w < newWords)
            {
                bytes.AsSpan(w * 32, Math.Min(32, bytes.Length - (w * 32))).CopyTo(word);
            }

            Store(host, account, Add(slot, w + 1), new UInt256(word));
        }
    }

    private static void Store(IHost host, Address account, UInt256 slot, UInt256 value)
    {
        if (host.GetStorage(account, slot) != value)
        {
            host.SetStorage(account, slot, value);
        }
    }

    private static UInt256 Add(UInt256 slot, int offset)
    {
        UInt256.Add(slot, new UInt256((ulong)offset), out var result);
        return result;
    }
}
