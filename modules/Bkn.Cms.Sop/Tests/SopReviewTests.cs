using System.Net;
using Bkn.Cms.Notifications;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Bkn.Cms.Users;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>Monitoring rounds with a fake clock: the timer's sweep opens them, reminds the unit, marks them overdue;
/// a unit that answered every SOP closes its round and is not marked late; the dashboard shows the completion.</summary>
[Collection(SopCollection.Name)]
public sealed class SopReviewTests(SopSite site)
{
    // A year no other test and no sample data touches, so the rounds here are this test's own.
    private static readonly DateTimeOffset Opening = new(2031, 1, 2, 3, 0, 0, TimeSpan.Zero);

    private async Task<ReviewSweepResult> SweepAsync(FakeTimeProvider clock, ReviewSchedule schedule)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<SopReviewService>(scope.ServiceProvider, (TimeProvider)clock);
        return await service.SweepAsync(schedule, default);
    }

    private Task<SopReviewRound> RoundAsync(Guid unitId, string period) =>
        site.DbAsync(db => db.Set<SopReviewRound>().AsNoTracking().SingleAsync(r => r.UnitId == unitId && r.Kind == ReviewKind.Pemantauan && r.Period == period));

    [Fact]
    public async Task The_timer_opens_a_monitoring_round_reminds_the_unit_and_marks_it_overdue_unless_the_unit_completed_it()
    {
        var clock = new FakeTimeProvider(Opening);
        var kp = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENGADAAN");
        var pensiun = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENSIUN");

        // 2 January: the January round opens for every unit with SOPs in force, due 30 days after 1 January.
        var opened = await SweepAsync(clock, ReviewSchedule.Monitoring);
        Assert.True(opened.Opened >= 2, $"opened {opened.Opened}");
        var round = await RoundAsync(kp, "2031-S1");
        Assert.Equal(new DateOnly(2031, 1, 31), round.DueOn);
        Assert.Equal("Terbuka", SopReviewService.State(round));
        Assert.Equal(0, (await SweepAsync(clock, ReviewSchedule.Monitoring)).Opened);

        // 24 January, a week before the due date: the units are reminded once, with an in-app notification.
        clock.Advance(TimeSpan.FromDays(22));
        Assert.True((await SweepAsync(clock, ReviewSchedule.Monitoring)).Reminded >= 2);
        Assert.Equal("Diingatkan", SopReviewService.State(await RoundAsync(kp, "2031-S1")));
        Assert.Equal(0, (await SweepAsync(clock, ReviewSchedule.Monitoring)).Reminded);
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var author = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().SearchAsync("penyusun.kp", 5, default)).Single(u => u.UserName == "penyusun.kp");
            Assert.True(await scope.ServiceProvider.GetRequiredService<INotificationCenter>().CountUnreadAsync(author.Id, default) > 0);
        }

        // The author of Direktorat Pengadaan cannot close the round before every SOP is answered, then answers all.
        var client = await site.AsAsync("penyusun.kp");
        var form = await client.GetStringAsync($"/admin/sop/pemantauan/{round.Id}");
        Assert.Contains("Berjalan baik", form, StringComparison.Ordinal);
        var sops = await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().Where(s => s.UnitId == kp && s.Status == SopStatus.Berlaku).Select(s => s.Id).ToListAsync());
        Assert.NotEmpty(sops);
        var fields = new Dictionary<string, string> { ["selesai"] = "1" };
        foreach (var id in sops.Skip(1))
        {
            fields["sop." + id.ToString("N")] = id.ToString();
            fields[$"r.{id:N}.baik"] = "ya";
        }

        var refused = await client.PostFormAsync($"/admin/sop/pemantauan/{round.Id}", $"/admin/sop/pemantauan/{round.Id}", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("setiap SOP harus dijawab", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await RoundAsync(kp, "2031-S1")).CompletedUtc);
        Assert.Equal(0, await site.DbAsync(db => db.Set<SopReviewEntry>().CountAsync(e => e.RoundId == round.Id)));

        fields["sop." + sops[0].ToString("N")] = sops[0].ToString();
        fields[$"r.{sops[0]:N}.baik"] = "tidak";
        fields[$"r.{sops[0]:N}.catatan"] = "Waktu verifikasi melebihi standar.";
        fields[$"r.{sops[0]:N}.tindakan"] = "Revisi waktu pada baris 2.";
        var done = await client.PostFormAsync($"/admin/sop/pemantauan/{round.Id}", $"/admin/sop/pemantauan/{round.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Selesai", SopReviewService.State(await RoundAsync(kp, "2031-S1")));

        // Another unit's author cannot open this unit's round.
        var other = await site.AsAsync("penyusun.pensiun");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/sop/pemantauan/{round.Id}")).StatusCode);

        // 1 February: past the due date, the open rounds are marked overdue; the completed one is not.
        clock.Advance(TimeSpan.FromDays(8));
        Assert.True((await SweepAsync(clock, ReviewSchedule.Monitoring)).Overdue >= 1);
        Assert.Equal("Terlambat", SopReviewService.State(await RoundAsync(pensiun, "2031-S1")));
        Assert.Equal("Selesai", SopReviewService.State(await RoundAsync(kp, "2031-S1")));

        // The evaluator's dashboard shows the latest round per unit and the export holds the answer.
        var evaluator = await site.AsAsync("evaluator");
        var dashboard = WebUtility.HtmlDecode(await evaluator.GetStringAsync("/admin/sop/dasbor"));
        Assert.Contains("2031-S1 Terlambat", dashboard, StringComparison.Ordinal);
        Assert.Contains("2031-S1 Selesai", dashboard, StringComparison.Ordinal);
        var export = await evaluator.GetAsync("/admin/sop/pemantauan/ekspor");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Contains(workbook.Worksheet("Hasil Pemantauan").RowsUsed(), r => r.Cell(6).GetString() == "Waktu verifikasi melebihi standar." && r.Cell(5).GetString() == "Tidak");
    }

    [Fact]
    public async Task The_module_ships_daily_timer_workflows_that_drive_monitoring_and_evaluation()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowTypeStore>();
        foreach (var (id, kind) in new[] { ("sop-pemantauan", "pemantauan"), ("sop-evaluasi", "evaluasi") })
        {
            var type = await store.GetAsync(id, cancellationToken: default);
            Assert.NotNull(type);
            Assert.True(type.IsEnabled);
            Assert.Contains(type.Activities, a => a.Name == "TimerEvent" && a.IsStart);
            var task = Assert.Single(type.Activities, a => a.Name == "SopReviewSweepTask");
            Assert.Equal(kind, task.GetString("kind"));
        }

        var evaluation = Bkn.Cms.Sop.Activities.SopReviewSweepTask.Schedule((await store.GetAsync("sop-evaluasi", cancellationToken: default))!.Activities.Single(a => a.Name == "SopReviewSweepTask"));
        Assert.Equal(ReviewKind.Evaluasi, evaluation.Kind);
        Assert.Equal(("2031", new DateOnly(2031, 11, 1)), (evaluation.Current(new DateOnly(2031, 12, 5)).Period, evaluation.Current(new DateOnly(2031, 12, 5)).Opens));
    }
}
