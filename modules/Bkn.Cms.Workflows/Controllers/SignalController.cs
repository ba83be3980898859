using System.Text.Json.Nodes;
using Bkn.Cms.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Workflows.Controllers;

/// <summary>
/// Signed signal links (e.g. "Setujui" in an e-mail). The GET only shows a confirmation, so link scanners in mail
/// clients do not send the signal; the button posts it.
/// </summary>
[AllowAnonymous]
[Route("alur-kerja/sinyal/{token}")]
public sealed class SignalController(SignalUrls signals, IWorkflowManager workflows, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public IActionResult Confirm(string token)
    {
        var signal = signals.Read(token);
        if (signal is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        ViewData["Token"] = token;
        return View(signal);
    }

    [HttpPost("")]
    [EnableRateLimiting(Bkn.Cms.Hosting.RateLimitPolicies.Authentication)]
    public async Task<IActionResult> Send(string token, CancellationToken cancellationToken)
    {
        if (signals.Read(token) is not { } signal)
        {
            return NotFound();
        }

        var input = new JsonObject { ["signal"] = signal.Signal, ["via"] = "link" };
        var results = await workflows.TriggerEventAsync(WorkflowEventNames.Signal, input, signal.CorrelationId, cancellationToken);
        TempData["Success"] = results.Count > 0
            ? t["Terima kasih. Tanggapan \"{0}\" sudah diterima.", signal.Signal].Value
            : t["Tautan ini sudah dipakai atau alur kerjanya tidak lagi menunggu tanggapan."].Value;
        ViewData["Token"] = token;
        ViewData["Done"] = true;
        return View("Confirm", signal);
    }
}
