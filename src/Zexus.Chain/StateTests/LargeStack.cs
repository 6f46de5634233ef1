namespace Zexus.Chain.StateTests;

/// <summary>
/// Runs work on a thread with a large stack: the EVM executes nested calls recursively, and a chain
/// of 1024 frames needs more than the default 1 MB (8 MB on Linux main threads).
/// </summary>
public static class LargeStack
{
    /// <summary>The stack size of the worker thread: 256 MB (reserved, not committed).</summary>
    public const int Size = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> on a new large-stack thread and returns its result; exceptions propagate.</summary>
    public static T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            Size);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return result;
    }
}
