using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Data;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Modules.Kepegawaian;

/// <summary>A site set up with the sample data on a fake clock, so the shipped KPO/PPO workflow timers can be moved through.</summary>
public sealed class KpoClockHost : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CmsFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new CmsFactory(settings: new() { ["State:PollInterval"] = "01:00:00" }, services: s => s.AddSingleton<TimeProvider>(Clock));
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>
/// The workflow types of the module recipe drive the behaviour: the daily timer makes the nominative lists when a
/// reconciliation window opens; a submitted dossier left undecided reminds the verifiers and then escalates; a BTL
/// dossier reminds the agency before its deadline and tells both sides when it passed; a dossier acted on in time
/// raises nothing.
/// </summary>
public sealed class KpoWorkflowTests(KpoClockHost host) : IClassFixture<KpoClockHost>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
    private static readonly KpoActor Operator = new("op-uji", "operator.uji");
    private static readonly KpoActor Verifier = new("ver-uji", "verifikator.uji");

    [Fact]
    public async Task Timers_open_the_lists_remind_and_escalate_late_verification_and_watch_the_BTL_deadline()
    {
        var clock = host.Clock;
        var calendar = new PeriodCalendar(new KpoOptions());

        // 1. The day a new reconciliation window opens, the daily timer makes that period's lists for the pilot agencies.
        var today = Wib(clock);
        var open = calendar.OpenWindows(today).ToHashSet();
        var day = today.AddDays(1);
        while (calendar.OpenWindows(day).All(open.Contains))
        {
            day = day.AddDays(1);
        }

        var period = calendar.OpenWindows(day).First(p => !open.Contains(p));
        Assert.False(await AnyAsync(db => db.Set<KpoDaftar>().AnyAsync(d => d.Period == period)));
        AdvanceTo(clock, day.ToDateTime(new TimeOnly(1, 5)).AddHours(-7));
        await WaitForAsync(db => db.Set<KpoDaftar>().CountAsync(d => d.Period == period), n => n == NominativeListTask.PilotAgencies.Length);
        await WaitForAsync(db => db.Set<NotificationRecord>().CountAsync(n => n.Text.StartsWith("Masa rekonsiliasi KP/pensiun dibuka")), n => n > 0);

        // 2. Three dossiers are submitted: one the verifier leaves, one decided MS in time, one marked BTL.
        var late = await SubmitAsync(0);
        var onTime = await SubmitAsync(1);
        var btl = await SubmitAsync(2);
        await ActAsync(onTime, (s, u) => s.DecideAsync(u, UsulanAction.Ms, null, null, null, Verifier, default));
        var deadline = Wib(clock).AddDays(5);
        await ActAsync(btl, (s, u) => s.DecideAsync(u, UsulanAction.Btl, "SKP belum ditandatangani.", ["skp"], deadline, Verifier, default));

        // 3. Three days before the BTL deadline nothing is sent; two days before, the agency's operator is reminded.
        clock.Advance(TimeSpan.FromDays(2));
        await ProcessAsync();
        Assert.Empty(await TextsAsync(btl));
        clock.Advance(TimeSpan.FromDays(2));
        await WaitForAsync(db => TextsOf(db, btl), t => t.Any(x => x.StartsWith("Pengingat: lengkapi berkas usulan", StringComparison.Ordinal)));
        Assert.Contains("operator.kpo.jateng", await RecipientsAsync(btl));

        // 4. The deadline passes: the agency and the verifiers are told, and the audit trail says so.
        clock.Advance(TimeSpan.FromDays(2));
        await WaitForAsync(db => TextsOf(db, btl), t => t.Any(x => x.StartsWith("Instansi melewati batas waktu BTL", StringComparison.Ordinal)));
        Assert.Contains(await TextsAsync(btl), x => x.StartsWith("Batas waktu melengkapi berkas", StringComparison.Ordinal));

        // 5. Past the 10-day service level the verifiers are reminded of the undecided dossier, 3 days later escalated.
        clock.Advance(TimeSpan.FromDays(5));
        await WaitForAsync(db => TextsOf(db, late), t => t.Any(x => x.Contains("melewati tingkat layanan verifikasi", StringComparison.Ordinal)));
        Assert.Contains("verifikator.kpo", await RecipientsAsync(late));
        Assert.DoesNotContain(await TextsAsync(late), x => x.StartsWith("Eskalasi", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromDays(3));
        await WaitForAsync(db => TextsOf(db, late), t => t.Any(x => x.StartsWith("Eskalasi", StringComparison.Ordinal)));

        // The dossier decided in time raised nothing.
        Assert.Empty(await TextsAsync(onTime));
    }

    private static DateOnly Wib(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));

    private static void AdvanceTo(FakeTimeProvider clock, DateTime utc)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (utc > now)
        {
            clock.Advance(utc - now);
        }
    }

    private async Task<string> SubmitAsync(int skip)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var service = scope.ServiceProvider.GetRequiredService<UsulanService>();
        var jateng = AgencyCodes.IdOf("PROV-33");
        var taken = await db.Set<KpoUsulan>().Select(u => u.Nip + "|" + u.Period).ToListAsync();
        var items = await db.Set<KpoNominatif>().Where(n => n.AgencyId == jateng && n.Jenis == JenisUsulan.KpOtomatis && n.Memenuhi).OrderByDescending(n => n.Period).ThenByDescending(n => n.Nip).Take(100).ToListAsync();
        var item = items.Where(i => !taken.Contains(i.Nip + "|" + i.Period)).Skip(skip).First();
        var u = await service.CreateAsync(item, Operator, default);
        await service.UploadAsync(u, "pengantar-nukp", "pengantar.pdf", Pdf, Operator, default);
        await service.UploadAsync(u, "skp", "skp.pdf", Pdf, Operator, default);
        await service.SubmitAsync(u, Operator, default);
        return u.Nomor;
    }

    private async Task ActAsync(string nomor, Func<UsulanService, KpoUsulan, Task> act)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var u = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<KpoUsulan>().SingleAsync(x => x.Nomor == nomor);
        await act(scope.ServiceProvider.GetRequiredService<UsulanService>(), u);
    }

    private async Task ProcessAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowTimerProcessor>().ProcessDueAsync(1000, default);
    }

    private async Task<bool> AnyAsync(Func<DbContext, Task<bool>> query)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    private static Task<List<string>> TextsOf(DbContext db, string nomor) =>
        db.Set<NotificationRecord>().Where(n => n.Text.Contains(nomor)).Select(n => n.Text).ToListAsync();

    private async Task<List<string>> TextsAsync(string nomor)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await TextsOf(scope.ServiceProvider.GetRequiredService<DbContext>(), nomor);
    }

    private async Task<List<string>> RecipientsAsync(string nomor)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        return await (from n in db.Set<NotificationRecord>()
                      join u in db.Set<CmsUser>() on n.UserId equals u.Id
                      where n.Text.Contains(nomor)
                      select u.UserName!).Distinct().ToListAsync();
    }

    /// <summary>Fires the due timers (the host's own timer task may take them first) until the condition holds.</summary>
    private async Task WaitForAsync<T>(Func<DbContext, Task<T>> query, Func<T, bool> condition)
    {
        T last = default!;
        for (var attempt = 0; attempt < 150; attempt++)
        {
            await ProcessAsync();
            await using var scope = host.Factory.Services.CreateAsyncScope();
            last = await query(scope.ServiceProvider.GetRequiredService<DbContext>());
            if (condition(last))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The workflow did not produce the expected state; last seen: {(last is System.Collections.IEnumerable e and not string ? string.Join(" | ", e.Cast<object>()) : last)}");
    }
}
