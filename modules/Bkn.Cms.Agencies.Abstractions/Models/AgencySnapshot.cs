namespace Bkn.Cms.Agencies;

/// <summary>An immutable view of the agency registry, with look-ups by id and code.</summary>
public sealed class AgencySnapshot
{
    private readonly Dictionary<Guid, AgencyInfo> _byId;
    private readonly Dictionary<string, AgencyInfo> _byCode;

    public AgencySnapshot(IEnumerable<AgencyInfo> agencies)
    {
        All = [.. agencies.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
        _byId = All.ToDictionary(a => a.Id);
        _byCode = All.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
    }

    public static AgencySnapshot Empty { get; } = new([]);

    /// <summary>Every agency, central first, then by name.</summary>
    public IReadOnlyList<AgencyInfo> All { get; }

    public int Count => All.Count;

    public AgencyInfo? Find(Guid id) => _byId.GetValueOrDefault(id);

    public AgencyInfo? FindByCode(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    public IEnumerable<AgencyInfo> ChildrenOf(Guid id) => All.Where(a => a.ParentId == id);
}
