using Bkn.Cms.Humas.Services;

namespace Bkn.Cms.Humas.ViewModels;

/// <summary>A public list (/berita, /siaran-pers, /peraturan) with its filters.</summary>
public sealed record PublicationListViewModel(string Type, string Title, PublicationPage Page, PublicationFilter Filter, IReadOnlyList<int> Years, IReadOnlyList<string> Kinds);
