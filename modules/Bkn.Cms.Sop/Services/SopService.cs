using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Audit;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Sop.Services;

/// <summary>The outcome of a save or a lifecycle move: the SOP, or the findings that stopped it (nothing was saved then).</summary>
public sealed record SopResult(SopDocument? Sop, IReadOnlyList<SopIssue> Issues, string? Error = null)
{
    public bool Ok => Sop is not null && Error is null && !SopRules.HasErrors(Issues);
}

/// <summary>
/// Saves SOP versions and moves them through their lifecycle, each in one SaveChanges (one transaction) together with
/// its event row and audit entry; checks the actor's permission in the SOP's unit and the validation rules first.
/// </summary>
public sealed class SopService(DbContext db, IPermissionService permissions, IAuditTrail audit, TimeProvider time, SopWorkflow workflow, IUnitTree units, IConfiguration configuration)
{
    public const string Stale = "SOP ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman, lalu ulangi perubahan Anda.";
    public const string NotAllowed = "Anda tidak berwenang melakukan tindakan ini pada SOP unit tersebut.";

    public DateOnly Today => Bkn.Cms.Hosting.SiteTimeZone.Today(time, Bkn.Cms.Hosting.SiteTimeZone.From(configuration));

    public async Task<SopRuleContext> ContextAsync(Guid unitId, Guid seriesId, CancellationToken ct)
    {
        var titles = await db.Set<SopJobTitle>().AsNoTracking().Where(t => t.UnitId == unitId).Select(t => t.Title).ToListAsync(ct);
        var numbers = await db.Set<SopDocument>().AsNoTracking()
            .Where(s => s.UnitId == unitId && s.SeriesId != seriesId && s.Status != SopStatus.Dicabut && s.Status != SopStatus.Diganti)
            .Select(s => s.Nomor).ToListAsync(ct);
        return new SopRuleContext(titles, numbers);
    }

    public async Task<IReadOnlyList<SopIssue>> CheckAsync(SopDocument sop, Flowchart flowchart, CancellationToken ct) =>
        SopRules.Validate(sop, flowchart, await ContextAsync(sop.UnitId, sop.SeriesId, ct));

    /// <summary>
    /// Creates (when <paramref name="input"/>.Id is empty) or updates a draft with the identity fields and flowchart of
    /// <paramref name="input"/>. Errors of the rules stop the save; warnings do not.
    /// </summary>
    public async Task<SopResult> SaveAsync(ClaimsPrincipal user, SopDocument input, Flowchart flowchart, CancellationToken ct)
    {
        if (!await permissions.HasPermissionAsync(user, Permissions.WriteSop, input.UnitId, ct))
        {
            return new SopResult(null, [], NotAllowed);
        }

        SopDocument? sop = null;
        if (input.Id != Guid.Empty)
        {
            sop = await db.Set<SopDocument>().FirstOrDefaultAsync(s => s.Id == input.Id, ct);
            if (sop is null || sop.UnitId != input.UnitId && !await permissions.HasPermissionAsync(user, Permissions.WriteSop, sop.UnitId, ct))
            {
                return new SopResult(null, [], "SOP tidak ditemukan.");
            }

            if (!SopLifecycle.IsEditable(sop.Status))
            {
                return new SopResult(null, [], $"SOP berstatus {SopStatuses.Label(sop.Status)} tidak dapat diubah; buat revisi bila perlu.");
            }

            if (sop.Stamp != input.Stamp)
            {
                return new SopResult(null, [], Stale);
            }
        }

        var seriesId = sop?.SeriesId ?? Guid.Empty;
        var probe = Copy(input, new SopDocument { UnitId = input.UnitId, SeriesId = seriesId });
        var issues = SopRules.Validate(probe, flowchart, await ContextAsync(input.UnitId, seriesId, ct));

        // A draft may be incomplete; what stops a save is a broken structure or a conflict. The full check runs at submission.
        var blocking = issues.Where(i => !i.Warning && IsBlockingOnSave(i)).ToList();
        if (blocking.Count > 0)
        {
            return new SopResult(null, issues);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (sop is null)
        {
            var id = Guid.NewGuid();
            sop = new SopDocument { Id = id, SeriesId = id, UnitId = input.UnitId, Status = SopStatus.Draf, CreatedUtc = now };
            db.Add(sop);
        }

        Copy(input, sop);
        Apply(sop, flowchart);
        sop.UpdatedUtc = now;
        sop.Stamp++;
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "sop.saved", $"SOP {sop.Nomor} ({sop.Id}) disimpan") { UnitId = sop.UnitId, ContentType = "Sop" }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new SopResult(null, [], Stale);
        }

