namespace Zexus.Vm.Runtime;

/// <summary>
/// A <see cref="TransactionFrame"/>'s copy of one instance's state variables; <see cref="Owned"/> when this frame is
/// the lowest that holds the array (no other frame holds it once this one closes).
/// </summary>
/// <remarks>PERF (bench: zexus bench, contract rows): a named struct, so the frame's array of copies runs unshared
/// code (a value tuple of reference types would run the shared generic code with run-time type lookups).</remarks>
internal readonly record struct StateCopy(ZContract Instance, Value[] State, bool Owned);
