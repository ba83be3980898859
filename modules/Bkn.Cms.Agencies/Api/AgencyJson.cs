using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;

namespace Bkn.Cms.Agencies.Api;

/// <summary>The API's shape of an agency.</summary>
public static class AgencyJson
{
    public static object Of(AgencyRecord a) => new
    {
        id = a.Id,
        code = a.Code,
        name = a.Name,
        shortName = a.ShortName,
        kind = a.Kind.ToString(),
        region = a.Region,
        parentId = a.ParentId,
        regionalOffice = a.RegionalOffice,
        trainingService = a.TrainingService,
        productionService = a.ProductionService,
        publicIpReady = a.PublicIpReady,
        status = a.Status == IntegrationStatus.Belum ? null : IntegrationRules.Label(a.Status),
        reconciled = a.Reconciled,
        referenceTables = a.ReferenceTables,
        integrated = a.Integrated,
        tabel5No = a.Tabel5No,
        kpoPilot = a.KpoPilot,
        updatedUtc = a.UpdatedUtc,
    };
}
