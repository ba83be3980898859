using Bkn.Cms.Contents.Services;
using Bkn.Cms.Pkt.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>The SKM survey after service: one per ticket, nine elements on the 1–4 scale.</summary>
public sealed class PktSurveys(DbContext db, SiteClock clock, TimeProvider time)
{
    public const string AlreadyAnswered = "Survei untuk tiket ini sudah diisi. Terima kasih atas penilaian Anda.";

    public Task<bool> AnsweredAsync(long ticketId, CancellationToken cancellationToken) =>
        db.Set<PktSurvey>().AnyAsync(s => s.TicketId == ticketId, cancellationToken);

    public async Task<PktSurvey> SubmitAsync(PktTicket ticket, IReadOnlyList<int?> values, CancellationToken cancellationToken)
    {
        if (ticket.Status != PktTicketStatus.Done)
        {
            throw new PktException("Survei dapat diisi setelah layanan di loket selesai.");
        }

        if (values.Count != PktSkm.Elements.Length || values.Any(v => v is not (>= 1 and <= 4)))
        {
            throw new PktException("Beri nilai 1–4 untuk kesembilan unsur pelayanan.");
        }

        if (await AnsweredAsync(ticket.Id, cancellationToken))
        {
            throw new PktException(AlreadyAnswered);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var v = values.Select(x => x!.Value).ToArray();
        var survey = new PktSurvey
        {
            TicketId = ticket.Id,
            CounterCode = ticket.CounterCode,
            ServiceId = ticket.ServiceId,
            SubmittedUtc = now,
            Month = clock.ToLocal(now).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            U1 = v[0], U2 = v[1], U3 = v[2], U4 = v[3], U5 = v[4], U6 = v[5], U7 = v[6], U8 = v[7], U9 = v[8],
        };
        db.Add(survey);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same ticket answered twice at the same instant: the unique index keeps one.
            db.Entry(survey).State = EntityState.Detached;
            throw new PktException(AlreadyAnswered);
        }

        return survey;
    }
}
