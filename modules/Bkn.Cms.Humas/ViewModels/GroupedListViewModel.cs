using Bkn.Cms.Humas.Indexes;

namespace Bkn.Cms.Humas.ViewModels;

/// <summary>A public list grouped by a key (information by KIP category, services by counter).</summary>
public sealed record GroupedListViewModel(string Type, string Title, IReadOnlyList<(string Key, IReadOnlyList<PublicationIndex> Items)> Groups);
