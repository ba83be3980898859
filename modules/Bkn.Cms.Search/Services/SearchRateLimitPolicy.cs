using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Search.Services;

/// <summary>
/// Public search (<c>/cari</c>, <c>/api/search</c>) per client address: <c>RateLimits:SearchPerMinute</c> (default 60)
/// a minute. A visitor over the limit gets 429: the site's page "Terlalu banyak permintaan", or problem details on the API.
/// </summary>
public sealed class SearchRateLimitPolicy(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Name = "search";
    public const string Message = "Terlalu banyak pencarian dari alamat Anda. Silakan coba lagi dalam satu menit.";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
        httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:SearchPerMinute", 60), Window = TimeSpan.FromMinutes(1) });

    // Pages get the site's friendly 429 page (status code pages); the API gets problem details.
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var t = http.RequestServices.GetService(typeof(IStringLocalizer)) as IStringLocalizer;
            await Results.Problem(title: t?[Message].Value ?? Message, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
        }
    }
}
