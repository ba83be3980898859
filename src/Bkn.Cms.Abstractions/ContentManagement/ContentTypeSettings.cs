namespace Bkn.Cms.ContentManagement;

/// <summary>Behaviour of a content type.</summary>
public sealed record ContentTypeSettings
{
    /// <summary>Editors can create items of this type from the admin.</summary>
    public bool Creatable { get; init; } = true;

    /// <summary>Items are shown in the admin content list.</summary>
    public bool Listable { get; init; } = true;

    /// <summary>Items can be saved as drafts before they are published.</summary>
    public bool Draftable { get; init; } = true;

    /// <summary>Every save keeps the previous version in the history.</summary>
    public bool Versionable { get; init; } = true;

    /// <summary>Per-type permissions (view, edit, publish, delete — own or any) apply.</summary>
    public bool Securable { get; init; }

    /// <summary>
    /// Items go into the search indexes. Off for types with personal data that have their own search (helpdesk tickets:
    /// the operator workspace filters them itself), so NIKs and names never reach an index file.
    /// </summary>
    public bool Searchable { get; init; } = true;
}
