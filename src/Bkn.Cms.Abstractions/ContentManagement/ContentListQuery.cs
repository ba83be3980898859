using Bkn.Cms.Security;

namespace Bkn.Cms.ContentManagement;

/// <summary>Filters, order and keyset position of a content list (admin list, API).</summary>
public sealed record ContentListQuery
{
    /// <summary>Restrict to these types (empty: all).</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    /// <summary>Leave out these types (e.g. the non-listable ones). Cheaper than listing every wanted type: the newest-first index stays usable.</summary>
    public IReadOnlyCollection<string> ExcludedTypes { get; init; } = [];

    public ContentStatusFilter Status { get; init; } = ContentStatusFilter.Any;

    /// <summary>The units the caller may see; items without a unit are visible only with an all-units scope.</summary>
    public UnitScope Scope { get; init; } = UnitScope.All;

    /// <summary>
    /// Securable types: <see cref="Scope"/> does not open them; only <see cref="Grants"/> do. Empty when no type is
    /// securable or the caller's global permission is meant to cover every type (an administrator).
    /// </summary>
    public IReadOnlyCollection<string> SecuredTypes { get; init; } = [];

    /// <summary>Per-type access to securable types: items of the grant's type in its units, and when it has an owner only theirs.</summary>
    public IReadOnlyList<ContentTypeGrant> Grants { get; init; } = [];

    /// <summary>Only items of these units (e.g. a unit and its subtree), or null.</summary>
    public IReadOnlyCollection<Guid>? Units { get; init; }

    public string? Owner { get; init; }

    /// <summary>Only these items (e.g. the ones a module's index selected), or null.</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>Text to find in the title (DisplayText).</summary>
    public string? Text { get; init; }

    public ContentSort Sort { get; init; } = ContentSort.ModifiedDesc;

    /// <summary>The cursor returned with the previous page (keyset paging), or null for the first page.</summary>
    public string? After { get; init; }

    public int PageSize { get; init; } = 20;
}

public enum ContentStatusFilter
{
    Any,
    Draft,
    Published,
}

public enum ContentSort
{
    ModifiedDesc,
    CreatedDesc,
    TitleAsc,
}

/// <summary>Access to the items of one securable type: within <see cref="Scope"/>, and only those owned by <see cref="Owner"/> when set.</summary>
public sealed record ContentTypeGrant(string ContentType, UnitScope Scope, string? Owner);
