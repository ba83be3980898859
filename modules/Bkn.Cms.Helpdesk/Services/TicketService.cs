using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Every change to a ticket after intake: claim, assign, reply, note, status, merge, the applicant's reply, reopen and
/// rating. Each runs in one transaction; a concurrent status change is refused instead of overwritten, and the
/// per-status counts move in the same transaction.
/// </summary>
public sealed partial class TicketService(DbContext db, HelpdeskSettings settings, IHelpdeskMailer mailer, StatusAccess access, TimeProvider time, ILogger<TicketService> logger)
{
    public const string ContentType = "HelpdeskTicket";

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<HelpdeskTicket?> FindAsync(string number, CancellationToken cancellationToken) =>
        db.Set<HelpdeskTicket>().FirstOrDefaultAsync(t => t.Number == number, cancellationToken);

    public Task<HelpdeskTicket?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        db.Set<HelpdeskTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task ClaimAsync(long ticketId, HelpdeskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, actor, async ticket =>
        {
            if (ticket.AssigneeId is not null && ticket.AssigneeId != actor.Id)
            {
                throw new HelpdeskException($"Tiket {ticket.Number} sudah diambil oleh {ticket.AssigneeName}.");
            }

            ticket.AssigneeId = actor.Id;
            ticket.AssigneeName = actor.Name;
            AddMessage(ticket, MessageKind.System, actor, $"Diambil oleh {actor.Name}.");
            if (ticket.Status == TicketStatus.Baru)
            {
                await SetStatusAsync(ticket, TicketStatus.Diterima, actor, cancellationToken);
            }
        }, cancellationToken);

    public Task AssignAsync(long ticketId, string? assigneeId, string? assigneeName, string? teamId, HelpdeskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, actor, async ticket =>
        {
            if (teamId is not null && teamId != ticket.TeamId)
            {
                if (!await db.Set<HelpdeskTeam>().AnyAsync(t => t.Id == teamId, cancellationToken))
                {
                    throw new HelpdeskException("Tim tidak dikenal.");
                }

                await HelpdeskSql.MoveCountAsync(db, ticket.TeamId, ticket.Status, teamId, ticket.Status, cancellationToken);
                AddMessage(ticket, MessageKind.System, actor, $"Dipindahkan ke tim {teamId}.");
                ticket.TeamId = teamId;
            }

            if (assigneeId != ticket.AssigneeId)
            {
                ticket.AssigneeId = string.IsNullOrEmpty(assigneeId) ? null : assigneeId;
                ticket.AssigneeName = ticket.AssigneeId is null ? null : assigneeName;
                AddMessage(ticket, MessageKind.System, actor, ticket.AssigneeId is null ? "Penugasan dilepas." : $"Ditugaskan kepada {assigneeName}.");
                if (ticket.AssigneeId is not null && ticket.Status == TicketStatus.Baru)
                {
                    await SetStatusAsync(ticket, TicketStatus.Diterima, actor, cancellationToken);
                }
            }
        }, cancellationToken);

    /// <summary>A public answer; the ticket becomes Dijawab unless another status is chosen (e.g. Menunggu Pelamar for a question back).</summary>
    public Task ReplyAsync(long ticketId, string body, TicketStatus? status, HelpdeskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, actor, async ticket =>
        {
            var text = CheckBody(body);
            AddMessage(ticket, MessageKind.Reply, actor, text);
            ticket.FirstResponseUtc ??= Now;
            if (ticket.AssigneeId is null && actor.Id is not null)
            {
                ticket.AssigneeId = actor.Id;
                ticket.AssigneeName = actor.Name;
            }

            await SetStatusAsync(ticket, status ?? TicketStatus.Dijawab, actor, cancellationToken);
            if (ticket.Email is { } email)
            {
                await mailer.SendAsync(
                    new HelpdeskMail(email, $"Jawaban tiket {ticket.Number}", $"Tiket helpdesk {ticket.Number} telah dijawab oleh petugas.\n\nBaca jawabannya di tautan pribadi berikut (jangan dibagikan):\n{await access.LinkAsync(ticket.Number, cancellationToken)}\n\nAtau buka halaman Cek Status Tiket dengan nomor tiket dan NIK Anda.\n\nHelpdesk SSCN — Badan Kepegawaian Negara"),
                    cancellationToken);
            }
        }, cancellationToken);

