using Bkn.Cms.Media.Models;

namespace Bkn.Cms.Media.ViewModels;

public sealed record MediaListViewModel(IReadOnlyList<MediaItem> Items, IReadOnlyList<string> Folders, string? Folder, string? Query, int Page, int PageCount, long MaxMegabytes);
