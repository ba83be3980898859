using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Writes intake drafts as tickets. A ticket is its content item (created through the content manager, so the content
/// handlers, the routing workflow, the audit trail and the indexes run as for any content), its queue row, the
/// applicant's first message, its scans and the used captcha nonce. <see cref="HelpdeskIntakeWriter"/> hands it a
/// batch of drafts for one transaction (group commit) and falls back to one transaction per draft if the batch fails.
/// </summary>
public sealed class HelpdeskTicketWriter(DbContext db, IContentManager contents, HelpdeskSettings settings)
{
    public static readonly IntakeResult CaptchaUsed = new(null, new Dictionary<string, string> { [nameof(ViewModels.HelpdeskFormInput.CaptchaAnswer)] = "Pertanyaan keamanan ini sudah dipakai. Jawab pertanyaan yang baru." });

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    /// <summary>
    /// Takes the next <paramref name="count"/> numbers of a year and returns the first. Autocommitted, outside the tickets'
    /// transaction: the year's counter row is the one row every submission needs, and locked until a batch commits it
    /// would serialise the writers. A draft that is not written leaves a gap in the numbers, never a duplicate.
    /// </summary>
    public async Task<long> ReserveNumbersAsync(int year, int count, CancellationToken cancellationToken) =>
        await HelpdeskSql.ReserveNumbersAsync(db, year, count, cancellationToken) - count + 1;

    /// <summary>
    /// Writes the drafts in one transaction and returns one result per draft, in order. A draft whose submission key is
    /// already written (or repeated earlier in the batch) gets that ticket's number; a draft whose captcha nonce is already
    /// used (by another form, or burnt by a wrong answer) fails alone. Any other error rolls the whole batch back and is thrown.
    /// </summary>
    public async Task<IntakeResult[]> WriteAsync(IReadOnlyList<(IntakeDraft Draft, string Number)> batch, CancellationToken cancellationToken)
    {
        var results = new IntakeResult[batch.Count];
        var keys = batch.Select(b => b.Draft.SubmissionKey).Distinct().ToList();
        var nonces = batch.Select(b => b.Draft.CaptchaNonce).Distinct().ToList();
        var hashes = batch.Select(b => b.Draft.NikHash).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Nonces first, then submission keys. Under READ COMMITTED (PostgreSQL) each statement sees what has committed
            // before it starts, and a form's nonce and its ticket commit together. Read in the other order, a double post
            // written by the other writer (or node) between the two statements looked like "key unknown, nonce used" and
            // got the captcha error instead of its ticket; in this order a used nonce whose form was written always finds
            // that ticket.
            var usedNonces = (await db.Set<HelpdeskCaptchaUse>().AsNoTracking()
                .Where(u => nonces.Contains(u.Nonce)).Select(u => u.Nonce).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var written = await db.Set<HelpdeskTicket>().AsNoTracking()
                .Where(t => keys.Contains(t.SubmissionKey))
                .ToDictionaryAsync(t => t.SubmissionKey, t => t.Number, cancellationToken);
            var open = (await db.Set<HelpdeskTicket>().AsNoTracking()
                .Where(t => hashes.Contains(t.NikHash!) && t.Status != TicketStatus.Ditutup && t.Status != TicketStatus.Dijawab)
                .Select(t => new { t.NikHash, t.CategoryId }).ToListAsync(cancellationToken))
                .Select(t => (t.NikHash!, t.CategoryId)).ToHashSet();

            for (var i = 0; i < batch.Count; i++)
            {
                var (draft, number) = batch[i];
                if (written.TryGetValue(draft.SubmissionKey, out var existing))
                {
                    results[i] = new IntakeResult(existing, NoErrors, Repeated: true);
                    continue;
                }

                if (!usedNonces.Add(draft.CaptchaNonce))
                {
                    results[i] = CaptchaUsed;
                    continue;
                }

                // The same applicant with an open ticket of the same category (earlier, or earlier in this batch).
                var duplicate = !open.Add((draft.NikHash, draft.Category.Id));
                await AddAsync(draft, number, duplicate, cancellationToken);
                written[draft.SubmissionKey] = number;
                results[i] = new IntakeResult(number, NoErrors);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Writes one draft in its own transaction. A unique-key conflict means another node wrote the same form (or used the
    /// captcha) at the same moment: the answer is then that ticket's number, or the captcha error.
    /// </summary>
    public async Task<IntakeResult> WriteOneAsync(IntakeDraft draft, string number, CancellationToken cancellationToken)
    {
        try
        {
            return (await WriteAsync([(draft, number)], cancellationToken))[0];
        }
        catch (DbUpdateException)
        {
            var existing = await HelpdeskQueries.NumberOfSubmission(db, draft.SubmissionKey, cancellationToken);
            return existing is null ? CaptchaUsed : new IntakeResult(existing, NoErrors, Repeated: true);
        }
    }

    /// <summary>
    /// Writes a draft staff wrote down for a visitor (a PKT counter): no captcha, no NIK, no rate limit, the number
    /// already reserved. It joins the caller's transaction when there is one (the caller commits), else runs in its own.
    /// A draft whose submission key is already written returns that ticket's number and writes nothing.
    /// </summary>
    public async Task<IntakeResult> WriteStaffAsync(IntakeDraft draft, string number, CancellationToken cancellationToken)
    {
        var owns = db.Database.CurrentTransaction is null;
        var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (await HelpdeskQueries.NumberOfSubmission(db, draft.SubmissionKey, cancellationToken) is { } existing)
            {
                return new IntakeResult(existing, NoErrors, Repeated: true);
            }

            await AddAsync(draft, number, duplicate: false, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return new IntakeResult(number, NoErrors);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }

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

    private async Task AddAsync(IntakeDraft draft, string number, bool duplicate, CancellationToken cancellationToken)
    {
        var (category, part, team, now) = (draft.Category, draft.Part, draft.Team, draft.CreatedUtc);
        if (!draft.ByStaff)
        {
            db.Add(new HelpdeskCaptchaUse { Nonce = draft.CaptchaNonce, ExpiresUtc = draft.CaptchaExpiresUtc });
        }

        part.Number = number;
        part.CategoryId = category.Id;
        var ticket = new HelpdeskTicket
        {
            Number = number,
            SubmissionKey = draft.SubmissionKey,
            CategoryId = category.Id,
            TeamId = category.TeamId,
            UnitId = team?.UnitId,
            Status = TicketStatus.Baru,
            NikHash = part.Nik is null && draft.ByStaff ? null : draft.NikHash,
            NikMasked = part.Nik is null && draft.ByStaff ? null : NikRules.Mask(part.Nik),
            ApplicantName = part.Nama,
            Email = part.Email,
            Summary = Summary(category, part),
            CreatedUtc = now,
            LastActivityUtc = now,
            AttachmentCount = draft.Scans.Count,
            DuplicateFlag = duplicate,
        };
        SlaPolicy.Start(ticket, now, category.SlaHours, settings.Calendar);

        var item = contents.New(TicketService.ContentType);
        item.DisplayText = number;
        item.UnitId = team?.UnitId;
        item.Apply(part);
        ticket.ContentItemId = item.ContentItemId;
        db.Add(ticket);
        await contents.CreateAsync(item, publish: true, cancellationToken);

        db.Add(new HelpdeskMessage { TicketId = ticket.Id, Kind = MessageKind.Applicant, AuthorName = draft.AuthorName, Body = Describe(category, part), CreatedUtc = now });
        foreach (var scan in draft.Scans)
        {
            db.Add(new HelpdeskAttachment { Id = Guid.NewGuid(), TicketId = ticket.Id, Kind = scan.Kind, ContentType = scan.ContentType, Size = scan.Size, StoragePath = scan.Path, CreatedUtc = now });
        }

        await HelpdeskSql.AddCountAsync(db, ticket.TeamId, TicketStatus.Baru, 1, cancellationToken);
    }

    private static string Summary(HelpdeskCategory category, TicketPart part)
    {
        var text = part.Pertanyaan is { Length: > 0 } q ? q : category.Name;
        return text.Length > 300 ? text[..300] : text;
    }

    /// <summary>The first thread entry: the question, or a line saying which form was sent (personal data stays in the part).</summary>
    private static string Describe(HelpdeskCategory category, TicketPart part) =>
        part.Pertanyaan is { Length: > 0 } q ? q : $"Formulir \"{category.Name}\" dikirim.";
}
