using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Indexes;

/// <summary>
/// Keeps the queue row's copy of the submission (masked NIK, its hash, name, e-mail) in step with the TicketPart, and
/// creates a row in Baru for tickets that arrive by another path (content API, recipe import).
/// </summary>
public sealed class HelpdeskTicketIndexProvider(HelpdeskSecrets secrets, TimeProvider time) : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) => definition.HasPart(nameof(TicketPart));

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var part = latest?.As<TicketPart>();
        var row = HelpdeskQueries.Tracked(db, t => t.ContentItemId == contentItemId) ?? await HelpdeskQueries.TicketByContentItem(db, contentItemId, cancellationToken);
        if (part is null || string.IsNullOrEmpty(part.Number))
        {
            return;
        }

        var key = await secrets.KeyAsync(cancellationToken);
        if (row is null)
        {
            var category = await db.Set<HelpdeskCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == part.CategoryId, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            row = new HelpdeskTicket
            {
                Number = part.Number,
                ContentItemId = contentItemId,
                SubmissionKey = contentItemId,
                CategoryId = part.CategoryId,
                TeamId = category?.TeamId ?? "",
                UnitId = latest!.UnitId,
                Status = TicketStatus.Baru,
                Summary = category?.Name ?? part.CategoryId,
                CreatedUtc = latest.CreatedUtc ?? now,
                LastActivityUtc = now,
            };
            SlaPolicy.Start(row, row.CreatedUtc, category?.SlaHours ?? 48, WorkingCalendar.AllHours);
            db.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            await HelpdeskSql.AddCountAsync(db, row.TeamId, row.Status, 1, cancellationToken);
        }

        row.NikHash = part.Nik is null ? null : HelpdeskSecrets.NikHash(key, part.Nik);
        row.NikMasked = part.Nik is null ? null : NikRules.Mask(part.Nik);
        row.ApplicantName = part.Nama;
        row.Email = part.Email;
        await db.SaveChangesAsync(cancellationToken);
    }
}
