using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Users.Api;

/// <summary>POST /api/auth/token: a short-lived bearer token for API clients. Failures count toward lockout.</summary>
public static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/auth/token", IssueAsync)
            .WithMetadata(new AllowAnonymousApiAttribute())
            .RequireRateLimiting(RateLimitPolicies.Authentication)
            .DisableAntiforgery();

    private static async Task<IResult> IssueAsync(
        TokenRequest request,
        UserManager<CmsUser> users,
        SignInManager<CmsUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        IAuditTrail audit,
        TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Results.Problem(title: "Nama pengguna dan kata sandi wajib diisi.", statusCode: StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByNameAsync(request.UserName);
        if (user is null || !user.IsActive)
        {
            return Unauthorized();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        await audit.RecordAsync(new AuditEvent(
            AuditCategories.Security,
            result.Succeeded ? "token.issued" : result.IsLockedOut ? "login.lockedout" : "login.failed",
            result.Succeeded ? "Token API diterbitkan" : result.IsLockedOut ? "Gagal meminta token API: akun terkunci" : "Gagal meminta token API: kata sandi salah")
        {
            UserId = user.Id,
            UserName = user.UserName,
            UnitId = user.UnitId,
        });
        if (result.IsLockedOut)
        {
            return Results.Problem(title: "Akun terkunci sementara karena terlalu banyak percobaan gagal.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!result.Succeeded)
        {
            return Unauthorized();
        }

        var options = bearerOptions.Get(CmsAuthentication.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var expires = time.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = expires }, CmsAuthentication.BearerScheme);
        return Results.Json(new TokenResponse(options.BearerTokenProtector.Protect(ticket), (int)options.BearerTokenExpiration.TotalSeconds));
    }

    private static IResult Unauthorized() =>
        Results.Problem(title: "Nama pengguna atau kata sandi salah.", statusCode: StatusCodes.Status401Unauthorized);
}