    public Task AddNoteAsync(long ticketId, string body, HelpdeskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, actor, _ =>
        {
            AddMessage(_, MessageKind.InternalNote, actor, CheckBody(body));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ChangeStatusAsync(long ticketId, TicketStatus status, HelpdeskActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, actor, ticket => SetStatusAsync(ticket, status, actor, cancellationToken), cancellationToken);

    /// <summary>Closes <paramref name="duplicateId"/> as a duplicate of <paramref name="targetId"/>, keeping both threads.</summary>
    public async Task MergeAsync(long duplicateId, long targetId, HelpdeskActor actor, CancellationToken cancellationToken)
    {
        if (duplicateId == targetId)
        {
            throw new HelpdeskException("Tiket tidak dapat digabung dengan dirinya sendiri.");
        }

        var target = await db.Set<HelpdeskTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken)
            ?? throw new HelpdeskException("Tiket tujuan tidak ditemukan.");
        await ChangeAsync(duplicateId, actor, async ticket =>
        {
            if (ticket.Status == TicketStatus.Ditutup)
            {
                throw new HelpdeskException($"Tiket {ticket.Number} sudah ditutup.");
            }

            ticket.MergedInto = target.Number;
            ticket.DuplicateFlag = false;
            AddMessage(ticket, MessageKind.System, actor, $"Digabung ke tiket {target.Number}.");
            db.Add(new HelpdeskMessage { TicketId = target.Id, Kind = MessageKind.System, AuthorId = actor.Id, AuthorName = actor.Name, Body = $"Tiket {ticket.Number} digabung ke tiket ini.", CreatedUtc = Now });
            await SetStatusAsync(ticket, TicketStatus.Ditutup, actor, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The applicant writes back (from the status page); a ticket waiting for them or answered goes back to Diproses.</summary>
    public Task ApplicantReplyAsync(long ticketId, string body, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, HelpdeskActor.Applicant, async ticket =>
        {
            if (ticket.Status == TicketStatus.Ditutup)
            {
                throw new HelpdeskException("Tiket sudah ditutup. Buka kembali tiket bila masih dalam batas waktu, atau buat tiket baru.");
            }

            if (string.IsNullOrWhiteSpace(body) || body.Trim().Length > HelpdeskForms.QuestionMaxLength)
            {
                throw new HelpdeskException($"Balasan wajib diisi, paling banyak {HelpdeskForms.QuestionMaxLength} karakter.");
            }

            AddMessage(ticket, MessageKind.Applicant, HelpdeskActor.Applicant, body.Trim());
            if (ticket.Status is TicketStatus.MenungguPelamar or TicketStatus.Dijawab)
            {
                await SetStatusAsync(ticket, TicketStatus.Diproses, HelpdeskActor.Applicant, cancellationToken);
            }
        }, cancellationToken);

    public bool CanReopen(HelpdeskTicket ticket) =>
        ticket.Status is TicketStatus.Dijawab or TicketStatus.Ditutup && ticket.MergedInto is null && ticket.AnonymisedUtc is null
        && (ticket.AnsweredUtc ?? ticket.ClosedUtc) is { } since && since.AddDays(settings.ReopenDays) >= Now;

    public Task ReopenAsync(long ticketId, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, HelpdeskActor.Applicant, async ticket =>
        {
            if (!CanReopen(ticket))
            {
                throw new HelpdeskException($"Tiket hanya dapat dibuka kembali dalam {settings.ReopenDays} hari setelah dijawab.");
            }

            ticket.ReopenCount++;
            AddMessage(ticket, MessageKind.Applicant, HelpdeskActor.Applicant, string.IsNullOrWhiteSpace(reason) ? "Pelamar membuka kembali tiket." : reason.Trim()[..Math.Min(reason.Trim().Length, HelpdeskForms.QuestionMaxLength)]);
            await SetStatusAsync(ticket, TicketStatus.Diproses, HelpdeskActor.Applicant, cancellationToken);
        }, cancellationToken);

    public Task RateAsync(long ticketId, int rating, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, HelpdeskActor.Applicant, ticket =>
        {
            if (rating is < 1 or > 4)
            {
                throw new HelpdeskException("Pilih penilaian 1 sampai 4.");
            }

            if (ticket.Status is not (TicketStatus.Dijawab or TicketStatus.Ditutup))
            {
                throw new HelpdeskException("Jawaban dapat dinilai setelah tiket dijawab.");
            }

            ticket.Rating = rating;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Changes the status with the SLA rules and the counts; the caller saves.</summary>
    public async Task SetStatusAsync(HelpdeskTicket ticket, TicketStatus status, HelpdeskActor actor, CancellationToken cancellationToken)
    {
        var from = ticket.Status;
        if (from == status)
        {
            return;
        }

        var slaHours = await db.Set<HelpdeskCategory>().Where(c => c.Id == ticket.CategoryId).Select(c => (int?)c.SlaHours).FirstOrDefaultAsync(cancellationToken) ?? 48;
        ticket.Status = status;
        SlaPolicy.OnStatusChange(ticket, from, status, Now, slaHours, settings.Calendar);
        await HelpdeskSql.MoveCountAsync(db, ticket.TeamId, from, ticket.TeamId, status, cancellationToken);
        AddMessage(ticket, MessageKind.System, actor, $"Status: {TicketStatuses.Label(from)} → {TicketStatuses.Label(status)}.");
    }

    public void AddMessage(HelpdeskTicket ticket, MessageKind kind, HelpdeskActor actor, string body)
    {
        db.Add(new HelpdeskMessage { TicketId = ticket.Id, Kind = kind, AuthorId = actor.Id, AuthorName = actor.Name, Body = body, CreatedUtc = Now });
        ticket.LastActivityUtc = Now;
    }

    /// <summary>Loads the ticket, applies <paramref name="change"/> and saves, all in one transaction.</summary>
    public async Task ChangeAsync(long ticketId, HelpdeskActor actor, Func<HelpdeskTicket, Task> change, CancellationToken cancellationToken)
    {
        var owns = db.Database.CurrentTransaction is null;
        var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Find: a ticket this context already tracks (one just written by the intake, routed in the same transaction) is
            // the current one; others are loaded.
            var ticket = await db.Set<HelpdeskTicket>().FindAsync([ticketId], cancellationToken)
                ?? throw new HelpdeskException("Tiket tidak ditemukan.");
            if (ticket.AnonymisedUtc is not null && actor != HelpdeskActor.System)
            {
                throw new HelpdeskException("Tiket sudah dianonimkan dan tidak dapat diubah.");
            }

            await change(ticket);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            LogChanged(logger, ticket.Id);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            await RollbackAsync(transaction);
            throw new HelpdeskException("Tiket baru saja diubah orang lain. Muat ulang lalu coba lagi.", exception);
        }
        catch
        {
            await RollbackAsync(transaction);
            throw;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private async Task RollbackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }
    }

    private static string CheckBody(string? body)
    {
        var text = body?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            throw new HelpdeskException("Teks wajib diisi.");
        }

        return text.Length > 5000 ? throw new HelpdeskException("Teks paling banyak 5000 karakter.") : text;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Helpdesk ticket {TicketId} changed")]
    private static partial void LogChanged(ILogger logger, long ticketId);
}
