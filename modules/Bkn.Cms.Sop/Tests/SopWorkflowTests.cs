using System.Net;
using Bkn.Cms.Data;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>What the SOP workflow tests read: instances, in-app notifications and the outbox (the test mailer).</summary>
internal static class SopWorkflowProbe
{
    public const string EvaluatorMail = "evaluator.uji@bkn.go.id";
    public const string AuthorMail = "penyusun.kp@bkn.go.id";

    public static async Task<T> DbAsync<T>(CmsFactory factory, Func<DbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    public static Task<int> SetEmailAsync(CmsFactory factory, string userName, string email) =>
        DbAsync(factory, db => db.Set<CmsUser>().Where(u => u.NormalizedUserName == userName.ToUpperInvariant())
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, email).SetProperty(u => u.NormalizedEmail, email.ToUpperInvariant())));

    /// <summary>The admin-bar notifications of a user.</summary>
    public static Task<List<string>> NotificationsAsync(CmsFactory factory, string userName) =>
        DbAsync(factory, db => (from n in db.Set<NotificationRecord>()
                                join u in db.Set<CmsUser>() on n.UserId equals u.Id
                                where u.NormalizedUserName == userName.ToUpperInvariant()
                                select n.Text).ToListAsync());

    /// <summary>The e-mails written to the outbox (no SMTP host in tests) for an address: subject and text.</summary>
    public static List<(string Subject, string Body)> Mails(CmsFactory factory, string to)
    {
        var outbox = Path.Combine(factory.Database.DataPath, "outbox");
        if (!Directory.Exists(outbox))
        {
            return [];
        }

        var mails = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(outbox, "*.eml"))
        {
            using var message = MimeMessage.Load(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                mails.Add((message.Subject ?? "", WebUtility.HtmlDecode(message.HtmlBody ?? "")));
            }
        }

        return mails;
    }

    public static Task<List<WorkflowInstanceRecord>> InstancesAsync(CmsFactory factory, Guid sopId) =>
        DbAsync(factory, db => db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.CorrelationId == sopId.ToString() && i.WorkflowTypeId == SopWorkflow.TypeId).OrderBy(i => i.Id).ToListAsync());

    public static Task<List<string>> WaitingAtAsync(CmsFactory factory, Guid sopId) =>
        DbAsync(factory, db => db.Set<WorkflowBlockingActivityRecord>().AsNoTracking().Where(b => b.CorrelationId == sopId.ToString() && b.WorkflowTypeId == SopWorkflow.TypeId).Select(b => b.ActivityId).ToListAsync());

    public static async Task<HttpResponseMessage> MoveAsync(CmsFactory factory, HttpClient client, Guid id, string action, Dictionary<string, string>? extra = null)
    {
        var fields = extra ?? [];
        fields["aksi"] = action;
        fields["stamp"] = (await DbAsync(factory, db => db.Set<SopDocument>().AsNoTracking().Where(s => s.Id == id).Select(s => s.Stamp).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await client.PostFormAsync($"/admin/sop/{id}", $"/admin/sop/{id}/aksi", fields);
    }
}

/// <summary>
/// The lifecycle as the workflow type "sop-siklus" of the module's recipe: a submission starts the SOP version's instance,
/// which sets the status and tells the evaluators in the admin bar and by e-mail; a return tells the author with the
/// evaluator's notes per row; a sample SOP without an instance gets one on its first move.
/// </summary>
[Collection(SopCollection.Name)]
public sealed class SopWorkflowTests(SopSite site)
{
    private Task<SopDocument> SopAsync(Guid id) => site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().SingleAsync(s => s.Id == id));

    [Fact]
    public async Task A_submission_runs_the_workflow_which_notifies_the_evaluator_and_a_return_notifies_the_author_with_the_row_notes()
    {
        const string Nomor = "SOP-ALUR/001/2026";
        await SopWorkflowProbe.SetEmailAsync(site.Factory, "evaluator", SopWorkflowProbe.EvaluatorMail);
        await SopWorkflowProbe.SetEmailAsync(site.Factory, "penyusun.kp", SopWorkflowProbe.AuthorMail);
        var author = await site.AsAsync("penyusun.kp");
        var evaluator = await site.AsAsync("evaluator");
        var unit = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENGADAAN");
        var id = SopLifecycleTests.IdFrom(await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", SopLifecycleTests.Form(unit, Nomor)));
        Assert.Empty(await SopWorkflowProbe.InstancesAsync(site.Factory, id));

        // Submitted: the version's instance set the status and now waits for the evaluator.
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(site.Factory, author, id, "Ajukan")).StatusCode);
        Assert.Equal(SopStatus.Diajukan, (await SopAsync(id)).Status);
        var instance = Assert.Single(await SopWorkflowProbe.InstancesAsync(site.Factory, id));
        Assert.Equal((int)WorkflowStatus.Halted, instance.Status);
        Assert.Equal(new[] { "telaah" }, await SopWorkflowProbe.WaitingAtAsync(site.Factory, id));
        Assert.Contains("Alur kerja siklus SOP menunggu: Kembalikan untuk perbaikan / Nyatakan valid.", WebUtility.HtmlDecode(await evaluator.GetStringAsync($"/admin/sop/{id}")), StringComparison.Ordinal);
        Assert.Contains(await SopWorkflowProbe.NotificationsAsync(site.Factory, "evaluator"), n => n.Contains(Nomor, StringComparison.Ordinal) && n.Contains("diajukan untuk validasi", StringComparison.Ordinal));
        Assert.Contains(SopWorkflowProbe.Mails(site.Factory, SopWorkflowProbe.EvaluatorMail), m => m.Subject == $"SOP {Nomor} diajukan untuk validasi" && m.Body.Contains("Direktorat Pengadaan dan Kepangkatan", StringComparison.Ordinal));

        // Returned with a note on row 2: the author reads it in the admin bar and the e-mail.
        var returned = await SopWorkflowProbe.MoveAsync(site.Factory, evaluator, id, "Kembalikan", new() { ["catatan-baris.b"] = "Pelaksana keputusan belum sesuai SOTK." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(SopStatus.PerluPerbaikan, (await SopAsync(id)).Status);
        Assert.Equal(new[] { "diajukan-kembali" }, await SopWorkflowProbe.WaitingAtAsync(site.Factory, id));
        Assert.Contains(await SopWorkflowProbe.NotificationsAsync(site.Factory, "penyusun.kp"), n => n.Contains(Nomor, StringComparison.Ordinal) && n.Contains("Baris 2: Pelaksana keputusan belum sesuai SOTK.", StringComparison.Ordinal));
        Assert.Contains(SopWorkflowProbe.Mails(site.Factory, SopWorkflowProbe.AuthorMail), m => m.Subject == $"SOP {Nomor} dikembalikan untuk perbaikan" && m.Body.Contains("Baris 2: Pelaksana keputusan belum sesuai SOTK.", StringComparison.Ordinal));

        // Resubmitted and validated: the same instance goes on and tells the unit head; still one instance.
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(site.Factory, author, id, "Ajukan")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(site.Factory, evaluator, id, "Validasi")).StatusCode);
        Assert.Equal(SopStatus.Divalidasi, (await SopAsync(id)).Status);
        Assert.Equal(new[] { "pengesahan" }, await SopWorkflowProbe.WaitingAtAsync(site.Factory, id));
        Assert.Single(await SopWorkflowProbe.InstancesAsync(site.Factory, id));
        Assert.Contains(await SopWorkflowProbe.NotificationsAsync(site.Factory, "pengesah.kp"), n => n.Contains(Nomor, StringComparison.Ordinal) && n.Contains("menunggu pengesahan", StringComparison.Ordinal));
        Assert.Equal(3, await site.DbAsync(db => db.Set<SopEvent>().CountAsync(e => e.SopId == id && e.To != SopStatus.PerluPerbaikan && e.To != SopStatus.Draf)));
    }

    [Fact]
    public async Task A_sample_sop_without_an_instance_gets_one_at_its_status_on_its_first_move()
    {
        // A submitted sample SOP (the meeting test takes Arsip I's): the register was generated without instances.
        var evaluator = await site.AsAsync("evaluator");
        var arsip = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-ARSIP-1");
        var sample = await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().Where(s => s.UnitId != arsip && s.Status == SopStatus.Diajukan && s.Nomor.EndsWith("/2017")).OrderByDescending(s => s.Nomor).FirstAsync());
        Assert.Empty(await SopWorkflowProbe.InstancesAsync(site.Factory, sample.Id));

        var returned = await SopWorkflowProbe.MoveAsync(site.Factory, evaluator, sample.Id, "Kembalikan", new() { ["catatan"] = "Lengkapi waktu pada setiap kegiatan." });

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(SopStatus.PerluPerbaikan, (await SopAsync(sample.Id)).Status);
        var instance = Assert.Single(await SopWorkflowProbe.InstancesAsync(site.Factory, sample.Id));
        Assert.Equal((int)WorkflowStatus.Halted, instance.Status);
        Assert.Contains("status-perbaikan", instance.Journal, StringComparison.Ordinal);
        Assert.Equal(new[] { "diajukan-kembali" }, await SopWorkflowProbe.WaitingAtAsync(site.Factory, sample.Id));
    }
}

