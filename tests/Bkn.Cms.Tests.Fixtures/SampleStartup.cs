using Bkn.Cms.Background;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Fixtures;

/// <summary>Default feature "Test.Sample": an admin page, an API, a menu entry and a background task.</summary>
public sealed class SampleStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, SamplePermissions>();
        services.AddSingleton<IAdminMenuProvider, SampleMenu>();
        services.AddSingleton<SampleCounter>();
        services.AddSingleton<IBackgroundTask, SampleBackgroundTask>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/contoh", () => Results.Text("contoh-admin")).RequireAuthorization(new RequirePermissionAttribute(SamplePermissions.UseSampleName));
        endpoints.MapGet("/api/contoh", () => Results.Ok(new { ok = true })).RequireAuthorization(new RequirePermissionAttribute(SamplePermissions.UseSampleName));
        endpoints.MapGet("/contoh-publik", () => Results.Text("contoh-publik"));

        // A plain [AllowAnonymous] is not enough under /api: only AllowAnonymousApiAttribute opens an API endpoint.
        endpoints.MapGet("/api/contoh-anonim", () => Results.Text("contoh-anonim")).AllowAnonymous();
    }
}
