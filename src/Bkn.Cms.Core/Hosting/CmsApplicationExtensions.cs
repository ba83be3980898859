using System.Data.Common;
using System.Text.Json;
using Bkn.Cms.Features;
using Bkn.Cms.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Hosting;

/// <summary>The engine's middleware pipeline and start-up.</summary>
public static partial class CmsApplicationExtensions
{
    /// <summary>Migrates the database and runs setup. Returns false (after saying why) when the store is unusable.</summary>
    public static async Task<bool> InitializeBknCmsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bkn.Cms.Startup");
        try
        {
            _ = ReverseProxy.Options(app.Configuration); // a misread proxy address stops the start here, with its key
            SiteBaseUrl.Validate(app.Configuration, app.Environment);
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SetupService>().InitializeAsync(cancellationToken);
            return true;
        }
        catch (DbException ex)
        {
            LogStartFailed(logger, ex.GetType().Name, ex.Message);
            await Console.Error.WriteLineAsync($"Bkn.Cms tidak dapat dimulai: database tidak dapat dijangkau atau dimigrasikan ({ex.Message}). Periksa Database:Provider dan string koneksinya.");
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStartFailed(logger, ex.GetType().Name, ex.Message);
            await Console.Error.WriteLineAsync($"Bkn.Cms tidak dapat dimulai: {ex.Message}");
            return false;
        }
    }

    public static WebApplication UseBknCms(this WebApplication app)
    {
        // First: everything after it (rate limits, logs, redirects) sees the client's address and scheme.
        if (ReverseProxy.Options(app.Configuration) is { } proxy)
        {
            app.UseForwardedHeaders(proxy);
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat");
            app.UseHsts(); // only on HTTPS requests, which includes those a known proxy forwards as https
        }

        // Friendly error pages for people; API clients keep bare status codes and problem details.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/galat/{0}"));

        // Inside the error pages: a refused page request gets the page that explains its status.
        app.UseMiddleware<MalformedRequestMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Theme and module assets are referenced with asp-append-version, so they can be cached long.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AdminApiGuardMiddleware>();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthorization();

        // After localisation and authentication: entries vary by culture, and signed-in users bypass the cache.
        app.UseOutputCache();

        app.MapControllers();
        foreach (var (startup, feature) in app.Services.GetRequiredService<ModuleStartups>().Items)
        {
            var group = app.MapGroup("").WithMetadata(new FeatureMetadata(feature.Id, feature.UnitScoped));
            startup.MapEndpoints(group);
        }

        app.MapHealthChecks(CmsPaths.Health, new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteHealthAsync,
        }).AllowAnonymous();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up failed ({ErrorType}): {Error}")]
    private static partial void LogStartFailed(ILogger logger, string errorType, string error);
}
