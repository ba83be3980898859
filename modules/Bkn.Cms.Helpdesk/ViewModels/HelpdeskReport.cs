namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>Figures of the helpdesk report for a period (days in site time).</summary>
public sealed record HelpdeskReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> CategoryNames,
    IReadOnlyList<(DateOnly Day, IReadOnlyDictionary<string, int> PerCategory, int Total)> Days,
    int Created,
    int Answered,
    TimeSpan? FirstResponseAverage,
    TimeSpan? FirstResponseMedian,
    TimeSpan? ResolutionAverage,
    double? SlaCompliance,
    IReadOnlyList<(string Label, long Count)> Backlog,
    int Ratings,
    double? SatisfactionIndex,
    string? SatisfactionGrade);
