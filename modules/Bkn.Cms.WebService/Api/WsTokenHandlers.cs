using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Bkn.Cms.WebService.Api;

/// <summary>Notes when a token request started, for the duration in the audit.</summary>
public sealed class WsTokenStartHandler : IOpenIddictServerHandler<ProcessRequestContext>
{
    public const string StartedKey = "ws.started";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
        .UseSingletonHandler<WsTokenStartHandler>()
        .SetOrder(int.MinValue + 1000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        context.Transaction.Properties[StartedKey] = Stopwatch.GetTimestamp();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Before anything else of a token request: a revoked client is refused as an invalid client (401), and a client
/// calling from an address not on its allow-list gets 403 (problem details) and an alert in the admin, whatever the
/// secret it sent.
/// </summary>
public sealed class WsTokenRequestGate(DbContext db, WsAuditWriter audit, TimeProvider clock) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public const string RefusalKey = "ws.refusal";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
        .UseScopedHandler<WsTokenRequestGate>()
        .SetOrder(int.MinValue + 1000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId))
        {
            return;
        }

        var http = context.Transaction.GetHttpRequest()!.HttpContext;
        var client = await db.Set<WsClient>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == context.ClientId, context.CancellationToken);
        if (client is null)
        {
            return;
        }

        if (client.IsRevoked)
        {
            context.Transaction.Properties[RefusalKey] = WsRefusals.Revoked;
            context.Reject(Errors.InvalidClient, "Klien tidak aktif.");
            return;
        }

        if (!AddressAllowList.Parse(client.AllowedAddresses).Allows(http.Connection.RemoteIpAddress))
        {
            audit.Enqueue(WsTokenAudit.Call(context.Transaction, http, client.ClientId, client, StatusCodes.Status403Forbidden, WsRefusals.Address, clock));
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.ContentType = "application/problem+json";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                type = "https://www.rfc-editor.org/rfc/rfc9110#status.403",
                title = "Akses ditolak",
                status = 403,
                detail = "Alamat asal permintaan tidak terdaftar untuk klien ini.",
            }), context.CancellationToken);
            context.HandleRequest();
        }
    }
}

/// <summary>Audits every answer of the token endpoint: issued, wrong secret, revoked, bad scope or grant.</summary>
public sealed class WsTokenAudit(DbContext db, WsAuditWriter audit, TimeProvider clock) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
        .UseScopedHandler<WsTokenAudit>()
        .SetOrder(int.MinValue + 1000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        var http = context.Transaction.GetHttpRequest()!.HttpContext;
        var clientId = context.Request?.ClientId ?? "";
        if (clientId.Length > 100)
        {
            clientId = clientId[..100];
        }

        var client = clientId.Length == 0 ? null : await db.Set<WsClient>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, context.CancellationToken);
        var error = context.Response.Error;
        var status = error switch
        {
            null => StatusCodes.Status200OK,
            Errors.InvalidClient => StatusCodes.Status401Unauthorized,
            Errors.ServerError => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status400BadRequest,
        };
        var refusal = error switch
        {
            null => null,
            Errors.InvalidClient => context.Transaction.Properties.TryGetValue(WsTokenRequestGate.RefusalKey, out var r) ? (string?)r : WsRefusals.Secret,
            Errors.InvalidScope => WsRefusals.Scope,
            _ => WsRefusals.BadInput,
        };
        audit.Enqueue(Call(context.Transaction, http, clientId, client, status, refusal, clock));
    }

    public static WsCall Call(OpenIddictServerTransaction transaction, HttpContext http, string clientId, WsClient? client, int status, string? refusal, TimeProvider clock) => new()
    {
        AtUtc = clock.GetUtcNow().UtcDateTime,
        ClientId = client?.ClientId ?? clientId,
        AgencyId = client?.AgencyId,
        Environment = client?.Environment,
        Endpoint = "POST " + WebServiceRoutes.Token,
        Status = status,
        DurationMs = transaction.Properties.TryGetValue(WsTokenStartHandler.StartedKey, out var started) && started is long ts
            ? Math.Round(Stopwatch.GetElapsedTime(ts).TotalMilliseconds, 2)
            : 0,
        Records = 0,
        Address = http.Connection.RemoteIpAddress?.ToString() ?? "",
        Refusal = refusal,
    };
}
