using Bkn.Cms.Background;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>Scans left without a ticket by a crash are removed after a grace period (issue 20, item 8).</summary>
public sealed class HelpdeskScanSweepTests
{
    [Fact]
    public async Task A_scan_without_a_ticket_is_removed_after_the_grace_period_and_a_ticket_keeps_its_scans()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new CmsFactory(
            settings: new() { ["State:PollInterval"] = "01:00:00", ["RateLimits:HelpdeskSubmitPerMinute"] = "100000", ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        var browser = factory.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(browser, "lupa-jawaban-pengaman-2");
        var filed = await HelpdeskClient.PostAsync(browser, "lupa-jawaban-pengaman-2", page, HelpdeskClient.NikForm(), null,
            ("ScanKtp", "%PDF-1.4\n%sweep\n"u8.ToArray(), "ktp.pdf", "application/pdf"),
            ("ScanKk", HelpdeskClient.Jpeg(), "kk.jpg", "image/jpeg"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, filed.StatusCode);

        // What a crash leaves: the scan written, its ticket's transaction never committed.
        string orphan;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            orphan = await scope.ServiceProvider.GetRequiredService<ScanStore>().SaveAsync("%PDF-1.4\n%orphan\n"u8.ToArray(), ".pdf", clock.GetUtcNow().UtcDateTime, default);
        }

        var root = Path.Combine(factory.Database.DataPath, "helpdesk-private");
        var kept = await AttachedAsync(factory);
        Assert.Equal(2, kept.Count(path => File.Exists(Path.Combine(root, path))));

        // Within the grace period a scan may still be on its way into a ticket: left alone.
        Assert.Equal(0, await SweepAsync(factory));
        Assert.True(File.Exists(Path.Combine(root, orphan)));

        // The hourly task may sweep as the clock moves; either way, after a sweep the orphan is gone.
        clock.Advance(OrphanScanSweeper.GracePeriod + TimeSpan.FromMinutes(1));
        await SweepAsync(factory);

        Assert.False(File.Exists(Path.Combine(root, orphan)), "the orphaned scan is gone");
        Assert.All(kept, path => Assert.True(File.Exists(Path.Combine(root, path)), "the ticket's scans stay"));
        Assert.Contains(factory.Services.GetServices<IBackgroundTask>(), t => t is OrphanScanSweepTask);
    }

    private static async Task<int> SweepAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrphanScanSweeper>().SweepAsync(default);
    }

    private static async Task<List<string>> AttachedAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskAttachment>().AsNoTracking().Select(a => a.StoragePath).ToListAsync();
    }
}
