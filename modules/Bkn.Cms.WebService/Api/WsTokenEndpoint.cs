using System.Security.Claims;
using Bkn.Cms.WebService.Models;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Bkn.Cms.WebService.Api;

/// <summary>
/// <c>POST /connect/token</c>, client credentials only. OpenIddict has already checked the client secret (current, or
/// the previous one within its overlap), the grant type and the requested scopes, and <see cref="WsTokenRequestGate"/>
/// the client's state and address; this issues the access token: subject = client id, the granted scopes.
/// </summary>
public static class WsTokenEndpoint
{
    public const string RateLimitPolicy = "WebServiceToken";

    public const string EnvironmentClaim = "ws_env";

    public static async Task<IResult> HandleAsync(HttpContext http, DbContext db)
    {
        var request = http.GetOpenIddictServerRequest();
        if (request is null || !request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Hanya client_credentials yang didukung.");
        }

        var client = await db.Set<WsClient>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == request.ClientId, http.RequestAborted);
        if (client is null || client.IsRevoked)
        {
            return Refuse(Errors.InvalidClient, "Klien tidak aktif.");
        }

        var granted = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var requested = request.GetScopes();
        var scopes = requested.IsDefaultOrEmpty ? granted : [.. requested.Where(granted.Contains)];
        if (scopes.Length == 0 || (!requested.IsDefaultOrEmpty && scopes.Length != requested.Length))
        {
            return Refuse(Errors.InvalidScope, "Cakupan yang diminta tidak diberikan kepada klien ini.");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.DisplayName);
        identity.SetClaim(EnvironmentClaim, client.Environment == WsEnvironment.Training ? "training" : "production");
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
