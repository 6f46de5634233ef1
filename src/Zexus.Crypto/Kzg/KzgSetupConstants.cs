namespace Zexus.Crypto.Kzg;

/// <summary>
/// The one point of the Ethereum KZG ceremony that proof verification needs, embedded so that product code does not
/// depend on a setup file: [τ]₂, the G2 point with index 1 of the ceremony output (the second G2 line of
/// c-kzg-4844 <c>trusted_setup.txt</c>). A test parses the fixture's setup file and checks that they are equal.
/// </summary>
internal static class KzgSetupConstants
{
    /// <summary>[τ]₂, compressed (96 bytes, x.c1 then x.c0 with the flag bits).</summary>
    public const string TauG2Compressed =
        "b5bfd7dd8cdeb128843bc287230af38926187075cbfbefa81009a2ce615ac53d2914e5870cb452d2afaaab24f3499f72" +
        "185cbfee53492714734429b7b38608e23926c911cceceac9a36851477ba4c60b087041de621000edc98edada20c1def2";
}
