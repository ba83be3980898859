using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Sapk;

/// <summary>The sample recipe on a fresh site with the Agencies module's own sample registry.</summary>
public sealed class SapkSampleRegistryTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task The_sample_recipe_spreads_the_reported_2017_totals_over_the_sample_registry()
    {
        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync("admin", CmsFactory.AdminPassword));

        using var year = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/ringkasan?tahun=2017"));
        using var agencies = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/instansi?periode=2017-12"));

        Assert.Equal(30_245, year.RootElement.GetProperty("aktif").GetInt64());
        Assert.Equal(2_053, year.RootElement.GetProperty("tidakAktif").GetInt64());
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var registry = await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetAsync();
        Assert.True(registry.Count > 10);
        Assert.Equal(registry.Count, agencies.RootElement.GetProperty("instansi").GetArrayLength());
        Assert.Contains("Pengguna SAPK", await host.Factory.CreateClient().GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("30.245", await host.Factory.CreateClient().GetStringAsync(SapkRoutes.Public), StringComparison.Ordinal);
    }
}
