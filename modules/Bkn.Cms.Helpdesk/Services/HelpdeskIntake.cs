using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Turns a valid public form into a ticket: validation, captcha, scans into the private store, then the draft goes to
/// this node's <see cref="HelpdeskIntakeWriter"/>, which writes it with whatever else has queued up in one transaction
/// (number, routing to the category's team, due date), then the confirmation mail. A repeated post of the same form
/// (same submission key) returns the first ticket instead of creating another.
/// </summary>
public sealed partial class HelpdeskIntake(
    DbContext db,
    HelpdeskCaptcha captcha,
    HelpdeskSecrets secrets,
    HelpdeskSettings settings,
    HelpdeskCatalog catalog,
    ScanStore scans,
    HelpdeskIntakeWriter writer,
    IHelpdeskMailer mailer,
    StatusAccess access,
    SubmissionLimiter limiter,
    Microsoft.AspNetCore.Http.IHttpContextAccessor http,
    TimeProvider time,
    ILogger<HelpdeskIntake> logger)
{
    public static bool IsSubmissionKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigit);

    public async Task<IntakeResult> SubmitAsync(HelpdeskCategory category, HelpdeskFormInput input, CancellationToken cancellationToken)
    {
        if (!IsSubmissionKey(input.SubmissionKey))
        {
            return Fail(string.Empty, "Formulir tidak sah. Muat ulang halaman lalu isi kembali.");
        }

        // A form posted again after it became a ticket gets that ticket's number: the writer finds the submission key
        // (no look-up here on the way of every new submission); one that fails validation now, e.g. its captcha has
        // expired since, is looked up below.
        var key = input.SubmissionKey!.ToLowerInvariant();
        var now = time.GetUtcNow().UtcDateTime;
        var local = TimeZoneInfo.ConvertTimeFromUtc(now, settings.Zone);
        var errors = HelpdeskFormValidator.Validate(category.Form, input, DateOnly.FromDateTime(local), out var part);
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
            return await HelpdeskQueries.NumberOfSubmission(db, key, cancellationToken) is { } existing
                ? new IntakeResult(existing, new Dictionary<string, string>(), Repeated: true)
                : new IntakeResult(null, errors);
        }

        var secret = await secrets.KeyAsync(cancellationToken);
        var nikHash = HelpdeskSecrets.NikHash(secret, part.Nik!);
        // As the rate-limit middleware does: an unknown address (tests, some proxies) counts as one address.
        var address = http.HttpContext is { } context ? context.Connection.RemoteIpAddress?.ToString() ?? "unknown" : null;
        if (await RetryAfterAsync(nikHash, address, now, cancellationToken) is { } refusal)
        {
            return await HelpdeskQueries.NumberOfSubmission(db, key, cancellationToken) is { } existing
                ? new IntakeResult(existing, new Dictionary<string, string>(), Repeated: true)
                : Fail(string.Empty, refusal);
        }

        var team = await catalog.TeamAsync(db, category.TeamId, cancellationToken);
        var stored = new List<StoredScan>();
        Task<IntakeResult> written;
        try
        {
            foreach (var (kind, content, contentType) in files)
            {
                stored.Add(new StoredScan(kind, contentType, content.Length, await scans.SaveAsync(content, FileSignatures.Extension(contentType), now, cancellationToken)));
            }

            // From here the writer owns the scans: it removes them if the draft does not become a new ticket.
            var draft = new IntakeDraft(category, part, team, stored, nikHash, check.Nonce!, check.ExpiresUtc, key, now, local.Year);
            written = writer.WriteAsync(draft, cancellationToken);
        }
        catch
        {
            foreach (var scan in stored)
            {
                scans.Delete(scan.Path);
            }

            throw;
        }

        var result = await written;
        if (!result.Succeeded || result.Repeated)
        {
            return result;
        }

        limiter.Accepted(address);
        LogCreated(logger, result.Number!, category.Id);
        if (part.Email is { } email)
        {
            await mailer.SendAsync(
                new HelpdeskMail(email, $"Tiket helpdesk {result.Number} diterima", $"Pertanyaan Anda ({category.Name}) telah kami terima dengan nomor tiket {result.Number}.\n\nLihat status dan jawabannya di tautan pribadi berikut (jangan dibagikan):\n{await access.LinkAsync(result.Number!, cancellationToken)}\n\nAtau buka halaman Cek Status Tiket dengan nomor tiket dan NIK Anda. Jawaban paling lambat {SlaPolicy.Describe(category.SlaHours)}.\n\nHelpdesk SSCN — Badan Kepegawaian Negara"),
                cancellationToken);
        }

        return result;
    }

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

    /// <summary>The refusal when this NIK or address has reached its accepted submissions of the last hour, with when to try again.</summary>
    private async Task<string?> RetryAfterAsync(string nikHash, string? address, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - SubmissionLimiter.Window;
        var recent = await db.Set<HelpdeskTicket>().AsNoTracking().Where(t => t.NikHash == nikHash && t.CreatedUtc > since)
            .OrderBy(t => t.CreatedUtc).Select(t => t.CreatedUtc).Take(limiter.PerNik).ToListAsync(cancellationToken);
        if (recent.Count >= limiter.PerNik)
        {
            return $"NIK ini sudah mengirim {limiter.PerNik} pertanyaan dalam satu jam terakhir. Coba lagi setelah pukul {RetryText(recent[0] + SubmissionLimiter.Window)}. Jawaban atas pertanyaan Anda dapat dilihat di halaman Cek Status Tiket.";
        }

        return limiter.AddressRetryUtc(address) is { } retry
            ? $"Terlalu banyak pertanyaan terkirim dari jaringan Anda dalam satu jam terakhir. Coba lagi setelah pukul {RetryText(retry)}."
            : null;
    }

    private string RetryText(DateTime utc) => Bkn.Cms.Hosting.SiteTimeZone.Format(utc.AddMinutes(1), settings.Zone, "HH:mm");

    private static IntakeResult Fail(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    [LoggerMessage(Level = LogLevel.Information, Message = "Helpdesk ticket {Number} created in category {Category}")]
    private static partial void LogCreated(ILogger logger, string number, string category);
}
