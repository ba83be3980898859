using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Indexes;

namespace Bkn.Cms.Humas.ViewModels;

/// <summary>A public detail page: the published item, its body as safe HTML, editorial notices and related items.</summary>
public sealed record PublicationDetailViewModel(
    ContentItem Item,
    PublicationIndex Row,
    string BodyHtml,
    EditorialState? State,
    IReadOnlyList<ChangeNote> ChangeNotes,
    IReadOnlyList<PublicationIndex> Related,
    IReadOnlyList<(string Kind, PublicationIndex Target)> Changes,
    IReadOnlyList<(string Kind, PublicationIndex Source)> ChangedBy,
    string CanonicalUrl)
{
    public bool IsWithdrawn => State is { Status: EditorialStatus.Withdrawn };
}
