using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Anonymises tickets closed longer than the retention period (default 365 days): personal fields are removed from
/// every stored version of the ticket document and from the queue row, the applicant's messages are blanked and the
/// scans deleted. Operators' answers stay for the reports and the FAQ.
/// </summary>
public sealed partial class HelpdeskRetention(DbContext db, HelpdeskSettings settings, ScanStore scans, TimeProvider time, ILogger<HelpdeskRetention> logger)
{
    public const string Removed = "[dianonimkan]";
    private const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-settings.RetentionDays);
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await db.Set<HelpdeskTicket>()
                .Where(t => t.Status == TicketStatus.Ditutup && t.ClosedUtc != null && t.ClosedUtc < cutoff && t.AnonymisedUtc == null)
                .OrderBy(t => t.ClosedUtc).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(t => t.Id).ToList();
            var contentIds = batch.Select(t => t.ContentItemId).ToList();
            var files = await db.Set<HelpdeskAttachment>().Where(a => ids.Contains(a.TicketId)).Select(a => a.StoragePath).ToListAsync(cancellationToken);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var ticket in batch)
                {
                    ticket.NikHash = null;
                    ticket.NikMasked = null;
                    ticket.ApplicantName = null;
                    ticket.Email = null;
                    ticket.Summary = Removed;
                    ticket.AttachmentCount = 0;
                    ticket.AnonymisedUtc = now;
                }

                await db.SaveChangesAsync(cancellationToken);
                await db.Set<HelpdeskMessage>().Where(m => ids.Contains(m.TicketId) && m.Kind == MessageKind.Applicant)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, Removed), cancellationToken);
                await db.Set<HelpdeskAttachment>().Where(a => ids.Contains(a.TicketId)).ExecuteDeleteAsync(cancellationToken);
                await AnonymiseDocumentsAsync(contentIds, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            foreach (var file in files)
            {
                scans.Delete(file);
            }

            total += batch.Count;
            db.ChangeTracker.Clear();
        }

        if (total > 0)
        {
            LogAnonymised(logger, total);
        }

        return total;
    }

    /// <summary>Rewrites the TicketPart of every version row in place (a new version would leave the data in the old one).</summary>
    private async Task AnonymiseDocumentsAsync(List<string> contentItemIds, CancellationToken cancellationToken)
    {
        foreach (var id in contentItemIds)
        {
            var versions = await db.Database
                .SqlQueryRaw<DocumentRow>("SELECT \"Id\", CAST(\"Data\" AS TEXT) AS \"Data\" FROM \"ContentItems\" WHERE \"ContentItemId\" = {0}", id)
                .ToListAsync(cancellationToken);
            foreach (var version in versions)
            {
                var data = JsonNode.Parse(version.Data) as JsonObject ?? [];
                if (data[nameof(TicketPart)] is JsonObject part)
                {
                    foreach (var field in new[] { "Nik", "NomorKk", "Nama", "TempatLahir", "TanggalLahir", "PertanyaanPengaman", "JawabanPengaman", "Instansi", "Pertanyaan", "Email", "Nip", "Telepon" })
                    {
                        part.Remove(field);
                    }

                    part["Anonymised"] = true;
                }

                var json = data.ToJsonString(ContentItem.JsonOptions);
                var sql = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
                    ? "UPDATE \"ContentItems\" SET \"Data\" = CAST({0} AS jsonb), \"RowVersion\" = \"RowVersion\" + 1 WHERE \"Id\" = {1}"
                    : "UPDATE \"ContentItems\" SET \"Data\" = {0}, \"RowVersion\" = \"RowVersion\" + 1 WHERE \"Id\" = {1}";
                await db.Database.ExecuteSqlRawAsync(sql, [json, version.Id], cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk retention anonymised {Count} tickets")]
    private static partial void LogAnonymised(ILogger logger, int count);
}
