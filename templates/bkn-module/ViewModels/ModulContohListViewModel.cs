using Bkn.Cms.ModulContoh.Indexes;

namespace Bkn.Cms.ModulContoh.ViewModels;

/// <summary>The public list: published items, newest first.</summary>
public sealed record ModulContohListViewModel(IReadOnlyList<ModulContohIndex> Items);
