namespace Bkn.Cms.Search.ViewModels;

/// <summary>This node's view of one index for the admin page and its status poll.</summary>
public sealed record SearchIndexStatus(
    string Name,
    string Analyzer,
    IReadOnlyList<string> ContentTypes,
    bool PublishedOnly,
    IReadOnlyList<string> Parts,
    int Version,
    int? BuiltVersion,
    int Documents,
    int Lag,
    long Cursor,
    bool Rebuilding,
    double RebuildPercent,
    int RebuildDone,
    int RebuildTotal,
    string? LastError,
    DateTime? LastErrorUtc);
