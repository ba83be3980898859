namespace Bkn.Cms.State;

/// <summary>The stamps a transaction asked to bump at its commit (<see cref="Stamps.BumpOnCommitAsync"/>).</summary>
internal sealed class PendingStamps
{
    public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);
}
