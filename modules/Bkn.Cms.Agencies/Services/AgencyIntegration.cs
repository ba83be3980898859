using Bkn.Cms.Agencies.Models;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// <see cref="IAgencyIntegration"/>: sets integration columns of one agency for the web service's onboarding, keeping
/// each changed column in the history (as <see cref="AgencyRegistry"/> does), inside the caller's transaction; the
/// registry stamp is bumped when that transaction commits.
/// </summary>
public sealed class AgencyIntegration(DbContext db, TimeProvider time) : IAgencyIntegration
{
    public async Task UpdateAsync(Guid agencyId, AgencyIntegrationUpdate update, string userName, CancellationToken cancellationToken = default)
    {
        var record = await db.Set<AgencyRecord>().FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken)
            ?? throw new AgencyRegistryException("Instansi tidak ditemukan di registri.");
        var now = time.GetUtcNow().UtcDateTime;
        static string YesNo(bool b) => b ? "Ya" : "Tidak";
        void Change(string field, string old, string @new)
        {
            if (old != @new)
            {
                db.Set<AgencyStatusChange>().Add(new AgencyStatusChange { AgencyId = record.Id, ChangedUtc = now, UserName = userName, Field = field, OldValue = old, NewValue = @new });
            }
        }

        if (update.TrainingService is { } training)
        {
            Change("Training service", YesNo(record.TrainingService), YesNo(training));
            record.TrainingService = training;
        }

        if (update.ProductionService is { } production)
        {
            Change("Production service", YesNo(record.ProductionService), YesNo(production));
            record.ProductionService = production;
        }

        if (update.PublicIpReady is { } ready)
        {
            Change("IP Public siap", YesNo(record.PublicIpReady), YesNo(ready));
            record.PublicIpReady = ready;
        }

        if (update.Implementation)
        {
            Change("Status", IntegrationRules.Label(record.Status), IntegrationRules.Label(IntegrationStatus.Implementasi));
            record.Status = IntegrationStatus.Implementasi;
        }

        record.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await Stamps.BumpOnCommitAsync(db, AgencyStamp.Name, cancellationToken);
    }
}
