using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.ViewModels;

public sealed record ContentVersionsViewModel(ContentItem Latest, IReadOnlyList<ContentItem> Versions);
