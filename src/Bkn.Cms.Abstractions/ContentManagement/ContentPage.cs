namespace Bkn.Cms.ContentManagement;

/// <summary>One page of a content list; <see cref="Next"/> is the cursor of the following page, null on the last one.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, string? Next);
