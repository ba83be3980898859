using Bkn.Cms.Agencies;
using Bkn.Cms.Hosting;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Kepegawaian.Recipes;

/// <summary>
/// <c>{"name":"KpoSample","agencies":["PROV-33", …]}</c>: for the listed agencies that exist, SKP scores, a few
/// disciplinary penalties and family data for their personnel records (deterministic), the nominative lists of a
/// period in its reconciliation window and of one in verification, dossiers in every status in the latter, and a few
/// corrections waiting for BKN. Runs only while the module has no SKP data, so running it again changes nothing.
/// </summary>
public sealed class KpoSampleStep : IRecipeStep
{
    public string Name => "KpoSample";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var sp = context.Services;
        var db = sp.GetRequiredService<DbContext>();
        var directory = sp.GetService<IAgencyDirectory>();
        var records = sp.GetService<IPersonnelRecords>();
        if (directory is null || records is null)
        {
            return;
        }

        if (await db.Set<KpoSkp>().AnyAsync(cancellationToken))
        {
            return;
        }

        var codes = context.Step.TryGetProperty("agencies", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
            : NominativeListTask.PilotAgencies;
        // During setup the registry was written earlier in this same, uncommitted transaction.
        var snapshot = await directory.ReloadThroughAsync(db, cancellationToken);

        var agencies = codes.Select(snapshot.FindByCode).OfType<AgencyInfo>().ToList();
        if (agencies.Count == 0)
        {
            return;
        }

        var calendar = sp.GetRequiredService<PeriodCalendar>();
        var time = sp.GetRequiredService<TimeProvider>();
        var today = SiteTimeZone.Today(time, SiteTimeZone.From(sp.GetRequiredService<IConfiguration>()));
        var reconciliation = calendar.OpenWindows(today).First();
        var verification = calendar.Next(today);
        if (calendar.PhaseOn(verification, today) != PeriodPhase.Verification)
        {
            verification = calendar.Between(today.AddYears(-1), today).Last();
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var agency in agencies)
            {
                await SeedPeopleAsync(db, records, agency, today, cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        db.ChangeTracker.Clear();
        var generator = sp.GetRequiredService<NominativeGenerator>();
        var usulan = sp.GetRequiredService<UsulanService>();
        usulan.RaiseWorkflowEvents = false;
        var files = sp.GetRequiredService<KpoFileStore>();
        var pdf = "%PDF-1.4\n% Contoh dokumen KPO/PPO\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        var jpg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9 };
        var actor = KpoActor.System;
        foreach (var agency in agencies)
        {
            await generator.GenerateAsync(agency.Id, reconciliation, cancellationToken);
            await generator.GenerateAsync(agency.Id, verification, cancellationToken);

            // Corrections waiting for BKN in the reconciliation period.
            foreach (var item in await db.Set<KpoNominatif>().Where(n => n.AgencyId == agency.Id && n.Period == reconciliation && !n.Memenuhi && n.Skp2 != null).OrderBy(n => n.Nip).Take(2).ToListAsync(cancellationToken))
            {
                db.Add(new KpoKoreksi
                {
                    AgencyId = agency.Id,
                    Period = item.Period,
                    Nip = item.Nip,
                    Field = "skp",
                    OldValue = $"{item.Period.Year - 1}={item.Skp2}",
                    NewValue = $"{item.Period.Year - 1}=86",
                    Keterangan = "Nilai SKP belum dimutakhirkan dari penilaian kinerja.",
                    DocumentPath = await files.SaveDocumentAsync(pdf, "application/pdf", time.GetUtcNow().UtcDateTime, cancellationToken),
                    DocumentType = "application/pdf",
                    CreatedBy = actor.UserId,
                    CreatedUtc = time.GetUtcNow().UtcDateTime,
                });
                item.Status = NominatifStatus.Dikoreksi;
            }

            await db.SaveChangesAsync(cancellationToken);

            // Dossiers in every status in the verification period.
            var eligible = await db.Set<KpoNominatif>().Where(n => n.AgencyId == agency.Id && n.Period == verification && n.Memenuhi).OrderBy(n => n.Jenis).ThenBy(n => n.Nip).Take(400).ToListAsync(cancellationToken);
            var picked = eligible.GroupBy(n => n.Jenis).SelectMany(g => g.Take(g.Key == JenisUsulan.KpOtomatis ? 10 : 3)).ToList();
            var i = 0;
            foreach (var item in picked)
            {
                var target = (UsulanStatus)(i++ % 8);
                var u = await usulan.CreateAsync(item, actor, cancellationToken);
                if (target == UsulanStatus.Draf)
                {
                    continue;
                }

                foreach (var doc in Checklists.For(u.Jenis).Where(c => c.Required))
                {
                    await usulan.UploadAsync(u, doc.Code, doc.Photo ? "foto.jpg" : doc.Code + ".pdf", doc.Photo ? jpg : pdf, actor, cancellationToken);
                }

                await usulan.SubmitAsync(u, actor, cancellationToken);
                switch (target)
                {
                    case UsulanStatus.Btl:
                        await usulan.DecideAsync(u, UsulanAction.Btl, "Berkas belum lengkap.", [Checklists.For(u.Jenis)[0].Code], today.AddDays(14), actor, cancellationToken);
                        break;
                    case UsulanStatus.Bts:
                        await usulan.DecideAsync(u, UsulanAction.Bts, "Surat pengantar tidak sesuai dengan data usulan.", null, null, actor, cancellationToken);
                        break;
                    case UsulanStatus.Tms:
                        await usulan.DecideAsync(u, UsulanAction.Tms, "Masa kerja golongan belum memenuhi setelah verifikasi SK terakhir.", null, null, actor, cancellationToken);
                        break;
                    case UsulanStatus.Ms or UsulanStatus.Pertek or UsulanStatus.Selesai:
                        await usulan.DecideAsync(u, UsulanAction.Ms, null, null, null, actor, cancellationToken);
                        if (target != UsulanStatus.Ms)
                        {
                            await usulan.IssuePertekAsync(u, today, actor, cancellationToken);
                        }

                        if (target == UsulanStatus.Selesai)
                        {
                            await usulan.UploadAsync(u, UsulanService.SkItem, "sk.pdf", pdf, actor, cancellationToken);
                            await usulan.CompleteAsync(u, $"800/{u.Nomor}/SK", actor, cancellationToken);
                        }

                        break;
                }

                // Spread the sample over the past weeks so durations and overdue items show.
                var days = 3 + (i % 12);
                u.FirstSubmittedUtc = u.FirstSubmittedUtc?.AddDays(-days);
                u.SubmittedUtc = u.SubmittedUtc?.AddDays(-days);
                u.CreatedUtc = u.CreatedUtc.AddDays(-days - 2);
                if (u.DueUtc is { } due && i % 3 == 0)
                {
                    u.DueUtc = due.AddDays(-30);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private static async Task SeedPeopleAsync(DbContext db, IPersonnelRecords records, AgencyInfo agency, DateOnly today, CancellationToken ct)
    {
        var n = 0;
        await foreach (var r in records.StreamByAgencyAsync(agency.Id, PersonnelDataset.Production, ct))
        {
            var h = StableHash(r.Nip);
            var dueSoon = r.TmtGolongan <= today.AddYears(-3);
            if (dueSoon)
            {
                for (var year = today.Year - 3; year < today.Year + 1; year++)
                {
                    // Most score "baik" or better; about one in twelve scores below 76.
                    var score = (h + year) % 12 == 0 ? 60 + (h % 15) : 76 + ((h / 7 + year) % 22);
                    db.Add(new KpoSkp { Nip = r.Nip, Year = year, Score = Math.Min(100, score) });
                }

                if (h % 50 == 0)
                {
                    db.Add(new KpoHukdis { Nip = r.Nip, Level = h % 100 == 0 ? HukdisLevel.Berat : HukdisLevel.Sedang, Start = today.AddMonths(-6), End = today.AddMonths(18), Keterangan = "Contoh" });
                }
            }

            if (r.BirthDate.AddYears(56) <= today || h % 40 == 1)
            {
                db.Add(new KpoKeluarga
                {
                    Nip = r.Nip,
                    Pasangan = h % 5 == 0 ? "" : "Tercatat",
                    JumlahAnak = h % 4,
                    PmkBulan = h % 3 == 0 ? 12 : 0,
                    AlamatPensiun = agency.Region,
                    FotoAda = h % 6 != 0,
                    PendidikanBerubah = h % 40 == 1,
                });
            }

            if (++n % 5000 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked((h * 31) + c);
        }

        return h & 0x7FFFFFFF;
    }
}
