using System.Text;
using Bkn.Cms.Recipes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>
/// A site for the helpdesk's access rules: rate limits out of the way except the NIK search (a few per hour), and a
/// second helpdesk unit (Direktorat Pensiun, team "tim-pensiun", category "uji-pensiun") beside the recipe's DIT-PDIK.
/// </summary>
public sealed class HelpdeskGuardHost : IAsyncLifetime
{
    public const int NikSearchesPerHour = 4;
    public const string OtherTeam = "tim-pensiun";
    public const string OtherCategory = "uji-pensiun";

    public CmsFactory Factory { get; } = new(settings: new()
    {
        ["RateLimits:HelpdeskSubmitPerMinute"] = "100000", ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000",
        ["RateLimits:HelpdeskStatusPerMinute"] = "100000",
        ["RateLimits:HelpdeskNikSearchPerHour"] = NikSearchesPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task InitializeAsync()
    {
        const string recipe = $$"""
            {
              "name": "uji-helpdesk-unit-lain",
              "steps": [
                {
                  "name": "Helpdesk",
                  "teams": [ { "id": "{{OtherTeam}}", "name": "Tim Pensiun", "unit": "DIT-PENSIUN" } ],
                  "categories": [ { "id": "{{OtherCategory}}", "name": "Uji unit lain", "form": "LokasiLahir", "team": "{{OtherTeam}}", "slaHours": 24 } ]
                }
              ]
            }
            """;
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(recipe)), CancellationToken.None);
        var browser = Factory.CreateBrowser();
        await Eventually.TrueAsync(async () => (await browser.GetAsync($"/helpdesk/formulir/{OtherCategory}")).IsSuccessStatusCode, TimeSpan.FromSeconds(10), "the new category's form is served");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
