using System.Security.Claims;
using Bkn.Cms.Agencies;
using Bkn.Cms.Security;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Bkn.Cms.WebService.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.WebService.Controllers;

/// <summary>
/// "Pengajuan Layanan Web": agencies ask for access and follow their onboarding; BKN approves or refuses and registers
/// the public IP. Every page is limited to the agencies the user's permission covers (an agency user sees their own
/// agency only; another agency's onboarding answers 404); deciding needs the BKN-only onboarding permission.
/// </summary>
[RequirePermission(Permissions.RequestAccessName)]
[Route("admin/layanan-web/pengajuan")]
public sealed class WebServiceOnboardingController(DbContext db, WsOnboardingService onboardings, IAgencyDirectory directory, IAgencyScopeService scopes, IPermissionService permissions, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ListAsync(new WsOnboardingRequestInput(), [], cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Submit(IFormCollection form, CancellationToken cancellationToken)
    {
        var input = new WsOnboardingRequestInput
        {
            AgencyId = Guid.TryParse(form["instansi"], out var agency) ? agency : Guid.Empty,
            ContactName = form["narahubung"].ToString(),
            ContactEmail = form["surel"].ToString(),
            ContactPhone = form["telepon"].ToString(),
            PublicAddresses = form["alamat"].ToString(),
        };
        if (!(await ScopeAsync(cancellationToken)).Contains(input.AgencyId))
        {
            return View(nameof(Index), await ListAsync(input, ["Pilih instansi yang menjadi kewenangan Anda."], cancellationToken));
        }

        try
        {
            var onboarding = await onboardings.RequestAsync(input.AgencyId, input.ContactName, input.ContactEmail, input.ContactPhone, input.PublicAddresses, Actor, UserId, cancellationToken);
            return Redirect($"{WebServiceRoutes.AdminOnboarding}/{onboarding.Id}?ok=ajukan");
        }
        catch (WsClientException ex)
        {
            return View(nameof(Index), await ListAsync(input, ex.Errors, cancellationToken));
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, string? ok, CancellationToken cancellationToken)
    {
        var onboarding = await FindAsync(id, cancellationToken);
        return onboarding is null ? NotFound() : View(await DetailAsync(onboarding, Message(ok), [], cancellationToken));
    }

    [HttpPost("{id:guid}/setujui")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Approve(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, decide: true, "setuju", o => onboardings.ApproveAsync(o.Id, Actor, UserId, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/tolak")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Refuse(Guid id, IFormCollection form, CancellationToken cancellationToken) =>
        ActAsync(id, decide: true, "tolak", o => onboardings.RefuseAsync(o.Id, form["alasan"].ToString(), Actor, UserId, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/produksi")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RequestProduction(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, decide: false, "produksi", o => onboardings.RequestProductionAsync(o.Id, Actor, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/ip")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RegisterIp(Guid id, IFormCollection form, CancellationToken cancellationToken) =>
        ActAsync(id, decide: true, "ip", o => onboardings.RegisterPublicIpAsync(o.Id, form["alamat"].ToString(), Actor, cancellationToken), cancellationToken);

    [HttpPost("{id:guid}/rahasia")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Secret(Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        var onboarding = await FindAsync(id, cancellationToken);
        if (onboarding is null)
        {
            return NotFound();
        }

        var environment = form["lingkungan"] == "produksi" ? WsEnvironment.Production : WsEnvironment.Training;
        var secret = await onboardings.RevealSecretAsync(id, environment, Actor, cancellationToken);
        if (secret is null)
        {
            return View(nameof(Detail), await DetailAsync(onboarding, null, ["Rahasia ini sudah pernah dibaca. Minta BKN membuat rahasia baru (rotasi) bila belum tersimpan."], cancellationToken));
        }

        Response.Headers.CacheControl = "no-store";
        var agency = (await directory.GetAsync(cancellationToken)).Find(onboarding.AgencyId);
        return View("OnboardingSecret", new WsOnboardingSecretViewModel(id, agency?.Name ?? "", secret.Value.Environment, secret.Value.ClientId, secret.Value.Secret));
    }

    private async Task<IActionResult> ActAsync(Guid id, bool decide, string ok, Func<WsOnboarding, Task<WsOnboarding>> action, CancellationToken cancellationToken)
    {
        var onboarding = await FindAsync(id, cancellationToken);
        if (onboarding is null)
        {
            return NotFound();
        }

        if (decide && !await CanDecideAsync(cancellationToken))
        {
            return Forbid();
        }

        try
        {
            await action(onboarding);
            return Redirect($"{WebServiceRoutes.AdminOnboarding}/{id}?ok={ok}");
        }
        catch (WsClientException ex)
        {
            var fresh = await FindAsync(id, cancellationToken) ?? onboarding;
            return View(nameof(Detail), await DetailAsync(fresh, null, ex.Errors, cancellationToken));
        }
    }

    private string Actor => User.Identity?.Name ?? "";

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static string? Message(string? ok) => ok switch
    {
        "ajukan" => "Pengajuan terkirim. BKN akan memeriksanya.",
        "setuju" => "Pengajuan disetujui; kredensial pelatihan diterbitkan.",
        "tolak" => "Pengajuan ditolak.",
        "produksi" => "Kredensial produksi diminta.",
        "ip" => "IP publik didaftarkan.",
        _ => null,
    };

    /// <summary>BKN staff only: an agency user never decides on an onboarding, whatever their roles grant.</summary>
    private async Task<bool> CanDecideAsync(CancellationToken cancellationToken) =>
        await permissions.HasPermissionAsync(User, Permissions.ManageOnboarding, cancellationToken: cancellationToken)
        && await scopes.GetAgencyOfUserAsync(User, cancellationToken) is null;

    private Task<AgencyScope> ScopeAsync(CancellationToken cancellationToken) => scopes.GetAgencyScopeAsync(User, Permissions.RequestAccess, cancellationToken);

    private async Task<WsOnboarding?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var onboarding = await db.Set<WsOnboarding>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return onboarding is not null && (await ScopeAsync(cancellationToken)).Contains(onboarding.AgencyId) ? onboarding : null;
    }

    private async Task<WsOnboardingListViewModel> ListAsync(WsOnboardingRequestInput input, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var agencies = await directory.GetAsync(cancellationToken);
        var all = await db.Set<WsOnboarding>().AsNoTracking().OrderByDescending(o => o.RequestedUtc).Take(1000).ToListAsync(cancellationToken);
        return new WsOnboardingListViewModel
        {
            Onboardings = [.. all.Where(o => scope.Contains(o.AgencyId))],
            Agencies = agencies,
            RequestableAgencies = [.. agencies.All.Where(a => scope.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal)],
            NowUtc = clock.GetUtcNow().UtcDateTime,
            Input = input,
            Errors = errors,
        };
    }

    private async Task<WsOnboardingDetailViewModel> DetailAsync(WsOnboarding onboarding, string? message, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var agency = (await directory.GetAsync(cancellationToken)).Find(onboarding.AgencyId);
        return new WsOnboardingDetailViewModel
        {
            Onboarding = onboarding,
            AgencyName = agency?.Name ?? "",
            AgencyCode = agency?.Code ?? "",
            History = await db.Set<WsOnboardingEntry>().AsNoTracking().Where(e => e.OnboardingId == onboarding.Id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken),
            SuccessfulTestCalls = await onboardings.SuccessfulTestCallsAsync(onboarding, cancellationToken),
            MinTestCalls = onboardings.MinTestCalls,
            CanDecide = await CanDecideAsync(cancellationToken),
            NowUtc = clock.GetUtcNow().UtcDateTime,
            Message = message,
            Errors = errors,
        };
    }
}
