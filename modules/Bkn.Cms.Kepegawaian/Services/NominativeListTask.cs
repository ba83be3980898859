using Bkn.Cms.Agencies;
using Bkn.Cms.Hosting;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>
/// Generates the nominative lists of the participating agencies (Kepegawaian:Agencies, the pilot agencies by default)
/// for every period whose reconciliation window is open and that has no list yet. The workflow type
/// "kpo-daftar-nominatif" (module recipe) runs it from a daily timer through GenerateKpoNominativeListsTask.
/// </summary>
public static partial class NominativeListTask
{
    public static readonly string[] PilotAgencies = ["PROV-33", "PROV-35", "PROV-32", "PROV-34", "PROV-64", "PUSAT-PANRB", "PUSAT-BPPT"];

    /// <summary>Generates the missing lists; returns how many were made.</summary>
    public static async Task<int> RunOnceAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        var calendar = sp.GetRequiredService<PeriodCalendar>();
        var time = sp.GetRequiredService<TimeProvider>();
        var db = sp.GetRequiredService<DbContext>();
        var generator = sp.GetRequiredService<NominativeGenerator>();
        var configuration = sp.GetRequiredService<IConfiguration>();
        var codes = configuration.GetSection("Kepegawaian:Agencies").Get<string[]>() ?? PilotAgencies;
        var snapshot = await sp.GetRequiredService<IAgencyDirectory>().GetAsync(cancellationToken);
        var today = SiteTimeZone.Today(time, SiteTimeZone.From(configuration));
        var made = 0;
        foreach (var period in calendar.OpenWindows(today))
        {
            foreach (var agency in codes.Select(snapshot.FindByCode).OfType<AgencyInfo>())
            {
                if (!await db.Set<KpoDaftar>().AnyAsync(d => d.AgencyId == agency.Id && d.Period == period, cancellationToken))
                {
                    await generator.GenerateAsync(agency.Id, period, cancellationToken);
                    made++;
                }
            }
        }

        if (made > 0)
        {
            LogGenerated(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bkn.Cms.Kepegawaian"), made);
        }

        return made;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "KPO/PPO: {Count} nominative lists generated for open reconciliation windows.")]
    private static partial void LogGenerated(ILogger logger, int count);
}
