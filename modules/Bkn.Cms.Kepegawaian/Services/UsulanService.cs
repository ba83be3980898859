using Bkn.Cms.Agencies;
using Bkn.Cms.Audit;
using Bkn.Cms.Hosting;
using Bkn.Cms.Kepegawaian.Activities;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>
/// Dossiers and their verification: create (one per person and period), upload checklist documents (checked by
/// content), submit, the verifier's BTL / BTS / TMS / MS, the Pertek, the agency's SK. Each step goes through
/// <see cref="UsulanStateMachine"/>, is written with its history row (who, when, time in the previous step, overdue)
/// and an audit event in one save.
/// </summary>
public sealed class UsulanService(DbContext db, KpoRules rules, KpoFileStore files, IAuditTrail audit, IAgencyDirectory agencies, TimeProvider time, IServiceProvider services, IConfiguration configuration)
{
    private TimeZoneInfo Zone => SiteTimeZone.From(configuration);

    /// <summary>
    /// Whether submissions and decisions raise the workflow events (<see cref="KpoWorkflowEvents"/>) that drive the
    /// service-level timers, reminders and escalations; the sample data turns it off (its dossiers are back-dated).
    /// </summary>
    public bool RaiseWorkflowEvents { get; set; } = true;

    public const string SkItem = "sk";

