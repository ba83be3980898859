using Bkn.Cms.Agencies.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Services;

/// <summary>Filters of the registry list, the export and the API.</summary>
public sealed record AgencyFilter
{
    public string? Search { get; init; }

    public AgencyKind? Kind { get; init; }

    public string? Region { get; init; }

    public string? RegionalOffice { get; init; }

    /// <summary>"terintegrasi", "belum", "training", "production" or a status name (Implementasi …).</summary>
    public string? Integration { get; init; }

    public bool Tabel5Only { get; init; }
}

/// <summary>The registry filtered by what the user may see (own agency for agency users) and by the list filters.</summary>
public static class AgencyQuery
{
    public static IQueryable<AgencyRecord> Scoped(DbContext db, AgencyScope scope)
    {
        var query = db.Set<AgencyRecord>().AsNoTracking();
        if (scope.AllAgencies)
        {
            return query;
        }

        var ids = scope.AgencyIds.ToList();
        return query.Where(a => ids.Contains(a.Id));
    }

    public static IQueryable<AgencyRecord> Filter(IQueryable<AgencyRecord> query, AgencyFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToUpperInvariant();
            query = query.Where(a => a.Name.ToUpper().Contains(term) || a.Code.ToUpper().Contains(term) || a.ShortName.ToUpper().Contains(term));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            query = query.Where(a => a.Region == filter.Region);
        }

        if (!string.IsNullOrWhiteSpace(filter.RegionalOffice))
        {
            query = query.Where(a => a.RegionalOffice == filter.RegionalOffice);
        }

        if (filter.Tabel5Only)
        {
            query = query.Where(a => a.Tabel5No != null);
        }

        query = filter.Integration switch
        {
            "terintegrasi" => query.Where(a => a.Reconciled && (a.ProductionService || a.ReferenceTables)),
            "belum" => query.Where(a => !(a.Reconciled && (a.ProductionService || a.ReferenceTables))),
            "training" => query.Where(a => a.TrainingService),
            "production" => query.Where(a => a.ProductionService),
            "implementasi" => query.Where(a => a.Status == IntegrationStatus.Implementasi),
            "koordinasi" => query.Where(a => a.Status == IntegrationStatus.KoordinasiPenyiapanIpPublic),
            "implementasi-ip" => query.Where(a => a.Status == IntegrationStatus.ImplementasiPenyiapanIpPublic),
            _ => query,
        };
        return query;
    }

    public static IOrderedQueryable<AgencyRecord> Ordered(IQueryable<AgencyRecord> query) =>
        query.OrderBy(a => a.Kind).ThenBy(a => a.Name).ThenBy(a => a.Code);
}
