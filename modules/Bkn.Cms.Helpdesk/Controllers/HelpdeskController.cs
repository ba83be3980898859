using System.Security.Cryptography;
using System.Text;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Helpdesk.ViewModels;
using Bkn.Cms.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Controllers;

/// <summary>Public helpdesk: FAQ and categories, the category forms, the confirmation, and the status check.</summary>
[AllowAnonymous]
[Route("helpdesk")]
public sealed class HelpdeskController(
    DbContext db,
    HelpdeskIntake intake,
    HelpdeskCaptcha captcha,
    HelpdeskSecrets secrets,
    StatusAccess access,
    HelpdeskSettings settings,
    HelpdeskCatalog catalog,
    TicketService tickets) : Controller
{
    private const string NotFoundMessage = "Tiket tidak ditemukan. Periksa kembali nomor tiket dan NIK Anda.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HelpdeskIndexViewModel(
            await db.Set<HelpdeskFaq>().AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken),
            await db.Set<HelpdeskCategory>().AsNoTracking().Where(c => c.Active).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken)));

    [HttpGet("formulir/{categoryId}")]
    public async Task<IActionResult> Form(string categoryId, CancellationToken cancellationToken)
    {
        var category = await CategoryAsync(categoryId, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        return await FormViewAsync(category, new HelpdeskFormInput { SubmissionKey = Guid.NewGuid().ToString("N") }, new Dictionary<string, string>(), cancellationToken);
    }

    [HttpPost("formulir/{categoryId}")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.HelpdeskSubmit)]
    [RequestSizeLimit(1_000_000)]
    [RequestFormLimits(MultipartBodyLengthLimit = 1_000_000)]
    public async Task<IActionResult> Submit(string categoryId, HelpdeskFormInput input, CancellationToken cancellationToken)
    {
        var category = await CategoryAsync(categoryId, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        var result = await intake.SubmitAsync(category, input, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"{HelpdeskRoutes.Public}/terkirim/{Uri.EscapeDataString(result.Number!)}?kunci={await access.LinkKeyAsync(result.Number!, cancellationToken)}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.CaptchaAnswer = null;
        return await FormViewAsync(category, input, result.Errors, cancellationToken);
    }

    /// <summary>The confirmation; with the private key (the redirect after submitting) it also shows the private status link.</summary>
    [HttpGet("terkirim/{number}")]
    public async Task<IActionResult> Submitted(string number, string? kunci, CancellationToken cancellationToken)
    {
        if (await access.ValidateLinkKeyAsync(number, kunci, cancellationToken))
        {
            ViewData["PrivateLink"] = await access.LinkPathAsync(number, cancellationToken);
        }

        return View((object)number);
    }

    [HttpGet("status")]
    public IActionResult Status(string? nomor) => View(new StatusViewModel(nomor, null, null));

    /// <summary>
    /// The ticket's status page by its private link (e-mails, the confirmation, and the redirect after every action).
    /// A wrong key answers like an unknown ticket.
    /// </summary>
    [HttpGet("status/{nomor}")]
    [EnableRateLimiting(RateLimitPolicies.HelpdeskStatus)]
    public async Task<IActionResult> Ticket(string nomor, string? kunci, string? selesai, CancellationToken cancellationToken)
    {
        var number = nomor.Trim().ToUpperInvariant();
        var ticket = await access.ValidateLinkKeyAsync(number, kunci, cancellationToken) ? await tickets.FindAsync(number, cancellationToken) : null;
        if (ticket is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Status", new StatusViewModel(number, NotFoundMessage, null));
        }

        Response.Headers.CacheControl = "no-store";
        return View("Status", new StatusViewModel(number, null, await PublicViewAsync(ticket, cancellationToken), DoneMessage(selesai)));
    }

    [HttpPost("status")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.HelpdeskStatus)]
    public async Task<IActionResult> Check(string? nomor, string? nik, CancellationToken cancellationToken)
    {
        var number = (nomor ?? "").Trim().ToUpperInvariant();
        var digits = (nik ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (number.Length == 0 || digits.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Status", new StatusViewModel(number, "Isi nomor tiket dan NIK.", null));
        }

        var key = await secrets.KeyAsync(cancellationToken);
        var hash = HelpdeskSecrets.NikHash(key, digits);
        var ticket = await tickets.FindAsync(number, cancellationToken);

        // Unknown number and wrong NIK get the same answer, so numbers cannot be probed.
        if (ticket?.NikHash is not { } stored || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(hash)))
        {
            return View("Status", new StatusViewModel(number, NotFoundMessage, null));
        }

        // Post/redirect/get: the browser lands on the ticket's private link, which a refresh only reads again.
        return Redirect(await access.LinkPathAsync(ticket.Number, cancellationToken));
    }

    [HttpPost("status/balas")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.HelpdeskStatus)]
    public Task<IActionResult> Reply(string nomor, string akses, string? balasan, CancellationToken cancellationToken) =>
        ActAsync(nomor, akses, t => tickets.ApplicantReplyAsync(t.Id, balasan ?? "", cancellationToken), "balas", cancellationToken);

    [HttpPost("status/buka-kembali")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.HelpdeskStatus)]
    public Task<IActionResult> Reopen(string nomor, string akses, string? alasan, CancellationToken cancellationToken) =>
        ActAsync(nomor, akses, t => tickets.ReopenAsync(t.Id, alasan, cancellationToken), "buka", cancellationToken);

    [HttpPost("status/nilai")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.HelpdeskStatus)]
    public Task<IActionResult> Rate(string nomor, string akses, int nilai, CancellationToken cancellationToken) =>
        ActAsync(nomor, akses, t => tickets.RateAsync(t.Id, nilai, cancellationToken), "nilai", cancellationToken);

    private static string? DoneMessage(string? done) => done switch
    {
        "balas" => "Balasan Anda terkirim.",
        "buka" => "Tiket dibuka kembali dan akan diproses petugas.",
        "nilai" => "Terima kasih atas penilaian Anda.",
        _ => null,
    };

    private async Task<IActionResult> ActAsync(string nomor, string akses, Func<HelpdeskTicket, Task> action, string done, CancellationToken cancellationToken)
    {
        var number = (nomor ?? "").Trim().ToUpperInvariant();
        var ticket = await access.ValidateAsync(number, akses, cancellationToken) ? await tickets.FindAsync(number, cancellationToken) : null;
        if (ticket is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Status", new StatusViewModel(number, "Sesi cek status berakhir. Masukkan kembali nomor tiket dan NIK.", null));
        }

        try
        {
            await action(ticket);
        }
        catch (HelpdeskException exception)
        {
            // Nothing was stored: the page comes back with the message (a refresh cannot store anything twice).
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ticket = await tickets.FindAsync(number, cancellationToken);
            return View("Status", new StatusViewModel(number, exception.Message, await PublicViewAsync(ticket!, cancellationToken)));
        }

        // Post/redirect/get: refreshing the page after a reply or rating reads it again and stores nothing twice.
        return Redirect(await access.LinkPathAsync(number, cancellationToken) + "&selesai=" + done);
    }

    private async Task<PublicTicketView> PublicViewAsync(HelpdeskTicket ticket, CancellationToken cancellationToken)
    {
        var thread = await db.Set<HelpdeskMessage>().AsNoTracking()
            .Where(m => m.TicketId == ticket.Id && (m.Kind == MessageKind.Applicant || m.Kind == MessageKind.Reply))
            .OrderBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        var categoryName = await db.Set<HelpdeskCategory>().Where(c => c.Id == ticket.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? ticket.CategoryId;
        return new PublicTicketView(
            ticket.Number,
            categoryName,
            ticket.Status,
            ticket.CreatedUtc,
            ticket.DueUtc,
            thread,
            await access.IssueAsync(ticket.Number, cancellationToken),
            ticket.Status != TicketStatus.Ditutup && ticket.AnonymisedUtc is null,
            tickets.CanReopen(ticket),
            ticket.Status is TicketStatus.Dijawab or TicketStatus.Ditutup && ticket.AnonymisedUtc is null,
            ticket.Rating,
            settings.ReopenDays);
    }

    private Task<HelpdeskCategory?> CategoryAsync(string id, CancellationToken cancellationToken) =>
        catalog.ActiveCategoryAsync(db, id, cancellationToken);

    private async Task<IActionResult> FormViewAsync(HelpdeskCategory category, HelpdeskFormInput input, IReadOnlyDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var challenge = await captcha.CreateAsync(cancellationToken);
        return View("Form", new HelpdeskFormViewModel(category, input, challenge.Question, challenge.Token, errors));
    }
}
