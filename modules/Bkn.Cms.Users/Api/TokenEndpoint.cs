using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Security;
using Bkn.Cms.Users.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Users.Api;

/// <summary>POST /api/auth/token: a short-lived bearer token for API clients. Failures count toward the per-address lockout (PasswordSignIn).</summary>
public static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/auth/token", IssueAsync)
            .WithMetadata(new AllowAnonymousApiAttribute())
            .RequireRateLimiting(RateLimitPolicies.Authentication)
            .DisableAntiforgery();

    private static async Task<IResult> IssueAsync(
        TokenRequest request,
        HttpContext context,
        PasswordSignIn passwordSignIn,
        SignInManager<CmsUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        IAuditTrail audit,
        TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Results.Problem(title: "Nama pengguna dan kata sandi wajib diisi.", statusCode: StatusCodes.Status400BadRequest);
        }

        var attempt = await passwordSignIn.CheckAsync(request.UserName, request.Password, context.Connection.RemoteIpAddress);
        if (!attempt.Succeeded || attempt.User is not { } user)
        {
            // The same 401 for every failure: a locked or deactivated account must not be told from an unknown name.
            await audit.RecordAsync(attempt.FailureEvent("Gagal meminta token API"));
            return Unauthorized();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "token.issued", "Token API diterbitkan") { UserId = user.Id, UserName = user.UserName, UnitId = user.UnitId });
        var options = bearerOptions.Get(CmsAuthentication.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var expires = time.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = expires }, CmsAuthentication.BearerScheme);
        return Results.Json(new TokenResponse(options.BearerTokenProtector.Protect(ticket), (int)options.BearerTokenExpiration.TotalSeconds));
    }

    private static IResult Unauthorized() =>
        Results.Problem(title: "Nama pengguna atau kata sandi salah.", statusCode: StatusCodes.Status401Unauthorized);
}
