namespace Bkn.Cms.Search.Services;

/// <summary>A search: the words typed, optional type and year filters, and the page (1-based).</summary>
public sealed record SearchRequest(string? Query, string? Type = null, int? Year = null, int Page = 1, int PageSize = 10);
