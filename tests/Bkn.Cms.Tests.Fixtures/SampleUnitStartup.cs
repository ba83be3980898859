using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Fixtures;

/// <summary>Unit-scoped sub-feature "Test.Sample.Unit".</summary>
[FeatureStartup("Test.Sample.Unit")]
public sealed class SampleUnitStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IAdminMenuProvider, SampleUnitMenu>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/contoh-unit", () => Results.Text("contoh-unit")).RequireAuthorization(new RequirePermissionAttribute(SamplePermissions.UseSampleName));
}
