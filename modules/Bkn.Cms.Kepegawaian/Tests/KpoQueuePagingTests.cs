using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Kepegawaian.Controllers;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Kepegawaian;

/// <summary>
/// The verifier queue pages through every dossier: earliest due first, those without a due time last, each dossier
/// on exactly one page, the filters kept on the next page.
/// </summary>
public sealed partial class KpoQueuePagingTests
{
    [Fact]
    public async Task The_verifier_walks_the_whole_queue_page_by_page_without_losing_or_repeating_a_dossier()
    {
        await using var factory = new CmsFactory();
        var jatim = AgencyCodes.IdOf("PROV-35");
        var period = new DateOnly(2031, 4, 1);
        var due = new DateTime(2031, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();

            // 250 dossiers of one period: 180 with a due time (some sharing the same instant), 70 without.
            for (var i = 0; i < 250; i++)
            {
                db.Set<KpoUsulan>().Add(new KpoUsulan
                {
                    Nomor = $"UJI-HAL-{i:000}",
                    AgencyId = jatim,
                    Period = period,
                    Jenis = JenisUsulan.KpOtomatis,
                    Nip = $"19800101200501{i:0000}",
                    Nama = $"Pegawai Uji {i:000}",
                    Golongan = "III/a",
                    Status = UsulanStatus.Diajukan,
                    CreatedUtc = due.AddDays(-30),
                    DueUtc = i < 180 ? due.AddHours(i / 3) : null,
                });
            }

            await db.SaveChangesAsync();
        }

        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var seen = new List<string>();
        var url = $"/admin/kpo/usulan?instansi={jatim}&periode=2031-04-01&status=DIAJUKAN";
        var pages = 0;
        while (url is not null)
        {
            var html = WebUtility.HtmlDecode(await admin.GetStringAsync(url));
            Assert.Contains("250 usulan", html, StringComparison.Ordinal);
            seen.AddRange(Number().Matches(html).Select(m => m.Groups[1].Value));
            var next = NextLink().Match(html);
            url = next.Success ? next.Groups[1].Value : null;
            if (url is not null)
            {
                Assert.Contains("periode=2031-04-01", url, StringComparison.Ordinal);
                Assert.Contains("status=DIAJUKAN", url, StringComparison.Ordinal);
            }

            Assert.True(++pages <= 5, "the queue ends");
        }

        Assert.Equal(3, pages);
        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());

        // Due first (in order; ties by the order they were filed), then those without a due time.
        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"UJI-HAL-{i:000}"), seen);
        Assert.Equal(KpoAdminController.PageSize, seen.IndexOf("UJI-HAL-100"));
    }

    [GeneratedRegex("<a href=\"/admin/kpo/usulan/(UJI-HAL-[0-9]{3})\">")]
    private static partial Regex Number();

    [GeneratedRegex("<a rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();
}
