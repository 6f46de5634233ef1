namespace Zexus.Conformance;

/// <summary>A theory over the corpus that reports itself skipped, with instructions, when the corpus is
/// missing — except under <c>CI=true</c>, where it runs and fails.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (TestData.CorpusDirectory is null && !TestData.IsCi)
        {
            Skip = TestData.CorpusHint;
        }
    }
}
