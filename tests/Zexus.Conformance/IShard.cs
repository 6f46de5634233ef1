namespace Zexus.Conformance;

/// <summary>
/// A test class that runs one slice of a long theory's data (<see cref="TestData.Shard"/>). xunit runs the test
/// classes of an assembly in parallel but the tests of one class one after the other, so a theory that takes
/// minutes is declared once in an abstract generic base and run by several small classes, one per slice, each
/// naming its slice here.
/// </summary>
public interface IShard
{
    /// <summary>The slice this class runs, from 0.</summary>
    static abstract int Index { get; }
}