    public async Task<KpoUsulan> CreateAsync(KpoNominatif item, KpoActor actor, CancellationToken cancellationToken)
    {
        if (!item.Memenuhi)
        {
            throw new KpoException("Pegawai ini tidak memenuhi syarat menurut aturan; perbaiki datanya lewat rekonsiliasi dulu.");
        }

        var existing = await db.Set<KpoUsulan>().AsNoTracking().Where(u => u.Nip == item.Nip && u.Period == item.Period).Select(u => u.Nomor).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new KpoException($"Usulan untuk pegawai ini pada periode {item.Period:dd-MM-yyyy} sudah ada (nomor {existing}).");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var usulan = new KpoUsulan
        {
            Nomor = $"{(Checklists.IsKp(item.Jenis) ? "KP" : "PS")}-{item.Period:yyyyMM}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            AgencyId = item.AgencyId,
            Period = item.Period,
            Jenis = item.Jenis,
            Nip = item.Nip,
            Nama = item.Nama,
            Golongan = item.Golongan,
            GolonganBaru = item.GolonganBaru,
            Status = UsulanStatus.Draf,
            CreatedUtc = now,
            DueUtc = now.AddDays(rules.Options.SlaCompletionDays),
        };
        db.Add(usulan);
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "kpo.usulan.created", $"Usulan {usulan.Nomor} ({Checklists.Name(usulan.Jenis)}) dibuat") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(usulan).State = EntityState.Detached;
            throw new KpoException($"Usulan untuk pegawai ini pada periode {item.Period:dd-MM-yyyy} sudah ada.");
        }

        return usulan;
    }

    public async Task<KpoDokumen> UploadAsync(KpoUsulan usulan, string itemCode, string fileName, byte[] content, KpoActor actor, CancellationToken cancellationToken)
    {
        ChecklistItem item;
        if (itemCode == SkItem)
        {
            if (usulan.Status != UsulanStatus.Pertek)
            {
                throw new KpoException("SK hanya diunggah setelah Pertek terbit.");
            }

            item = new ChecklistItem(SkItem, "SK");
        }
        else
        {
            if (usulan.Status is not (UsulanStatus.Draf or UsulanStatus.Btl or UsulanStatus.Bts))
            {
                throw new KpoException($"Berkas tidak dapat diubah pada status {UsulanStateMachine.Label(usulan.Status)}.");
            }

            item = Checklists.For(usulan.Jenis).FirstOrDefault(i => i.Code == itemCode) ?? throw new KpoException($"Dokumen \"{itemCode}\" tidak termasuk daftar dokumen {Checklists.Name(usulan.Jenis)}.");
        }

        if (DocumentSignatures.Check(item, fileName, content, rules.Options) is { } error)
        {
            throw new KpoException(error);
        }

        var contentType = DocumentSignatures.Detect(content)!;
        var now = time.GetUtcNow().UtcDateTime;
        var path = await files.SaveDocumentAsync(content, contentType, now, cancellationToken);
        var old = await db.Set<KpoDokumen>().Where(d => d.UsulanId == usulan.Id && d.Item == item.Code).ToListAsync(cancellationToken);
        var doc = new KpoDokumen { Id = Guid.NewGuid(), UsulanId = usulan.Id, Item = item.Code, FileName = SafeName(fileName), ContentType = contentType, Size = content.Length, StoragePath = path, UploadedUtc = now };
        db.RemoveRange(old);
        db.Add(doc);
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "kpo.usulan.document", $"Dokumen {item.Name} diunggah ke usulan {usulan.Nomor}") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            files.Delete(path);
            throw;
        }

        foreach (var o in old)
        {
            files.Delete(o.StoragePath);
        }

        return doc;
    }

    /// <summary>The required checklist items not uploaded yet.</summary>
    public async Task<IReadOnlyList<ChecklistItem>> MissingAsync(KpoUsulan usulan, CancellationToken cancellationToken)
    {
        var have = await db.Set<KpoDokumen>().AsNoTracking().Where(d => d.UsulanId == usulan.Id).Select(d => d.Item).ToListAsync(cancellationToken);
        return [.. Checklists.For(usulan.Jenis).Where(i => i.Required && !have.Contains(i.Code))];
    }

    public async Task SubmitAsync(KpoUsulan usulan, KpoActor actor, CancellationToken cancellationToken)
    {
        var missing = await MissingAsync(usulan, cancellationToken);
        if (missing.Count > 0)
        {
            throw new KpoException("Dokumen wajib belum diunggah: " + string.Join(", ", missing.Select(m => m.Name)) + ".");
        }

        var now = time.GetUtcNow().UtcDateTime;
        Move(usulan, UsulanAction.Ajukan, actor, "Diajukan instansi", now);
        usulan.SubmittedUtc = now;
        usulan.FirstSubmittedUtc ??= now;
        usulan.Kekurangan = null;
        usulan.BatasWaktu = null;
        await SaveAsync(usulan, actor, "kpo.usulan.submitted", cancellationToken);
    }

    /// <summary>The verifier's decision: BTL (missing items and a deadline), BTS and TMS (reason), MS.</summary>
    public async Task DecideAsync(KpoUsulan usulan, UsulanAction decision, string? reason, IReadOnlyCollection<string>? missing, DateOnly? deadline, KpoActor actor, CancellationToken cancellationToken)
    {
        Prepare(usulan, decision, reason, missing, deadline, actor);
        await SaveAsync(usulan, actor, "kpo.usulan." + decision.ToString().ToLowerInvariant(), cancellationToken);
    }

    /// <summary>One decision for many otomatis dossiers, all or nothing.</summary>
    public async Task<int> DecideManyAsync(IReadOnlyList<KpoUsulan> list, UsulanAction decision, string? reason, KpoActor actor, CancellationToken cancellationToken)
    {
        if (list.Count == 0)
        {
            throw new KpoException("Pilih paling sedikit satu usulan.");
        }

        if (decision == UsulanAction.Btl)
        {
            throw new KpoException("BTL diputuskan per usulan (dokumen yang kurang berbeda-beda).");
        }

        if (list.FirstOrDefault(u => !Checklists.IsOtomatis(u.Jenis)) is { } reguler)
        {
            throw new KpoException($"Keputusan massal hanya untuk usulan otomatis; {reguler.Nomor} adalah {Checklists.Name(reguler.Jenis)}.");
        }

        foreach (var u in list)
        {
            Prepare(u, decision, reason, null, null, actor);
            await audit.StageAsync(new AuditEvent(AuditCategories.Content, "kpo.usulan." + decision.ToString().ToLowerInvariant(), $"Usulan {u.Nomor}: {UsulanStateMachine.Label(u.Status)} (keputusan massal)") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await RaiseAsync(list, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return list.Count;
    }

    public async Task IssuePertekAsync(KpoUsulan usulan, DateOnly? tanggal, KpoActor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var date = tanggal ?? SiteTimeZone.Today(time, Zone);
        Move(usulan, UsulanAction.TerbitkanPertek, actor, "Pertek diterbitkan", now);
        var agency = (await agencies.GetAsync(cancellationToken)).Find(usulan.AgencyId);
        var kp = Checklists.IsKp(usulan.Jenis);
        var sequence = await db.Set<KpoUsulan>().CountAsync(u => u.Period == usulan.Period && u.PertekNomor != null && (kp ? (u.Jenis == JenisUsulan.KpOtomatis || u.Jenis == JenisUsulan.KpReguler) : (u.Jenis == JenisUsulan.PensiunOtomatis || u.Jenis == JenisUsulan.PensiunReguler)), cancellationToken) + 1;
        usulan.PertekNomor = UsulanStateMachine.PertekNumber(rules.Options.PertekNumberFormat, sequence, usulan.Jenis, usulan.Period, agency?.Code ?? "-");
        usulan.PertekTanggal = date;
        usulan.PertekUtc = now;
        await SaveAsync(usulan, actor, "kpo.usulan.pertek", cancellationToken);
    }

    public async Task CompleteAsync(KpoUsulan usulan, string? skNomor, KpoActor actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(skNomor))
        {
            throw new KpoException("Nomor SK wajib diisi.");
        }

        if (!await db.Set<KpoDokumen>().AnyAsync(d => d.UsulanId == usulan.Id && d.Item == SkItem, cancellationToken))
        {
            throw new KpoException("Unggah berkas SK dulu.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        Move(usulan, UsulanAction.UnggahSk, actor, "SK diunggah", now);
        usulan.SkNomor = skNomor.Trim()[..Math.Min(100, skNomor.Trim().Length)];
        usulan.SelesaiUtc = now;
        await SaveAsync(usulan, actor, "kpo.usulan.completed", cancellationToken);
    }

    private void Prepare(KpoUsulan usulan, UsulanAction decision, string? reason, IReadOnlyCollection<string>? missing, DateOnly? deadline, KpoActor actor)
    {
        if (decision is not (UsulanAction.Btl or UsulanAction.Bts or UsulanAction.Tms or UsulanAction.Ms))
        {
            throw new KpoException("Keputusan tidak dikenal.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var text = reason?.Trim() ?? "";
        if (decision is UsulanAction.Bts or UsulanAction.Tms && text.Length == 0)
        {
            throw new KpoException($"Alasan wajib diisi untuk keputusan {UsulanStateMachine.Code(UsulanStateMachine.Next(UsulanStatus.Diajukan, decision)!.Value)}.");
        }

        if (text.Length > 2000)
        {
            throw new KpoException("Alasan paling panjang 2000 karakter.");
        }

        if (decision == UsulanAction.Btl)
        {
            var codes = Checklists.For(usulan.Jenis).Select(i => i.Code).ToHashSet();
            if (missing is null || missing.Count == 0 || missing.Any(m => !codes.Contains(m)))
            {
                throw new KpoException("Untuk BTL pilih dokumen yang kurang dari daftar dokumen usulan.");
            }

            if (deadline is not { } d || d <= SiteTimeZone.Today(time, Zone))
            {
                throw new KpoException("Untuk BTL isi batas waktu melengkapi berkas, sesudah hari ini.");
            }

            usulan.Kekurangan = string.Join(',', missing);
            usulan.BatasWaktu = d;
        }

        Move(usulan, decision, actor, text, now);
        usulan.Alasan = text.Length > 0 ? text : null;
        usulan.DecidedUtc = now;
        if (decision == UsulanAction.Btl)
        {
            // The deadline is a date in the site's zone (WIB): due at the end of that day there, stored as UTC.
            usulan.DueUtc = SiteTimeZone.ToUtc(usulan.BatasWaktu!.Value.ToDateTime(TimeOnly.MaxValue), Zone);
        }
    }

    private void Move(KpoUsulan usulan, UsulanAction action, KpoActor actor, string note, DateTime now)
    {
        var next = UsulanStateMachine.Next(usulan.Status, action)
            ?? throw new KpoException($"Langkah ini tidak dapat dilakukan pada status {UsulanStateMachine.Label(usulan.Status)}.");
        var since = new[] { usulan.CreatedUtc, usulan.SubmittedUtc ?? default, usulan.DecidedUtc ?? default, usulan.PertekUtc ?? default }.Max();
        var who = actor;
        db.Add(new KpoRiwayat
        {
            UsulanId = usulan.Id,
            From = usulan.Status,
            To = next,
            UserId = who.UserId,
            UserName = who.UserName,
            AtUtc = now,
            Catatan = note.Length > 2000 ? note[..2000] : note,
            DurasiDetik = (long)Math.Max(0, (now - since).TotalSeconds),
            Terlambat = usulan.DueUtc is { } due && now > due,
        });
        usulan.Status = next;
        usulan.Version++;
        usulan.DueUtc = next switch
        {
            UsulanStatus.Diajukan or UsulanStatus.Ms => now.AddDays(rules.Options.SlaVerificationDays),
            UsulanStatus.Bts => now.AddDays(rules.Options.SlaCompletionDays),
            UsulanStatus.Pertek => now.AddDays(rules.Options.SlaSkDays),
            UsulanStatus.Btl => now.AddDays(rules.Options.SlaCompletionDays),
            _ => null,
        };
    }

    private async Task SaveAsync(KpoUsulan usulan, KpoActor actor, string name, CancellationToken cancellationToken)
    {
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, name, $"Usulan {usulan.Nomor}: {UsulanStateMachine.Label(usulan.Status)}") { UserId = actor.UserId, UserName = actor.UserName }, cancellationToken);
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await db.SaveChangesAsync(cancellationToken);
            await RaiseAsync([usulan], cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new KpoException("Usulan ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");
        }
    }

    /// <summary>The workflow event of each dossier's new status, in the caller's transaction (nothing when Workflows is off).</summary>
    private async Task RaiseAsync(IEnumerable<KpoUsulan> list, CancellationToken cancellationToken)
    {
        if (!RaiseWorkflowEvents || services.GetService<IWorkflowManager>() is not { } workflows)
        {
            return;
        }

        foreach (var u in list)
        {
            var name = u.Status switch
            {
                UsulanStatus.Diajukan => KpoWorkflowEvents.Submitted,
                UsulanStatus.Btl or UsulanStatus.Bts or UsulanStatus.Tms or UsulanStatus.Ms or UsulanStatus.Pertek => KpoWorkflowEvents.Decided,
                _ => null,
            };
            if (name is not null)
            {
                await workflows.TriggerEventAsync(name, KpoWorkflowEvents.Input(u, rules.Options.SlaReminderDaysBefore), u.Nomor, cancellationToken);
            }
        }
    }

    private static string SafeName(string name)
    {
        var n = Path.GetFileName(name ?? "");
        return n.Length > 200 ? n[^200..] : n;
    }
}
