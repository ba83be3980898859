namespace Bkn.Cms.Pkt.Services;

/// <summary>A wait range in minutes shown to a visitor.</summary>
public readonly record struct PktWaitRange(int LowMinutes, int HighMinutes)
{
    public string Text => Template.ToString();

    /// <summary>The range as a template with its values (for the visitor's language).</summary>
    public PktText Template => HighMinutes <= 0 ? new("segera dipanggil") : LowMinutes == HighMinutes ? new("± {0} menit", HighMinutes) : new("{0}–{1} menit", LowMinutes, HighMinutes);
}

/// <summary>
/// Estimated wait from recent history: the service durations (minutes) of recent finished tickets of the same service,
/// preferring those of the same hour of the day, spread over the desks serving the counter. <c>ahead</c> is the number
/// of visitors waiting before this one. The lower bound uses the 25th percentile of service time, the upper the 75th
/// plus one service for the visits now at the desks.
/// </summary>
public static class PktWaitEstimator
{
    public const double DefaultServiceMinutes = 8;

    public const int MinSamples = 10;

    public static PktWaitRange Estimate(int ahead, int desks, IReadOnlyList<double> serviceMinutes)
    {
        ahead = Math.Max(0, ahead);
        desks = Math.Max(1, desks);
        double low, high;
        if (serviceMinutes.Count == 0)
        {
            low = high = DefaultServiceMinutes;
        }
        else
        {
            var sorted = serviceMinutes.Order().ToArray();
            low = Percentile(sorted, 0.25);
            high = Percentile(sorted, 0.75);
        }

        var rounds = (double)ahead / desks;
        var lowMinutes = (int)Math.Floor(rounds * low);
        // The visits now at the desks end somewhere within one service time: the upper bound adds one.
        var highMinutes = (int)Math.Ceiling((rounds * high) + high);
        return new PktWaitRange(lowMinutes, Math.Max(lowMinutes, highMinutes));
    }

    /// <summary>Samples of the same hour of the day when there are enough of them, else all.</summary>
    public static IReadOnlyList<double> Select(IReadOnlyList<(int LocalHour, double Minutes)> history, int localHour)
    {
        var sameHour = history.Where(h => Math.Abs(h.LocalHour - localHour) <= 1).Select(h => h.Minutes).ToList();
        return sameHour.Count >= MinSamples ? sameHour : history.Select(h => h.Minutes).ToList();
    }

    /// <summary>Linear-interpolated percentile of a sorted array (0 when empty).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }
}