/// <summary>The monitoring and evaluation notices also go out by e-mail, through the shipped workflow's "Kirim surel" task.</summary>
[Collection(SopCollection.Name)]
public sealed class SopReviewMailTests(SopSite site)
{
    [Fact]
    public async Task The_evaluation_workflow_sends_the_round_notices_by_email_to_the_units_users()
    {
        await SopWorkflowProbe.SetEmailAsync(site.Factory, "penyusun.kp", SopWorkflowProbe.AuthorMail);
        var before = SopWorkflowProbe.Mails(site.Factory, SopWorkflowProbe.AuthorMail).Count(m => m.Subject.StartsWith("Evaluasi tahunan SOP periode", StringComparison.Ordinal));

        // Direktorat Pengadaan has no open evaluation round (the host's daily timer may have opened one at start-up).
        var kp = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENGADAAN");
        await site.DbAsync(async db =>
        {
            var rounds = await db.Set<SopReviewRound>().Where(r => r.UnitId == kp && r.Kind == ReviewKind.Evaluasi && r.CompletedUtc == null).Select(r => r.Id).ToListAsync();
            await db.Set<SopReviewEntry>().Where(e => rounds.Contains(e.RoundId)).ExecuteDeleteAsync();
            return await db.Set<SopReviewRound>().Where(r => rounds.Contains(r.Id)).ExecuteDeleteAsync();
        });

        // What the daily timer does: the first run in a period opens a round for every unit with SOPs in force.
        WorkflowRunResult run;
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            run = await scope.ServiceProvider.GetRequiredService<IWorkflowManager>().StartAsync("sop-evaluasi", cancellationToken: default);
        }

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var mails = SopWorkflowProbe.Mails(site.Factory, SopWorkflowProbe.AuthorMail).Where(m => m.Subject.StartsWith("Evaluasi tahunan SOP periode", StringComparison.Ordinal)).ToList();
        var journal = await site.DbAsync(db => db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.InstanceId == run.InstanceId).Select(i => i.Journal).SingleAsync());
        Assert.True(before + 1 == mails.Count, journal);
        Assert.Contains("/admin/sop/pemantauan", mails[^1].Body, StringComparison.Ordinal);
        Assert.Contains(await SopWorkflowProbe.NotificationsAsync(site.Factory, "penyusun.kp"), n => n == mails[^1].Subject);

        // The addresses do not stay in the finished instance.
        var state = await site.DbAsync(db => db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.InstanceId == run.InstanceId).Select(i => i.State).SingleAsync());
        Assert.DoesNotContain(SopWorkflowProbe.AuthorMail, state, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// What an administrator's change to "sop-siklus" does, on a site of its own: an edited notification text is used by new
/// instances; an action the SOP's instance does not wait for is refused and nothing changes; a disabled type leaves the
/// lifecycle in code without instances or notifications; enabled again, an SOP moved meanwhile is not stuck.
/// </summary>
public sealed class SopWorkflowTypeTests : IAsyncLifetime
{
    // A host of its own (this class changes the shipped workflow type), set up like the shared SOP site.
    private readonly SopSite _site = new();
    private readonly CmsFactory _factory;

    public SopWorkflowTypeTests() => _factory = _site.Factory;

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    private Task<HttpClient> AsAsync(string userName) => _site.AsAsync(userName);

    private Task<SopDocument> SopAsync(Guid id) => SopWorkflowProbe.DbAsync(_factory, db => db.Set<SopDocument>().AsNoTracking().SingleAsync(s => s.Id == id));

    private async Task<Guid> DraftAsync(HttpClient author, string nomor)
    {
        var unit = await UnitFeatureTests.UnitIdAsync(_factory, "DIT-PENGADAAN");
        var form = SopLifecycleTests.Form(unit, nomor);
        form["DisahkanJabatan"] = "Direktur Pengadaan dan Kepangkatan";
        form["DisahkanNama"] = "Pejabat Uji";
        form["DisahkanNip"] = "197001011995031001";
        return SopLifecycleTests.IdFrom(await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", form));
    }

    private async Task EditTypeAsync(Action<WorkflowTypeDefinition> edit)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowTypeStore>();
        var type = (await store.GetAsync(SopWorkflow.TypeId, cancellationToken: default))!;
        edit(type);
        await store.SaveAsync(type, default);
    }

    private async Task SetEnabledAsync(bool enabled)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowTypeStore>().SetEnabledAsync(SopWorkflow.TypeId, enabled, default);
    }

    [Fact]
    public async Task Edits_and_disabling_of_the_workflow_type_behave_as_documented_and_no_sop_is_stuck()
    {
        var author = await AsAsync("penyusun.kp");
        var evaluator = await AsAsync("evaluator");
        var head = await AsAsync("pengesah.kp");

        // The administrator rewrites the evaluators' message and lets evaluators only validate (no return).
        await EditTypeAsync(type =>
        {
            type.Activities.Single(a => a.Id == "kabar-evaluator").Properties["pesan"] = "UJI: {{ input.nomor }} menunggu telaah Ortala.";
            type.Activities.Single(a => a.Id == "telaah").Properties["aksi"] = new System.Text.Json.Nodes.JsonArray("validasi");
            type.Transitions.RemoveAll(t => t.Source == "telaah" && t.Outcome == "kembalikan");
        });
        var first = await DraftAsync(author, "SOP-TIPE/001/2026");
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(_factory, author, first, "Ajukan")).StatusCode);
        Assert.Contains("UJI: SOP-TIPE/001/2026 menunggu telaah Ortala.", await SopWorkflowProbe.NotificationsAsync(_factory, "evaluator"));

        // A return is in the code's table but the instance waits only for validation: refused, nothing changes.
        var before = await SopAsync(first);
        var events = await SopWorkflowProbe.DbAsync(_factory, db => db.Set<SopEvent>().CountAsync(e => e.SopId == first));
        var refused = await SopWorkflowProbe.MoveAsync(_factory, evaluator, first, "Kembalikan", new() { ["catatan"] = "Perbaiki simbol." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("sedang menunggu tindakan \"Nyatakan valid\"; tindakan \"Kembalikan untuk perbaikan\" belum dapat dilakukan", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var after = await SopAsync(first);
        Assert.Equal((SopStatus.Diajukan, before.Stamp, before.NotesJson), (after.Status, after.Stamp, after.NotesJson));
        Assert.Equal(events, await SopWorkflowProbe.DbAsync(_factory, db => db.Set<SopEvent>().CountAsync(e => e.SopId == first)));
        Assert.DoesNotContain(await SopWorkflowProbe.NotificationsAsync(_factory, "penyusun.kp"), n => n.Contains("SOP-TIPE/001/2026", StringComparison.Ordinal));
        Assert.Equal(new[] { "telaah" }, await SopWorkflowProbe.WaitingAtAsync(_factory, first));

        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(_factory, evaluator, first, "Validasi")).StatusCode);
        Assert.Equal(new[] { "pengesahan" }, await SopWorkflowProbe.WaitingAtAsync(_factory, first));

        // Disabled: the lifecycle runs in code, without an instance or a notification.
        await SetEnabledAsync(false);
        var second = await DraftAsync(author, "SOP-TIPE/002/2026");
        var notices = (await SopWorkflowProbe.NotificationsAsync(_factory, "evaluator")).Count;
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(_factory, author, second, "Ajukan")).StatusCode);
        Assert.Equal(SopStatus.Diajukan, (await SopAsync(second)).Status);
        Assert.Empty(await SopWorkflowProbe.InstancesAsync(_factory, second));
        Assert.Equal(notices, (await SopWorkflowProbe.NotificationsAsync(_factory, "evaluator")).Count);

        // Meanwhile the first SOP is ratified in code, so its instance still waits for ratification.
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(_factory, head, first, "Sahkan", new() { ["tanggalEfektif"] = "2026-01-15" })).StatusCode);
        Assert.Equal(SopStatus.Berlaku, (await SopAsync(first)).Status);

        // Enabled again: the out-of-step instance is replaced by one at the SOP's status, and the revocation goes through.
        await SetEnabledAsync(true);
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(_factory, head, first, "Cabut", new() { ["catatan"] = "Diganti SOP gabungan." })).StatusCode);
        Assert.Equal(SopStatus.Dicabut, (await SopAsync(first)).Status);
        var instances = await SopWorkflowProbe.InstancesAsync(_factory, first);
        Assert.Equal(new[] { (int)WorkflowStatus.Cancelled, (int)WorkflowStatus.Finished }, instances.Select(i => i.Status));

        // The second SOP, submitted while the type was off, gets its instance when the evaluator validates it.
        Assert.Equal(HttpStatusCode.Redirect, (await SopWorkflowProbe.MoveAsync(_factory, evaluator, second, "Validasi")).StatusCode);
        Assert.Equal(new[] { "pengesahan" }, await SopWorkflowProbe.WaitingAtAsync(_factory, second));
    }
}
