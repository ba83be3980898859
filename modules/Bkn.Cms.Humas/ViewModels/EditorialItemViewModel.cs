using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Indexes;

namespace Bkn.Cms.Humas.ViewModels;

/// <summary>One item on the editorial desk with the actions the current user may take.</summary>
public sealed record EditorialItemViewModel(
    ContentItem Latest,
    ContentItem? Published,
    EditorialState State,
    IReadOnlyList<ChangeNote> ChangeNotes,
    bool CanSubmit,
    bool CanReview,
    bool IsOwnSubmission,
    string? PublicPath);
