using Bkn.Cms.Hosting;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Pkt.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Bkn.Cms.Pkt.Controllers;

/// <summary>
/// The public side of the single window: the kiosk (<c>/pkt/ambil</c>), the visitor's ticket page with position and
/// estimated wait (<c>/pkt/tiket/{code}</c>, printable 80 mm with a QR code), the display screen (<c>/pkt/layar</c>),
/// the SKM survey (<c>/pkt/survei/{code}</c>) and appointments (<c>/pkt/janji</c>).
/// </summary>
[AllowAnonymous]
public sealed class PktController(DbContext db, PktQueue queue, PktSurveys surveys, PktAppointments appointments, PktHelpdesk helpdesk, IConfiguration configuration, IStringLocalizer t) : Controller
{
    [HttpGet(PktRoutes.Public)]
    public IActionResult Index() => Redirect(PktRoutes.Kiosk);

    [HttpGet(PktRoutes.Kiosk)]
    public async Task<IActionResult> Kiosk(CancellationToken cancellationToken) => View(await KioskModelAsync(null, null, null, false, cancellationToken));

    [HttpPost(PktRoutes.Kiosk)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Take(string? layanan, string? nip, string? telepon, bool prioritas, CancellationToken cancellationToken)
    {
        try
        {
            var ticket = await queue.IssueAsync(layanan ?? "", nip, telepon, prioritas, cancellationToken);
            return Redirect($"{PktRoutes.Ticket}/{ticket.Code}?cetak=1");
        }
        catch (PktException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Kiosk", await KioskModelAsync(ex.Text.In(t), nip, telepon, prioritas, cancellationToken));
        }
    }

    [HttpPost(PktRoutes.Kiosk + "/janji")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CheckIn(string? nip, CancellationToken cancellationToken)
    {
        try
        {
            var ticket = await appointments.CheckInAsync(nip, cancellationToken);
            return Redirect($"{PktRoutes.Ticket}/{ticket.Code}?cetak=1");
        }
        catch (PktException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Kiosk", await KioskModelAsync(ex.Text.In(t), nip, null, false, cancellationToken));
        }
    }

    private async Task<PktKioskViewModel> KioskModelAsync(string? error, string? nip, string? phone, bool priority, CancellationToken cancellationToken)
    {
        var calendar = await queue.CalendarAsync(cancellationToken);
        var local = queue.Clock.ToLocal(queue.UtcNow);
        var counters = await db.Set<PktCounter>().AsNoTracking().OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var services = await db.Set<PktService>().AsNoTracking().OrderBy(s => s.CounterCode).ThenBy(s => s.Order).ToListAsync(cancellationToken);
        return new PktKioskViewModel(counters, services, calendar.Describe().ToList(), calendar.IsOpen(local) ? null : calendar.ClosedText(local).In(t), error, nip, phone, priority);
    }

    [HttpGet(PktRoutes.Ticket + "/{code}")]
    public async Task<IActionResult> Ticket(string code, bool cetak, CancellationToken cancellationToken)
    {
        var ticket = await FindAsync(code, cancellationToken);
        if (ticket is null)
        {
            return NotFound();
        }

        var movedTo = ticket.Status == PktTicketStatus.Transferred
            ? await db.Set<PktTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.TransferredFromId == ticket.Id, cancellationToken)
            : null;
        var shown = movedTo ?? ticket;
        var (position, estimate) = await queue.PositionAsync(shown, cancellationToken);
        var counter = await db.Set<PktCounter>().AsNoTracking().FirstAsync(c => c.Code == shown.CounterCode, cancellationToken);
        var service = await db.Set<PktService>().AsNoTracking().FirstAsync(s => s.Id == shown.ServiceId, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return View(new PktTicketViewModel(shown, counter, service, position, estimate, await surveys.AnsweredAsync(shown.Id, cancellationToken),
            $"{BaseUrl()}{PktRoutes.Ticket}/{shown.Code}", $"{BaseUrl()}{PktRoutes.Survey}/{shown.Code}", cetak, movedTo is null ? null : ticket,
            await helpdesk.VisitorStatusPathAsync(shown, counter, cancellationToken)));
    }

    [HttpGet(PktRoutes.Ticket + "/{code}/qr.svg")]
    public async Task<IActionResult> TicketQr(string code, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is null)
        {
            return NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"{BaseUrl()}{PktRoutes.Ticket}/{code}", QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        Response.Headers.CacheControl = "private, max-age=3600";
        return Content(svg, "image/svg+xml");
    }

    [HttpGet(PktRoutes.Display)]
    public IActionResult Display() => View();

    [HttpGet(PktRoutes.Display + "/data")]
    public async Task<IActionResult> DisplayData(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return Json(await PktDisplay.LoadAsync(db, queue, cancellationToken));
    }

    [HttpGet(PktRoutes.Survey + "/{code}")]
    public async Task<IActionResult> Survey(string code, CancellationToken cancellationToken)
    {
        var ticket = await FindAsync(code, cancellationToken);
        if (ticket is null)
        {
            return NotFound();
        }

        var done = await surveys.AnsweredAsync(ticket.Id, cancellationToken);
        return View(await SurveyModelAsync(ticket, code, done, done ? PktSurveys.AlreadyAnswered : null, null, new int?[9], cancellationToken));
    }

    [HttpPost(PktRoutes.Survey + "/{code}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SubmitSurvey(string code, int?[] u, CancellationToken cancellationToken)
    {
        var ticket = await FindAsync(code, cancellationToken);
        if (ticket is null)
        {
            return NotFound();
        }

        var values = Enumerable.Range(0, 9).Select(i => i < u.Length ? u[i] : null).ToArray();
        try
        {
            await surveys.SubmitAsync(ticket, values, cancellationToken);
            return View("Survey", await SurveyModelAsync(ticket, code, true, "Terima kasih. Penilaian Anda membantu kami memperbaiki layanan.", null, values, cancellationToken));
        }
        catch (PktException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var done = await surveys.AnsweredAsync(ticket.Id, cancellationToken);
            return View("Survey", await SurveyModelAsync(ticket, code, done, null, ex.Text.In(t), values, cancellationToken));
        }
    }

    private async Task<PktSurveyViewModel> SurveyModelAsync(PktTicket ticket, string code, bool done, string? message, string? error, IReadOnlyList<int?> values, CancellationToken cancellationToken)
    {
        var service = await db.Set<PktService>().AsNoTracking().FirstAsync(s => s.Id == ticket.ServiceId, cancellationToken);
        return new PktSurveyViewModel(ticket, code, service, done, error, message, values);
    }

    [HttpGet(PktRoutes.Public + "/janji")]
    public async Task<IActionResult> Appointment(string? layanan, DateOnly? tanggal, CancellationToken cancellationToken) =>
        View(await AppointmentModelAsync(layanan, tanggal, null, null, cancellationToken));

    [HttpPost(PktRoutes.Public + "/janji")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Book(string? layanan, DateOnly? tanggal, string? jam, string? nip, string? telepon, CancellationToken cancellationToken)
    {
        try
        {
            if (tanggal is null || !TimeOnly.TryParseExact(jam, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var slot))
            {
                throw new PktException("Pilih tanggal dan jam janji temu.");
            }

            var booked = await appointments.BookAsync(layanan ?? "", tanggal.Value, slot, nip, telepon, cancellationToken);
            return View("Appointment", await AppointmentModelAsync(layanan, tanggal, null, booked, cancellationToken));
        }
        catch (PktException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Appointment", await AppointmentModelAsync(layanan, tanggal, ex.Text.In(t), null, cancellationToken));
        }
    }

    private async Task<PktAppointmentViewModel> AppointmentModelAsync(string? serviceId, DateOnly? date, string? error, PktAppointment? booked, CancellationToken cancellationToken)
    {
        var services = await db.Set<PktService>().AsNoTracking().OrderBy(s => s.CounterCode).ThenBy(s => s.Order).ToListAsync(cancellationToken);
        var slots = serviceId is not null && date is { } d ? await appointments.SlotsAsync(serviceId, d, cancellationToken) : [];
        return new PktAppointmentViewModel(services, serviceId, date, slots, error, booked);
    }

    private Task<PktTicket?> FindAsync(string code, CancellationToken cancellationToken) =>
        PktCodes.LooksValid(code)
            ? db.Set<PktTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken)
            : Task.FromResult<PktTicket?>(null);

    private string BaseUrl() =>
        (configuration[SiteBaseUrl.Key] is { Length: > 0 } configured ? configured : $"{Request.Scheme}://{Request.Host}{Request.PathBase}").TrimEnd('/');
}
