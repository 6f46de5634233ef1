namespace Zexus.Vm.Runtime;

/// <summary>Raised when the step limit (--max-steps) is reached. Not a Zexus error: programs cannot catch it.</summary>
public sealed class StepLimitExceededException : Exception
{
    public StepLimitExceededException(long limit) : base($"Step limit of {limit} exceeded")
    {
    }

    public StepLimitExceededException()
    {
    }

    public StepLimitExceededException(string message) : base(message)
    {
    }

    public StepLimitExceededException(string message, Exception inner) : base(message, inner)
    {
    }
}
