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
    string? PublicPath,
    string BodyHtml,
    IReadOnlyList<EditorialChange> Changes);

/// <summary>A field that differs between the published version and the draft under review, as word segments (-1 removed, 0 kept, +1 added).</summary>
public sealed record EditorialChange(string Label, IReadOnlyList<(int Kind, string Text)> Segments);
