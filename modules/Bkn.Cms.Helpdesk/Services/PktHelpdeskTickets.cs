using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Pkt;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Tickets opened at a PKT counter for a walk-in visitor's question: the same writer as the public form (number from
/// the year's counter, routing to the category's team and the "tiket-baru" workflow through the content item, SLA from
/// the category and working calendar, queue counts), marked with the PKT channel. No captcha, NIK or rate limit: the
/// staff member is signed in and holds the PKT permission, checked by the console. The PKT case is the submission key,
/// so a case opens at most one ticket.
/// </summary>
public sealed partial class PktHelpdeskTickets(
    DbContext db,
    HelpdeskCatalog catalog,
    HelpdeskTicketWriter writer,
    HelpdeskSettings settings,
    StatusAccess status,
    TimeProvider time,
    ILogger<PktHelpdeskTickets> logger) : IPktHelpdeskTickets
{
    public async Task<IReadOnlyList<PktHelpdeskCategory>> CategoriesAsync(CancellationToken cancellationToken) =>
        await db.Set<HelpdeskCategory>().AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new PktHelpdeskCategory(c.Id, c.Name)).ToListAsync(cancellationToken);

    public async Task<PktHelpdeskResult> OpenAsync(PktHelpdeskRequest request, CancellationToken cancellationToken)
    {
        var key = "pkt:" + request.CaseKey;
        if (await HelpdeskQueries.NumberOfSubmission(db, key, cancellationToken) is { } existing)
        {
            return new PktHelpdeskResult(existing, Url(existing), null);
        }

        if (await catalog.ActiveCategoryAsync(db, request.CategoryId, cancellationToken) is not { } category)
        {
            return new PktHelpdeskResult(null, null, "Pilih kategori helpdesk yang tersedia.");
        }

        var question = request.Question?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(question))
        {
            return new PktHelpdeskResult(null, null, "Tulis pertanyaan tamu untuk tiket helpdesk.");
        }

        if (question.Length > IPktHelpdeskTickets.QuestionMaxLength)
        {
            return new PktHelpdeskResult(null, null, "Pertanyaan untuk helpdesk paling panjang 2.000 karakter.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var year = TimeZoneInfo.ConvertTimeFromUtc(now, settings.Zone).Year;
        var part = new TicketPart
        {
            Pertanyaan = question,
            Nip = request.Nip,
            Telepon = request.Phone,
            Kanal = TicketChannels.Pkt,
            KasusPkt = $"{request.CaseNumber} · {request.CaseDay:yyyy-MM-dd} · meja {request.DeskCode}",
        };
        var team = await catalog.TeamAsync(db, category.TeamId, cancellationToken);
        var draft = new IntakeDraft(category, part, team, [], "", "", now, key, now, year)
        {
            AuthorName = $"Petugas PKT {request.StaffName} (meja {request.DeskCode})",
            ByStaff = true,
        };
        var number = HelpdeskSql.FormatNumber(year, await writer.ReserveNumbersAsync(year, 1, cancellationToken));
        var result = await writer.WriteStaffAsync(draft, number, cancellationToken);
        if (!result.Repeated)
        {
            LogOpened(logger, result.Number!, category.Id);
        }

        return new PktHelpdeskResult(result.Number, Url(result.Number!), null);
    }

    public Task<string> VisitorStatusPathAsync(string number, CancellationToken cancellationToken) => status.LinkPathAsync(number, cancellationToken);

    private static string Url(string number) => "/admin/helpdesk/tiket/" + Uri.EscapeDataString(number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk ticket {Number} opened at a PKT counter in category {Category}")]
    private static partial void LogOpened(ILogger logger, string number, string category);
}
