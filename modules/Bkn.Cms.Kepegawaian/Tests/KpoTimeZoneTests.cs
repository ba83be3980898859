using System.Globalization;
using System.Net;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Hosting;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Kepegawaian;

/// <summary>
/// A site in Eastern Indonesia Time (App:TimeZone Asia/Jayapura, WIT = UTC+9) shows the KPO/PPO deadlines and history
/// in its own zone, and a BTL deadline ends at midnight there, not at midnight WIB.
/// </summary>
public sealed class KpoTimeZoneTests : IAsyncLifetime
{
    private const string Jayapura = "Asia/Jayapura";
    private static readonly KpoActor Verifier = new("ver-uji", "verifikator.uji");

    // The time zone changes no stored setup data: the host starts from the set-up copy like the others.
    private readonly CmsFactory _factory = new(settings: new() { [SiteTimeZone.ConfigurationKey] = Jayapura }, setUpFromCopy: true);

    public Task InitializeAsync()
    {
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_dossier_page_shows_the_BTL_deadline_and_the_history_in_the_sites_zone()
    {
        var zone = SiteTimeZone.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SiteTimeZone.ConfigurationKey] = Jayapura }).Build());
        Assert.Equal("WIT", SiteTimeZone.Abbreviation(zone));
        var deadline = SiteTimeZone.Today(TimeProvider.System, zone).AddDays(14);

        string nomor;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var jateng = AgencyCodes.IdOf("PROV-33");
            var u = await db.Set<KpoUsulan>().OrderBy(x => x.Id).FirstAsync(x => x.AgencyId == jateng && x.Status == UsulanStatus.Diajukan);
            await scope.ServiceProvider.GetRequiredService<UsulanService>().DecideAsync(u, UsulanAction.Btl, "Berkas belum lengkap.", [Checklists.For(u.Jenis)[0].Code], deadline, Verifier, default);
            nomor = u.Nomor;

            // Due at the end of the deadline day in WIT (15:00 UTC that day), not at the end of the day in WIB.
            var stored = await db.Set<KpoUsulan>().AsNoTracking().SingleAsync(x => x.Nomor == nomor);
            Assert.Equal(deadline.ToDateTime(new TimeOnly(14, 59, 59)), new DateTime(stored.DueUtc!.Value.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond));
        }

        var browser = _factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var page = await browser.GetAsync($"/admin/kpo/usulan/{nomor}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains($"<dd id=\"batas-langkah\">{deadline.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} 23:59 WIT</dd>", html, StringComparison.Ordinal);
        DateTime decided;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var id = await db.Set<KpoUsulan>().Where(x => x.Nomor == nomor).Select(x => x.Id).SingleAsync();
            decided = await db.Set<KpoRiwayat>().Where(r => r.UsulanId == id).OrderByDescending(r => r.Id).Select(r => r.AtUtc).FirstAsync();
        }

        Assert.Contains(SiteTimeZone.Format(decided, zone, "dd-MM-yyyy HH:mm"), html, StringComparison.Ordinal);
    }
}
