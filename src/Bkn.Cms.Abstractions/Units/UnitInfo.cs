namespace Bkn.Cms.Units;

/// <summary>An organisational unit (Unit Kerja) as the rest of the platform sees it.</summary>
public sealed record UnitInfo(Guid Id, Guid? ParentId, string Code, string Name, string Kind, int Depth);
