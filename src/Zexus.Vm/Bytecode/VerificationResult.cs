namespace Zexus.Vm.Bytecode;

/// <summary>What the verifier learned about an accepted container.</summary>
/// <param name="MaxStack">Maximum operand stack height of each function, by function index (also stored in
/// <see cref="FunctionProto.MaxStack"/>).</param>
/// <param name="Instructions">Number of instructions decoded over all functions.</param>
public sealed record VerificationResult(IReadOnlyList<int> MaxStack, int Instructions);
