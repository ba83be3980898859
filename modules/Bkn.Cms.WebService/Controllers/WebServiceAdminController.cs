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
/// "Klien Layanan Web": the agencies' OAuth2 clients. Every page and action is limited to the agencies the user's
/// permission covers (own agency for an agency user, all for BKN); a client of another agency answers 404.
/// </summary>
[RequirePermission(Permissions.ManageClientsName)]
[Route("admin/layanan-web")]
public sealed class WebServiceAdminController(DbContext db, WsClientService clients, IAgencyDirectory directory, IAgencyScopeService scopes, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var all = await db.Set<WsClient>().AsNoTracking().OrderBy(c => c.AgencyId).ThenBy(c => c.Environment).ThenBy(c => c.CreatedUtc).ToListAsync(cancellationToken);
        return View(new WsClientListViewModel([.. all.Where(c => scope.Contains(c.AgencyId))], await directory.GetAsync(cancellationToken), clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(await FormAsync(null, new WsClientInput { Scopes = WsScopes.All }, [], cancellationToken));

    [HttpPost("baru")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(IFormCollection form, CancellationToken cancellationToken)
    {
        var input = Read(form);
        if (!(await ScopeAsync(cancellationToken)).Contains(input.AgencyId))
        {
            return View(await FormAsync(null, input, ["Pilih instansi yang menjadi kewenangan Anda."], cancellationToken));
        }

        try
        {
            var issued = await clients.CreateAsync(input, User.Identity?.Name ?? "", cancellationToken);
            return SecretView(issued, rotated: false, await directory.GetAsync(cancellationToken));
        }
        catch (WsClientException ex)
        {
            return View(await FormAsync(null, input, ex.Errors, cancellationToken));
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, string? ok, CancellationToken cancellationToken)
    {
        var client = await FindAsync(id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        var model = await FormAsync(client, InputOf(client), [], cancellationToken);
        return View(new WsClientFormViewModel
        {
            Client = model.Client,
            Input = model.Input,
            Agencies = model.Agencies,
            AgencyName = model.AgencyName,
            NowUtc = model.NowUtc,
            Message = ok switch { "ubah" => "Klien disimpan.", "cabut" => "Klien dicabut. Token yang sudah terbit tidak dapat dipakai lagi.", _ => null },
        });
    }

    [HttpPost("{id:guid}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        var client = await FindAsync(id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        var input = Read(form);
        input.AgencyId = client.AgencyId;
        input.Environment = client.Environment;
        try
        {
            await clients.UpdateAsync(id, input, cancellationToken);
            return Redirect($"{WebServiceRoutes.Admin}/{id}?ok=ubah");
        }
        catch (WsClientException ex)
        {
            return View(await FormAsync(client, input, ex.Errors, cancellationToken));
        }
    }

    [HttpPost("{id:guid}/rotasi")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Rotate(Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        var client = await FindAsync(id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        if (!int.TryParse(form["masaLama"], out var overlapDays))
        {
            overlapDays = -1;
        }

        try
        {
            var issued = await clients.RotateAsync(id, overlapDays, cancellationToken);
            return SecretView(issued, rotated: true, await directory.GetAsync(cancellationToken));
        }
        catch (WsClientException ex)
        {
            return View(nameof(Edit), await FormAsync(client, InputOf(client), ex.Errors, cancellationToken));
        }
    }

    [HttpPost("{id:guid}/cabut")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        var client = await FindAsync(id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        await clients.RevokeAsync(id, User.Identity?.Name ?? "", cancellationToken);
        return Redirect($"{WebServiceRoutes.Admin}/{id}?ok=cabut");
    }

    private IActionResult SecretView(WsIssuedSecret issued, bool rotated, AgencySnapshot agencies)
    {
        // The secret is on this answer only: nothing may keep it.
        Response.Headers.CacheControl = "no-store";
        return View("Secret", new WsSecretViewModel(issued.Client, issued.Secret, agencies.Find(issued.Client.AgencyId)?.Name ?? "", rotated));
    }

    private async Task<WsClient?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await db.Set<WsClient>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return client is not null && (await ScopeAsync(cancellationToken)).Contains(client.AgencyId) ? client : null;
    }

    private Task<AgencyScope> ScopeAsync(CancellationToken cancellationToken) => scopes.GetAgencyScopeAsync(User, Permissions.ManageClients, cancellationToken);

    private async Task<WsClientFormViewModel> FormAsync(WsClient? client, WsClientInput input, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var agencies = await directory.GetAsync(cancellationToken);
        return new WsClientFormViewModel
        {
            Client = client,
            Input = input,
            Agencies = [.. agencies.All.Where(a => scope.Contains(a.Id))],
            Errors = errors,
            AgencyName = client is null ? null : agencies.Find(client.AgencyId)?.Name,
            NowUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    private static WsClientInput InputOf(WsClient client) => new()
    {
        AgencyId = client.AgencyId,
        Environment = client.Environment,
        DisplayName = client.DisplayName,
        Scopes = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        AllowedAddresses = client.AllowedAddresses,
        RateLimitPerMinute = client.RateLimitPerMinute,
    };

    private static WsClientInput Read(IFormCollection form) => new()
    {
        AgencyId = Guid.TryParse(form["instansi"], out var agency) ? agency : Guid.Empty,
        Environment = form["lingkungan"] == "produksi" ? WsEnvironment.Production : form["lingkungan"] == "pelatihan" ? WsEnvironment.Training : (WsEnvironment)(-1),
        DisplayName = form["nama"].ToString(),
        Scopes = [.. form["cakupan"].Where(s => s is not null).Select(s => s!)],
        AllowedAddresses = form["alamat"].ToString(),
        RateLimitPerMinute = int.TryParse(form["batasLaju"], out var limit) ? limit : 0,
    };
}
