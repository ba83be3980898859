using Bkn.Cms.Agencies;
using Bkn.Cms.WebService.Models;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.WebService.Api;

/// <summary>The authenticated client of the current API call (set by <see cref="WsGate"/>).</summary>
public sealed record WsCaller(WsClient Client)
{
    private const string ItemKey = "ws.caller";
    private const string RecordsKey = "ws.records";
    private const string RefusalKey = "ws.refusal";

    public Guid AgencyId => Client.AgencyId;

    /// <summary>Training clients read the synthetic records only, production clients the real ones.</summary>
    public PersonnelDataset Dataset => Client.Environment == WsEnvironment.Training ? PersonnelDataset.Training : PersonnelDataset.Production;

    public static WsCaller Get(HttpContext context) => (WsCaller)context.Items[ItemKey]!;

    public static WsCaller? Find(HttpContext context) => context.Items[ItemKey] as WsCaller;

    public void Set(HttpContext context) => context.Items[ItemKey] = this;

    /// <summary>Records the number of records an answer carries, for the audit.</summary>
    public static void SetRecords(HttpContext context, int count) => context.Items[RecordsKey] = count;

    public static int GetRecords(HttpContext context) => context.Items[RecordsKey] is int n ? n : 0;

    public static void SetRefusal(HttpContext context, string refusal) => context.Items[RefusalKey] = refusal;

    public static string? GetRefusal(HttpContext context) => context.Items[RefusalKey] as string;
}
