using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Turns a valid public form into a ticket: validation, captcha (one use), scans, number, routing to the category's
/// team, due date — all in one transaction — then the confirmation mail. A repeated post of the same form
/// (same submission key) returns the first ticket instead of creating another.
/// </summary>
public sealed partial class HelpdeskIntake(
    DbContext db,
    IContentManager contents,
    HelpdeskCaptcha captcha,
    HelpdeskSecrets secrets,
    HelpdeskSettings settings,
    ScanStore scans,
    IHelpdeskMailer mailer,
    TimeProvider time,
    ILogger<HelpdeskIntake> logger)
{
    /// <summary>
    /// SQLite has one writer: concurrent transactions on the same file spin on SQLITE_BUSY with sleeps. Queueing the
    /// short intake transactions of this process in memory instead keeps submissions flowing (PostgreSQL is not gated).
    /// </summary>
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public static bool IsSubmissionKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigit);

    public async Task<IntakeResult> SubmitAsync(HelpdeskCategory category, HelpdeskFormInput input, CancellationToken cancellationToken)
    {
        if (!IsSubmissionKey(input.SubmissionKey))
        {
            return Fail(string.Empty, "Formulir tidak sah. Muat ulang halaman lalu isi kembali.");
        }

        var key = input.SubmissionKey!.ToLowerInvariant();
        if (await NumberOfSubmissionAsync(key, cancellationToken) is { } existing)
        {
            return new IntakeResult(existing, new Dictionary<string, string>(), Repeated: true);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, settings.Zone));
        var errors = HelpdeskFormValidator.Validate(category.Form, input, today, out var part);
        var fields = HelpdeskForms.Fields(category.Form);
        var files = new List<(string Kind, byte[] Content, string ContentType)>();
        foreach (var (field, file, kind) in new[] { (FormField.ScanKtp, input.ScanKtp, "ktp"), (FormField.ScanKk, input.ScanKk, "kk") })
        {
            if (!fields.Contains(field))
            {
                continue;
            }

            var name = field == FormField.ScanKtp ? nameof(input.ScanKtp) : nameof(input.ScanKk);
            var (content, error) = await ReadScanAsync(file, cancellationToken);
            if (error is not null)
            {
                errors[name] = error;
            }
            else
            {
                files.Add((kind, content!, FileSignatures.Detect(content)!));
            }
        }

        var check = await captcha.VerifyAsync(input.CaptchaToken, input.CaptchaAnswer, cancellationToken);
        if (!check.Ok)
        {
            errors[nameof(input.CaptchaAnswer)] = check.Error!;
        }

        if (errors.Count > 0)
        {
            return new IntakeResult(null, errors);
        }

        var team = await db.Set<HelpdeskTeam>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == category.TeamId, cancellationToken);
        var secret = await secrets.KeyAsync(cancellationToken);
        var stored = new List<string>();
        var gate = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true ? SqliteWriter : null;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            return await CreateAsync(category, part, files, team, secret, check, key, now, stored, cancellationToken);
        }
        finally
        {
            gate?.Release();
        }
    }

    private async Task<IntakeResult> CreateAsync(
        HelpdeskCategory category,
        TicketPart part,
        List<(string Kind, byte[] Content, string ContentType)> files,
        HelpdeskTeam? team,
        byte[] secret,
        CaptchaCheck check,
        string key,
        DateTime now,
        List<string> stored,
        CancellationToken cancellationToken)
    {
        // The number is taken in its own statement before the ticket's transaction: the year's counter row is the one row
        // every submission updates, and locked inside the transaction it would serialise whole submissions on
        // PostgreSQL. A submission that fails afterwards leaves a gap in the numbers, never a duplicate.
        var year = TimeZoneInfo.ConvertTimeFromUtc(now, settings.Zone).Year;
        var number = await HelpdeskSql.NextNumberAsync(db, year, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Add(new HelpdeskCaptchaUse { Nonce = check.Nonce!, ExpiresUtc = check.ExpiresUtc });
            await db.SaveChangesAsync(cancellationToken);

            part.Number = number;
            part.CategoryId = category.Id;
            var nikHash = HelpdeskSecrets.NikHash(secret, part.Nik!);
            var ticket = new HelpdeskTicket
            {
                Number = number,
                SubmissionKey = key,
                CategoryId = category.Id,
                TeamId = category.TeamId,
                UnitId = team?.UnitId,
                Status = TicketStatus.Baru,
                NikHash = nikHash,
                NikMasked = NikRules.Mask(part.Nik),
                ApplicantName = part.Nama,
                Email = part.Email,
                Summary = Summary(category, part),
                CreatedUtc = now,
                LastActivityUtc = now,
                AttachmentCount = files.Count,
                DuplicateFlag = await db.Set<HelpdeskTicket>().AnyAsync(
                    t => t.NikHash == nikHash && t.CategoryId == category.Id && t.Status != TicketStatus.Ditutup && t.Status != TicketStatus.Dijawab, cancellationToken),
            };
            SlaPolicy.Start(ticket, now, category.SlaHours, settings.Calendar);

            var item = contents.New(TicketService.ContentType);
            item.DisplayText = number;
            item.UnitId = team?.UnitId;
            item.Apply(part);
            ticket.ContentItemId = item.ContentItemId;
            db.Add(ticket);
            await contents.CreateAsync(item, publish: true, cancellationToken);

            db.Add(new HelpdeskMessage { TicketId = ticket.Id, Kind = MessageKind.Applicant, AuthorName = "Pelamar", Body = Describe(category, part), CreatedUtc = now });
            foreach (var (kind, content, contentType) in files)
            {
                var path = await scans.SaveAsync(content, FileSignatures.Extension(contentType), now, cancellationToken);
                stored.Add(path);
                db.Add(new HelpdeskAttachment { Id = Guid.NewGuid(), TicketId = ticket.Id, Kind = kind, ContentType = contentType, Size = content.Length, StoragePath = path, CreatedUtc = now });
            }

            await HelpdeskSql.AddCountAsync(db, ticket.TeamId, TicketStatus.Baru, 1, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogCreated(logger, number, category.Id);

            if (part.Email is { } email)
            {
                await mailer.SendAsync(
                    new HelpdeskMail(email, $"Tiket helpdesk {number} diterima", $"Pertanyaan Anda ({category.Name}) telah kami terima dengan nomor tiket {number}.\n\nSimpan nomor ini. Cek status dan jawaban di halaman Cek Status Tiket dengan nomor tiket dan NIK Anda. Jawaban paling lambat 2×24 jam.\n\nHelpdesk SSCN — Badan Kepegawaian Negara"),
                    cancellationToken);
            }

            return new IntakeResult(number, new Dictionary<string, string>());
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            foreach (var path in stored)
            {
                scans.Delete(path);
            }

            // The same form posted twice at once: the other request created the ticket (unique submission key / captcha nonce).
            if (await NumberOfSubmissionAsync(key, cancellationToken) is { } existing)
            {
                return new IntakeResult(existing, new Dictionary<string, string>(), Repeated: true);
            }

            return Fail(nameof(HelpdeskFormInput.CaptchaAnswer), "Pertanyaan keamanan ini sudah dipakai. Jawab pertanyaan yang baru.");
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            foreach (var path in stored)
            {
                scans.Delete(path);
            }

            throw;
        }
    }

    private Task<string?> NumberOfSubmissionAsync(string key, CancellationToken cancellationToken) =>
        db.Set<HelpdeskTicket>().AsNoTracking().Where(t => t.SubmissionKey == key).Select(t => t.Number).FirstOrDefaultAsync(cancellationToken);

    private static async Task<(byte[]? Content, string? Error)> ReadScanAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "Pindaian wajib diunggah (PDF atau JPG, maks. 200 KB).");
        }

        if (file.Length > FileSignatures.MaxScanBytes)
        {
            return (null, "Ukuran pindaian paling besar 200 KB.");
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (content.Length > FileSignatures.MaxScanBytes)
        {
            return (null, "Ukuran pindaian paling besar 200 KB.");
        }

        return FileSignatures.Detect(content) is null
            ? (null, "Isi berkas bukan PDF atau JPG. Unggah pindaian dalam format PDF atau JPG.")
            : (content, null);
    }

    private static IntakeResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    private static string Summary(HelpdeskCategory category, TicketPart part)
    {
        var text = part.Pertanyaan is { Length: > 0 } q ? q : category.Name;
        return text.Length > 300 ? text[..300] : text;
    }

    /// <summary>The first thread entry: the question, or a line saying which form was sent (personal data stays in the part).</summary>
    private static string Describe(HelpdeskCategory category, TicketPart part) =>
        part.Pertanyaan is { Length: > 0 } q ? q : $"Formulir \"{category.Name}\" dikirim.";

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk ticket {Number} created in category {Category}")]
    private static partial void LogCreated(ILogger logger, string number, string category);
}
