using Bkn.Cms.ContentManagement;
using Bkn.Cms.Media.Models;

namespace Bkn.Cms.Media.ViewModels;

public sealed record MediaDetailViewModel(MediaItem Item, IReadOnlyList<ContentItem> UsedBy);
