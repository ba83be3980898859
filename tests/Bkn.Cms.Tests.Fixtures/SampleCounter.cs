namespace Bkn.Cms.Tests.Fixtures;

/// <summary>Counts runs of the sample background task.</summary>
public sealed class SampleCounter
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public void Increment() => Interlocked.Increment(ref _runs);
}