        return new SopResult(sop, issues);
    }

    /// <summary>On save only the structure and conflicts block: a number already used, a flowchart too long, wrong NIP, broken links.</summary>
    private static bool IsBlockingOnSave(SopIssue issue) =>
        issue.Key == SopIssue.Field(nameof(SopDocument.Nomor)) && issue.Message.Contains("sudah dipakai", StringComparison.Ordinal)
        || issue.Key == SopIssue.Field(nameof(SopDocument.DisahkanNip))
        || issue.Key == SopIssue.Field(nameof(SopDocument.Nama))
        || issue.Key == SopIssue.Field(nameof(SopDocument.Nomor))
        || issue.Message.Contains("paling banyak", StringComparison.Ordinal)
        || issue.Message.Contains("tanda baris", StringComparison.Ordinal);

    /// <summary>
    /// Applies a lifecycle move after checking permission, status, stamp and the rules the move requires, in one
    /// transaction (joined when the caller has one; the caller then rolls back on a refusal). With the workflow type
    /// "sop-siklus" enabled the move goes through the SOP's instance (<see cref="SopWorkflow"/>): it is refused when the
    /// instance does not wait for the action, and the instance's tasks set the status and notify; otherwise the status is
    /// set here. Ratifying with a Tanggal Efektif that has arrived also puts the SOP in force (a second move, "Berlakukan").
    /// </summary>
    public async Task<SopResult> MoveAsync(ClaimsPrincipal user, Guid id, SopAction action, int stamp, string? note, IReadOnlyDictionary<string, string>? rowNotes, DateOnly? effective, CancellationToken ct)
    {
        var sop = await db.Set<SopDocument>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sop is null)
        {
            return new SopResult(null, [], "SOP tidak ditemukan.");
        }

        var transition = SopLifecycle.Find(sop.Status, action);
        if (transition is null)
        {
            return new SopResult(null, [], $"Tindakan ini tidak berlaku untuk SOP berstatus {SopStatuses.Label(sop.Status)}.");
        }

        if (!await permissions.HasPermissionAsync(user, transition.Permission, sop.UnitId, ct))
        {
            return new SopResult(null, [], NotAllowed);
        }

        if (sop.Stamp != stamp)
        {
            return new SopResult(null, [], Stale);
        }

        var flowchart = Flowchart.Parse(sop.FlowchartJson);
        IReadOnlyList<SopIssue> issues = [];
        if (action is SopAction.Ajukan or SopAction.Validasi)
        {
            issues = await CheckAsync(sop, flowchart, ct);
            if (SopRules.HasErrors(issues))
            {
                return new SopResult(null, issues, "SOP belum memenuhi aturan; perbaiki temuan di bawah.");
            }
        }

        var notes = (rowNotes ?? new Dictionary<string, string>()).Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value.Trim());
        if (action == SopAction.Kembalikan && notes.Count == 0 && string.IsNullOrWhiteSpace(note))
        {
            return new SopResult(null, [], "Tuliskan catatan perbaikan (per baris atau umum) sebelum mengembalikan SOP.");
        }

        if (action == SopAction.Cabut && string.IsNullOrWhiteSpace(note))
        {
            return new SopResult(null, [], "Tuliskan alasan pencabutan.");
        }

        var moves = new List<SopTransition> { transition };
        switch (action)
        {
            case SopAction.Kembalikan:
                if (!string.IsNullOrWhiteSpace(note))
                {
                    notes["umum"] = note.Trim();
                }

                sop.NotesJson = JsonSerializer.Serialize(notes);
                break;
            case SopAction.Ajukan:
                sop.NotesJson = "";
                break;
            case SopAction.Sahkan:
                var ratification = SopRules.Ratification(sop);
                if (ratification.Count > 0)
                {
                    return new SopResult(null, ratification, "Lengkapi data pengesah sebelum mengesahkan.");
                }

                sop.TanggalEfektif = effective ?? Today;
                if (sop.TanggalEfektif <= Today)
                {
                    moves.Add(SopLifecycle.Find(SopStatus.Disahkan, SopAction.Berlakukan)!);
                }

                break;
            case SopAction.Berlakukan:
                if (sop.TanggalEfektif is { } date && date > Today)
                {
                    return new SopResult(null, [], $"SOP baru berlaku mulai Tanggal Efektif {date:dd-MM-yyyy}.");
                }

                break;
        }

        var from = sop.Status;
        var actor = user.Identity?.Name ?? "";
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            sop.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            sop.Stamp++;

            // Saved first, so that a concurrent move fails here on the stamp, before any workflow runs.
            await db.SaveChangesAsync(ct);
            var type = await workflow.ActiveAsync(ct);
            var unitName = type is null ? "" : (await units.GetAsync(ct)).Find(sop.UnitId)?.Name ?? "";
            foreach (var move in moves)
            {
                var error = type is null
                    ? await ApplyAsync(sop, move.To, move.Action, actor, note?.Trim() ?? "", ct)
                    : await workflow.RunAsync(type, sop, move, WorkflowInput(sop, unitName, SopRoutes.Absolute(configuration, SopRoutes.Admin + "/" + sop.Id), move.Action, actor, note, notes, flowchart), ct);
                if (error is not null)
                {
                    await RollBackAsync(own);
                    return new SopResult(null, [], error);
                }
            }

            await workflow.RetireAsync(_retired, ct);
            await audit.StageAsync(new AuditEvent(AuditCategories.Content, "sop." + action.ToString().ToLowerInvariant(), $"SOP {sop.Nomor} ({sop.Id}): {SopStatuses.Label(from)} → {SopStatuses.Label(sop.Status)}") { UnitId = sop.UnitId, ContentType = "Sop" }, ct);
            await db.SaveChangesAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await RollBackAsync(own);
            return new SopResult(null, [], Stale);
        }
        catch
        {
            await RollBackAsync(own);
            throw;
        }
        finally
        {
            _retired.Clear();
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }

        return new SopResult(sop, issues);
    }

    /// <summary>
    /// The workflow task's part of a move (<see cref="Activities.SopStatusTask"/>): sets the status of the SOP version
    /// <paramref name="id"/> when the lifecycle has that move (for <paramref name="action"/> when known). Returns the
    /// previous status, or an Indonesian error when the move is not the lifecycle's.
    /// </summary>
    public async Task<(SopStatus From, string? Error)> ApplyFromWorkflowAsync(Guid id, SopStatus to, SopAction? action, string actor, string note, CancellationToken ct)
    {
        var sop = await db.Set<SopDocument>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sop is null)
        {
            return (default, "SOP alur kerja ini tidak ditemukan.");
        }

        var from = sop.Status;
        if (!SopLifecycle.Allows(from, to, action))
        {
            return (from, $"Alur kerja meminta status \"{SopStatuses.Label(to)}\" untuk SOP berstatus \"{SopStatuses.Label(from)}\"{(action is { } a ? $" dengan tindakan \"{SopLifecycle.Label(a)}\"" : "")}; perpindahan ini tidak ada dalam siklus SOP.");
        }

        return (from, await ApplyAsync(sop, to, action, actor, note, ct));
    }

    // Versions replaced during the current move, whose waiting instances are cancelled before it commits.
    private readonly List<Guid> _retired = [];

    /// <summary>Sets the status with its fixed consequences: the event row, the replaced version, the public search.</summary>
    private async Task<string?> ApplyAsync(SopDocument sop, SopStatus to, SopAction? action, string actor, string note, CancellationToken ct)
    {
        var from = sop.Status;
        var now = time.GetUtcNow().UtcDateTime;
        sop.Status = to;
        if (to == SopStatus.Berlaku)
        {
            // The ratified revision replaces the version in force.
            var older = await db.Set<SopDocument>().Where(s => s.SeriesId == sop.SeriesId && s.Id != sop.Id && (s.Status == SopStatus.Berlaku || s.Status == SopStatus.Disahkan)).ToListAsync(ct);
            foreach (var previous in older)
            {
                db.Add(new SopEvent { SopId = previous.Id, AtUtc = now, UserName = actor, From = previous.Status, To = SopStatus.Diganti, Note = $"Diganti revisi versi {sop.Version}" });
                previous.Status = SopStatus.Diganti;
                previous.Stamp++;
                SopSearchSource.Note(db, previous);
                _retired.Add(previous.Id);
            }
        }

        if (to == SopStatus.Berlaku || from == SopStatus.Berlaku)
        {
            // Entered or left force: the public search follows when this transaction commits.
            SopSearchSource.Note(db, sop);
        }

        db.Add(new SopEvent { SopId = sop.Id, AtUtc = now, UserName = actor, From = from, To = to, Note = note });
        return null;
    }

    private async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? own)
    {
        if (own is not null)
        {
            await own.RollbackAsync(CancellationToken.None);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>What the lifecycle event carries to the workflow (its notifications' Liquid reads <c>input.*</c>).</summary>
    private static JsonObject WorkflowInput(SopDocument sop, string unitName, string link, SopAction action, string actor, string? note, IReadOnlyDictionary<string, string> rowNotes, Flowchart flowchart)
    {
        var lines = new List<string>();
        if (action == SopAction.Kembalikan)
        {
            foreach (var (key, text) in rowNotes.Where(n => n.Key != "umum"))
            {
                var row = flowchart.Steps.FindIndex(s => s.Id == key);
                lines.Add(row >= 0 ? $"Baris {row + 1}: {text}" : key == "identitas" ? $"Identitas: {text}" : text);
            }
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            lines.Insert(0, note.Trim());
        }

        return new JsonObject
        {
            ["aksi"] = SopLifecycle.Slug(action),
            ["sopId"] = sop.Id.ToString(),
            ["nomor"] = sop.Nomor,
            ["nama"] = sop.Nama,
            ["unit"] = unitName,
            ["versi"] = sop.Version,
            ["pengguna"] = actor,
            ["catatan"] = string.Join("; ", lines),
            ["catatanStatus"] = note?.Trim() ?? "",
            ["tanggalEfektif"] = sop.TanggalEfektif?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["tautan"] = link,
        };
    }

    /// <summary>A new draft version of a ratified SOP with Tanggal Revisi today; the ratified one stays in force meanwhile.</summary>
    public async Task<SopResult> ReviseAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var sop = await db.Set<SopDocument>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sop is null)
        {
            return new SopResult(null, [], "SOP tidak ditemukan.");
        }

        if (!await permissions.HasPermissionAsync(user, Permissions.WriteSop, sop.UnitId, ct))
        {
            return new SopResult(null, [], NotAllowed);
        }

        if (!SopLifecycle.CanRevise(sop.Status))
        {
            return new SopResult(null, [], "Hanya SOP yang sudah disahkan atau berlaku yang dapat direvisi.");
        }

        var open = await db.Set<SopDocument>().AsNoTracking().FirstOrDefaultAsync(s => s.SeriesId == sop.SeriesId && s.Status < SopStatus.Disahkan, ct);
        if (open is not null)
        {
            return new SopResult(open, [], null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var version = await db.Set<SopDocument>().Where(s => s.SeriesId == sop.SeriesId).MaxAsync(s => s.Version, ct);
        var revision = Copy(sop, new SopDocument
        {
            Id = Guid.NewGuid(),
            SeriesId = sop.SeriesId,
            UnitId = sop.UnitId,
            Version = version + 1,
            Status = SopStatus.Draf,
            CreatedUtc = now,
            UpdatedUtc = now,
            Stamp = 1,
        });
        revision.TanggalRevisi = Today;
        revision.TanggalEfektif = null;
        Apply(revision, Flowchart.Parse(sop.FlowchartJson));
        db.Add(revision);
        db.Add(new SopEvent { SopId = revision.Id, AtUtc = now, UserName = user.Identity?.Name ?? "", From = SopStatus.Draf, To = SopStatus.Draf, Note = $"Revisi dari versi {sop.Version}" });
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "sop.revised", $"Revisi SOP {sop.Nomor} versi {revision.Version} ({revision.Id}) dibuat") { UnitId = sop.UnitId, ContentType = "Sop" }, ct);
        await db.SaveChangesAsync(ct);
        return new SopResult(revision, []);
    }

    public static void Apply(SopDocument sop, Flowchart flowchart)
    {
        sop.FlowchartJson = flowchart.ToJson();
        sop.ActivityCount = flowchart.Steps.Count(s => s.Kind is StepKind.Kegiatan or StepKind.Keputusan);
        sop.SearchText = SearchTextOf(sop, flowchart);
    }

    public static string SearchTextOf(SopDocument sop, Flowchart flowchart)
    {
        var text = string.Join(' ', new[] { sop.Nomor, sop.Nama }.Concat(flowchart.Steps.Select(s => s.Kegiatan))).ToLowerInvariant();
        return text.Length > 8000 ? text[..8000] : text;
    }

    /// <summary>Copies the identity fields (not id, unit, status or flowchart).</summary>
    public static SopDocument Copy(SopDocument from, SopDocument to)
    {
        to.Nomor = (from.Nomor ?? "").Trim();
        to.Nama = (from.Nama ?? "").Trim();
        to.TanggalPembuatan = from.TanggalPembuatan;
        to.TanggalRevisi = from.TanggalRevisi;
        to.TanggalEfektif = from.TanggalEfektif;
        to.DisahkanJabatan = (from.DisahkanJabatan ?? "").Trim();
        to.DisahkanNama = (from.DisahkanNama ?? "").Trim();
        to.DisahkanNip = (from.DisahkanNip ?? "").Trim();
        to.DasarHukum = (from.DasarHukum ?? "").Trim();
        to.Keterkaitan = (from.Keterkaitan ?? "").Trim();
        to.Peringatan = (from.Peringatan ?? "").Trim();
        to.KualifikasiPelaksana = (from.KualifikasiPelaksana ?? "").Trim();
        to.Peralatan = (from.Peralatan ?? "").Trim();
        to.Pencatatan = (from.Pencatatan ?? "").Trim();
        return to;
    }

    public static IReadOnlyDictionary<string, string> Notes(SopDocument sop)
    {
        if (string.IsNullOrWhiteSpace(sop.NotesJson))
        {
            return new Dictionary<string, string>();
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(sop.NotesJson) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }
}
