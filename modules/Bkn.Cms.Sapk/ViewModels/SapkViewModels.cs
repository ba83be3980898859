using Bkn.Cms.Sapk.Models;
using Bkn.Cms.Sapk.Services;

namespace Bkn.Cms.Sapk.ViewModels;

public sealed class SapkDataViewModel
{
    public IReadOnlyList<SapkPeriod> Periods { get; init; } = [];

    public IReadOnlyList<SapkImportBatch> Batches { get; init; } = [];

    public IReadOnlyList<SapkPullRun> Runs { get; init; } = [];

    public IReadOnlyList<string> Modules { get; init; } = [];

    public bool PullEnabled { get; init; }

    public int DuePeriod { get; init; }

    public string? Message { get; set; }

    public string? Error { get; set; }
}

public sealed record SapkPreviewViewModel(SapkImportOutcome Outcome, IReadOnlyList<string> Modules)
{
    /// <summary>At most this many clean rows are listed; every row with an error is.</summary>
    public const int CleanRowsShown = 50;
}

/// <summary>The public page and the home block: the latest confirmed totals and the trend.</summary>
public sealed record SapkPublicSummary(int? Period, SapkTotals Totals, IReadOnlyList<SapkGroupRow> Groups, IReadOnlyList<SapkTrendPoint> Trend, double Target);
