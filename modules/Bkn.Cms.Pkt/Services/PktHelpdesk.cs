using System.Globalization;
using Bkn.Cms.Features;
using Bkn.Cms.Pkt.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>
/// Opens a helpdesk ticket from a PKT case for the visitor's question, through <see cref="IPktHelpdeskTickets"/> (the
/// helpdesk module implements it; PKT does not reference that module). Offered only when an implementation is
/// registered and its feature is on for the counter's unit.
/// </summary>
public sealed class PktHelpdesk(DbContext db, PktQueue queue, IFeatureChecker features, IEnumerable<IPktHelpdeskTickets> helpdesks)
{
    /// <summary>Why the console offers no helpdesk ticket for this unit, shown instead of the button.</summary>
    public const string OffText = "Tiket helpdesk tidak tersedia di loket ini: fitur Helpdesk tidak aktif untuk unit loket ini. Minta pengelola unit mengaktifkannya di Fitur Unit.";

    /// <summary>The helpdesk for a counter's unit, or null when none is installed or its feature is off for the unit.</summary>
    public IPktHelpdeskTickets? For(Guid? unitId) =>
        helpdesks.FirstOrDefault(h => features.FeatureOf(h.GetType()) is not { } feature || features.IsEnabledForUnit(feature, unitId));

    /// <summary>
    /// The visitor's page of the helpdesk ticket their case opened (null when it opened none, or when the helpdesk is
    /// no longer on for the counter's unit: the number alone is then shown).
    /// </summary>
    public async Task<string?> VisitorStatusPathAsync(PktTicket ticket, PktCounter counter, CancellationToken cancellationToken) =>
        ticket.HelpdeskTicketNumber is { } number && For(counter.UnitId) is { } helpdesk
            ? await helpdesk.VisitorStatusPathAsync(number, cancellationToken)
            : null;

    /// <summary>
    /// Opens the ticket for a case of this desk today (being served, or finished here) and records its number on the
    /// case, both in one transaction: the case never shows a ticket that was not written, nor is a ticket written for a
    /// case that does not record it. A case opens one ticket; a second attempt is refused with the first one's number.
    /// </summary>
    public async Task<PktTicket> OpenAsync(PktDesk desk, long caseId, string userName, string? categoryId, string? question, CancellationToken cancellationToken)
    {
        var counter = await db.Set<PktCounter>().AsNoTracking().FirstAsync(c => c.Code == desk.CounterCode, cancellationToken);
        var helpdesk = For(counter.UnitId) ?? throw new PktException(OffText);
        var today = queue.Today;
        var ticket = await db.Set<PktTicket>().FirstOrDefaultAsync(
            t => t.Id == caseId && t.DeskCode == desk.Code && t.Day == today
                && (t.Status == PktTicketStatus.Called || t.Status == PktTicketStatus.Serving || t.Status == PktTicketStatus.Done),
            cancellationToken) ?? throw new PktException("Kasus ini tidak ada di meja {0} hari ini.", desk.Code);
        if (ticket.HelpdeskTicketNumber is not null)
        {
            throw new PktException("Kasus {0} sudah punya tiket helpdesk {1}.", ticket.Number, ticket.HelpdeskTicketNumber);
        }

        question = question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            throw new PktException("Tulis pertanyaan tamu untuk tiket helpdesk.");
        }

        if (question.Length > IPktHelpdeskTickets.QuestionMaxLength)
        {
            throw new PktException("Pertanyaan untuk helpdesk paling panjang 2.000 karakter.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var request = new PktHelpdeskRequest(ticket.Id.ToString(CultureInfo.InvariantCulture), ticket.Number, ticket.Day, categoryId ?? "", question, ticket.Nip, ticket.Phone, desk.Code, userName);
            var result = await helpdesk.OpenAsync(request, cancellationToken);
            if (!result.Succeeded)
            {
                throw new PktException(result.Error!);
            }

            ticket.HelpdeskTicketNumber = result.Number;
            ticket.HelpdeskTicketUrl = result.Url;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ticket;
        }
        catch (DbUpdateException)
        {
            // Another click on the same case wrote its ticket at the same moment (the case is the ticket's unique key).
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw new PktException("Tiket helpdesk kasus ini baru saja dibuat dari permintaan lain. Muat ulang halaman untuk melihatnya.");
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
