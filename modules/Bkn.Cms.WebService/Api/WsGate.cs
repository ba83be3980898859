using System.Diagnostics;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace Bkn.Cms.WebService.Api;

/// <summary>
/// Guards every call under /api/ws/v1, with OpenIddict's validation scheme only (the admin cookie and the admin API's
/// bearer tokens are not accepted here, and this token is accepted nowhere else): a valid, unexpired access token of a
/// client that is not revoked, calling from an allowed address, with the scope the endpoint needs, within its rate
/// limit (shared by all nodes through Redis when configured). Every call, served or refused, is queued for the audit
/// with its duration and number of records.
/// </summary>
public sealed class WsGate(string? scope) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var started = Stopwatch.GetTimestamp();
        WsClient? client = null;
        object? result;
        try
        {
            result = await GuardAsync(http, invocation, next, c => client = c);
        }
        finally
        {
            // The status the result will write: IResult status codes, or the response's.
            Audit(http, client, started);
        }

        return result;
    }

    private async ValueTask<object?> GuardAsync(HttpContext http, EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, Action<WsClient> found)
    {
        var authentication = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        var subject = authentication.Succeeded ? authentication.Principal.GetClaim(OpenIddictConstants.Claims.Subject) : null;
        if (subject is null)
        {
            return Refuse(http, WsRefusals.Token, WsProblems.Unauthorized(http, "Token akses tidak ada, tidak sah, atau sudah kedaluwarsa."), StatusCodes.Status401Unauthorized);
        }

        // The client from this node's copy (WsClientDirectory): no database round trip for the gate.
        var db = http.RequestServices.GetRequiredService<DbContext>();
        var entry = await http.RequestServices.GetRequiredService<WsClientDirectory>().FindAsync(db, subject, http.RequestAborted);
        var client = entry?.Client;
        if (client is not null)
        {
            found(client);
        }

        if (entry is null || client!.IsRevoked)
        {
            return Refuse(http, WsRefusals.Revoked, WsProblems.Unauthorized(http, "Klien ini tidak aktif. Hubungi BKN."), StatusCodes.Status401Unauthorized);
        }

        if (!entry.AllowList.Allows(http.Connection.RemoteIpAddress))
        {
            return Refuse(http, WsRefusals.Address, WsProblems.Forbidden("Alamat asal permintaan tidak terdaftar untuk klien ini."), StatusCodes.Status403Forbidden);
        }

        if (scope is not null && (!authentication.Principal!.HasScope(scope) || !entry.Scopes.Contains(scope)))
        {
            return Refuse(http, WsRefusals.Scope, WsProblems.Forbidden("Token ini tidak memiliki cakupan untuk data tersebut."), StatusCodes.Status403Forbidden);
        }

        if (!await http.RequestServices.GetRequiredService<WsRateLimiter>().TryAcquireAsync(client.ClientId, client.RateLimitPerMinute))
        {
            return Refuse(http, WsRefusals.RateLimit, WsProblems.TooManyRequests(http), StatusCodes.Status429TooManyRequests);
        }

        new WsCaller(client).Set(http);
        var result = await next(invocation);
        if (result is IStatusCodeHttpResult { StatusCode: { } status })
        {
            http.Items[StatusKey] = status;
        }

        return result;
    }

    private const string StatusKey = "ws.status";

    private static IResult Refuse(HttpContext http, string refusal, IResult problem, int status)
    {
        WsCaller.SetRefusal(http, refusal);
        http.Items[StatusKey] = status;
        return problem;
    }

    private static void Audit(HttpContext http, WsClient? client, long started)
    {
        var endpoint = http.GetEndpoint() as RouteEndpoint;
        var status = http.Items[StatusKey] is int s ? s : http.Response.StatusCode;
        if (status == StatusCodes.Status400BadRequest && WsCaller.GetRefusal(http) is null)
        {
            WsCaller.SetRefusal(http, WsRefusals.BadInput);
        }

        http.RequestServices.GetRequiredService<WsAuditWriter>().Enqueue(new WsCall
        {
            AtUtc = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            ClientId = client?.ClientId ?? "",
            AgencyId = client?.AgencyId,
            Environment = client?.Environment,
            Endpoint = $"{http.Request.Method} /{endpoint?.RoutePattern.RawText?.TrimStart('/')}",
            Status = status,
            DurationMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2),
            Records = status < 300 ? WsCaller.GetRecords(http) : 0,
            Address = http.Connection.RemoteIpAddress?.ToString() ?? "",
            Refusal = WsCaller.GetRefusal(http),
        });
    }
}
