namespace Bkn.Cms.Search.ViewModels;

/// <summary>The admin page "Indeks Pencarian": the indexes as this node sees them, and which node that is.</summary>
public sealed record SearchIndexesViewModel(IReadOnlyList<SearchIndexStatus> Indexes, string Node);
