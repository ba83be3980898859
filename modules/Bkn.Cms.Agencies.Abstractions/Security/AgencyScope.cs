namespace Bkn.Cms.Agencies;

/// <summary>The agencies a user may act on with a permission: all of them (BKN staff) or an explicit set (agency users).</summary>
public sealed class AgencyScope
{
    public static readonly AgencyScope None = new(false, new HashSet<Guid>());
    public static readonly AgencyScope All = new(true, new HashSet<Guid>());

    public AgencyScope(bool allAgencies, IReadOnlySet<Guid> agencyIds)
    {
        AllAgencies = allAgencies;
        AgencyIds = agencyIds;
    }

    public bool AllAgencies { get; }

    public IReadOnlySet<Guid> AgencyIds { get; }

    public bool IsEmpty => !AllAgencies && AgencyIds.Count == 0;

    public bool Contains(Guid? agencyId) => AllAgencies || (agencyId is { } id && AgencyIds.Contains(id));
}
