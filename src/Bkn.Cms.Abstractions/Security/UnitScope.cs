namespace Bkn.Cms.Security;

/// <summary>The units a user may act on with a permission: all units, or an explicit set.</summary>
public sealed class UnitScope
{
    public static readonly UnitScope None = new(false, new HashSet<Guid>());
    public static readonly UnitScope All = new(true, new HashSet<Guid>());

    public UnitScope(bool allUnits, IReadOnlySet<Guid> unitIds)
    {
        AllUnits = allUnits;
        UnitIds = unitIds;
    }

    public bool AllUnits { get; }

    public IReadOnlySet<Guid> UnitIds { get; }

    public bool IsEmpty => !AllUnits && UnitIds.Count == 0;

    public bool Contains(Guid? unitId) => AllUnits || (unitId is { } id && UnitIds.Contains(id));
}
