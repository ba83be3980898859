using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Integration;

public sealed class ScheduledPublishingTests
{
    [Fact]
    public async Task A_draft_scheduled_for_later_goes_online_when_its_time_comes_and_offline_at_its_end_time()
    {
        // A fake clock fires periodic timers once per elapsed period, so the state poll is slowed down and time is
        // advanced by hours, not days (local changes are seen at once without the poll).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        await using var factory = new CmsFactory(settings: new() { ["State:PollInterval"] = "01:00:00" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var humas = (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString();

        // Times are typed in WIB (UTC+7): 10:00 WIB = 03:00 UTC, two hours after the fake "now".
        var saved = await browser.PostFormAsync("/admin/konten/baru/Halaman", "/admin/konten/baru/Halaman", new()
        {
            ["TitlePart.Title"] = "Pengumuman Seleksi CPNS",
            ["BodyPart.Body"] = "Jadwal seleksi.",
            ["BodyPart.Format"] = "markdown",
            ["PublishLaterPart.ScheduledPublishLocal"] = "2026-11-28T10:00",
            ["UnpublishLaterPart.ScheduledUnpublishLocal"] = "2026-11-28T13:00",
            ["unitId"] = humas,
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Terjadwal 28", await browser.GetStringAsync("/admin/konten?status=terjadwal"), StringComparison.Ordinal);
        var visitor = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/pengumuman-seleksi-cpns")).StatusCode);

        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/pengumuman-seleksi-cpns")).StatusCode);

        // The node was "down" past the due time: the job publishes once when it next runs.
        clock.Advance(TimeSpan.FromHours(2));
        await Eventually.TrueAsync(
            async () => (await visitor.GetAsync("/pengumuman-seleksi-cpns")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10),
            "the scheduled page is published after its time");

        clock.Advance(TimeSpan.FromHours(3));
        await Eventually.TrueAsync(
            async () => (await visitor.GetAsync("/pengumuman-seleksi-cpns")).StatusCode == HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(10),
            "the page goes offline at its end time");
    }

    [Fact]
    public async Task A_schedule_in_the_past_is_refused_with_a_message()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        await using var factory = new CmsFactory(services: s => s.AddSingleton<TimeProvider>(clock));
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var response = await browser.PostFormAsync("/admin/konten/baru/Halaman", "/admin/konten/baru/Halaman", new()
        {
            ["TitlePart.Title"] = "Terlambat",
            ["PublishLaterPart.ScheduledPublishLocal"] = "2026-11-27T10:00",
            ["unitId"] = (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString(),
            ["submit"] = "simpan",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Waktu jadwal sudah lewat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
