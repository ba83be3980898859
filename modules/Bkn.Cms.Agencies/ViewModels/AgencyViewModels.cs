using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;

namespace Bkn.Cms.Agencies.ViewModels;

/// <summary>One agency with its parent, children and integration history.</summary>
public sealed class AgencyDetailViewModel
{
    public required AgencyRecord Agency { get; init; }

    public AgencyRecord? Parent { get; init; }

    public int Children { get; init; }

    public required IReadOnlyList<AgencyStatusChange> History { get; init; }

    public bool CanManage { get; init; }
}

/// <summary>The edit form of an agency.</summary>
public sealed class AgencyEditViewModel
{
    public Guid? Id { get; set; }

    public AgencyEdit Edit { get; set; } = new();

    public Dictionary<string, string> Errors { get; set; } = [];

    public bool CanEditIdentity { get; set; }
}

/// <summary>Share of integrated agencies in a group.</summary>
public sealed record ShareRow(string Label, int Total, int Integrated, int Training, int Production)
{
    public decimal Percent => IntegrationRules.ShareExact(Integrated, Total);
}

/// <summary>The dashboard: the year's target against the realised share, and the breakdowns behind the charts.</summary>
public sealed class AgencyDashboardViewModel
{
    public int Year { get; init; }

    public int? TargetPercent { get; init; }

    public required ShareRow Overall { get; init; }

    public required IReadOnlyList<ShareRow> ByGroup { get; init; }

    public required IReadOnlyList<ShareRow> ByOffice { get; init; }

    public required IReadOnlyList<(string Label, int Count)> ByStatus { get; init; }

    public required IReadOnlyList<AgencyTarget> Targets { get; init; }

    public bool CanSetTarget { get; init; }

    public bool Scoped { get; init; }
}

/// <summary>The import preview: every row with its errors, and the valid rows to confirm.</summary>
public sealed class AgencyImportViewModel
{
    public IReadOnlyList<AgencyImportRow> Rows { get; init; } = [];

    public string? Payload { get; init; }

    public string? FileName { get; init; }

    public int Valid => Rows.Count(r => r.Valid);

    public int Invalid => Rows.Count(r => !r.Valid);
}
