using Bkn.Cms.Agencies;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>
/// Builds the nominative list of an agency for a period: streams the agency's records, reads the module's SKP,
/// penalties and family data in chunks, runs the rules and writes KP candidates (otomatis, reguler) and pension
/// candidates with the data the rules used, replacing the previous list in one transaction (confirmations kept).
/// </summary>
public sealed class NominativeGenerator(DbContext db, IPersonnelRecords records, KpoRules rules, PeriodCalendar calendar, TimeProvider time)
{
    private const int Chunk = 900;

    public async Task<KpoDaftar> GenerateAsync(Guid agencyId, DateOnly period, CancellationToken cancellationToken)
    {
        if (calendar.Check(period) is { } bad)
        {
            throw new KpoException(bad);
        }

        var all = new List<PersonnelRecord>();
        await foreach (var r in records.StreamByAgencyAsync(agencyId, PersonnelDataset.Production, cancellationToken))
        {
            all.Add(r);
        }

        var items = await EvaluateAsync(all, agencyId, period, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var previous = await db.Set<KpoNominatif>().AsNoTracking().Where(n => n.AgencyId == agencyId && n.Period == period && n.Status != NominatifStatus.Belum)
            .Select(n => new { n.Nip, n.Jenis, n.Status }).ToListAsync(cancellationToken);
        var kept = previous.ToDictionary(p => (p.Nip, Checklists.IsKp(p.Jenis)), p => p.Status);
        foreach (var item in items)
        {
            item.GeneratedUtc = now;
            if (kept.TryGetValue((item.Nip, Checklists.IsKp(item.Jenis)), out var status))
            {
                item.Status = status;
            }
        }

        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a caller's transaction (a recipe): its commit decides.
            return await WriteAsync(agencyId, period, items, now, cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var daftar = await WriteAsync(agencyId, period, items, now, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return daftar;
        });
    }

    private async Task<KpoDaftar> WriteAsync(Guid agencyId, DateOnly period, List<KpoNominatif> items, DateTime now, CancellationToken cancellationToken)
    {
            await db.Set<KpoNominatif>().Where(n => n.AgencyId == agencyId && n.Period == period).ExecuteDeleteAsync(cancellationToken);
            var daftar = await db.Set<KpoDaftar>().FirstOrDefaultAsync(d => d.AgencyId == agencyId && d.Period == period, cancellationToken);
            if (daftar is null)
            {
                daftar = new KpoDaftar { AgencyId = agencyId, Period = period };
                db.Add(daftar);
            }

            daftar.GeneratedUtc = now;
            daftar.KpOtomatis = items.Count(i => i.Jenis == JenisUsulan.KpOtomatis);
            daftar.KpReguler = items.Count(i => i.Jenis == JenisUsulan.KpReguler);
            daftar.Pensiun = items.Count(i => !Checklists.IsKp(i.Jenis));
            daftar.TidakMemenuhi = items.Count(i => !i.Memenuhi);
            var detect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                db.AddRange(items);
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detect;
            }

            foreach (var item in items)
            {
                db.Entry(item).State = EntityState.Detached;
            }

            return daftar;
    }

    /// <summary>Re-runs the rules for one person after an accepted correction and replaces their line.</summary>
    public async Task RecomputeAsync(string nip, DateOnly period, CancellationToken cancellationToken)
    {
        var record = await records.FindAsync(nip, PersonnelDataset.Production, cancellationToken);
        var old = await db.Set<KpoNominatif>().Where(n => n.Nip == nip && n.Period == period).ToListAsync(cancellationToken);
        if (record is null)
        {
            return;
        }

        var fresh = await EvaluateAsync([record], record.AgencyId, period, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var item in fresh)
        {
            item.GeneratedUtc = now;
            var same = old.FirstOrDefault(o => Checklists.IsKp(o.Jenis) == Checklists.IsKp(item.Jenis));
            if (same is null)
            {
                db.Add(item);
                continue;
            }

            // The line keeps its id (the inbox links to it) and its reconciliation status; the rest is recomputed.
            item.Id = same.Id;
            item.Status = same.Status;
            db.Entry(same).CurrentValues.SetValues(item);
            old.Remove(same);
        }

        db.RemoveRange(old);
    }

    /// <summary>The facts the rules read about one person on a period (for a single look-up).</summary>
    public async Task<CandidateFacts> FactsAsync(PersonnelRecord record, DateOnly period, CancellationToken cancellationToken)
    {
        var atasan = record.AtasanNip is { } a ? (await records.FindAsync(a, PersonnelDataset.Production, cancellationToken))?.Golongan : null;
        var fromYear = period.Year - rules.Options.SkpYears;
        var skp = await db.Set<KpoSkp>().AsNoTracking().Where(s => s.Nip == record.Nip && s.Year >= fromYear && s.Year < period.Year).ToDictionaryAsync(s => s.Year, s => s.Score, cancellationToken);
        var hukdis = await db.Set<KpoHukdis>().AsNoTracking().Where(h => h.Nip == record.Nip && h.Level != HukdisLevel.Ringan).Select(h => new HukdisFact(h.Level, h.Start, h.End)).ToListAsync(cancellationToken);
        var pendidikan = await db.Set<KpoKeluarga>().AsNoTracking().AnyAsync(k => k.Nip == record.Nip && k.PendidikanBerubah, cancellationToken);
        return CandidateFacts.From(record, atasan, skp, hukdis, pendidikan);
    }

    /// <summary>Runs the rules over records: the lines of the list (not saved).</summary>
    public async Task<List<KpoNominatif>> EvaluateAsync(IReadOnlyList<PersonnelRecord> all, Guid agencyId, DateOnly period, CancellationToken cancellationToken)
    {
        var nextPeriod = calendar.After(period);
        var golongan = new Dictionary<string, string>(all.Count, StringComparer.Ordinal);
        foreach (var r in all)
        {
            golongan[r.Nip] = r.Golongan;
        }

        var outside = all.Where(r => r.AtasanNip is { } a && !golongan.ContainsKey(a)).Select(r => r.AtasanNip!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var part in outside.Chunk(Chunk))
        {
            foreach (var a in await records.FindManyAsync(part, PersonnelDataset.Production, cancellationToken))
            {
                golongan[a.Nip] = a.Golongan;
            }
        }

        var skp = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var hukdis = new Dictionary<string, List<HukdisFact>>(StringComparer.Ordinal);
        var pendidikan = new HashSet<string>(StringComparer.Ordinal);
        var fromYear = period.Year - rules.Options.SkpYears;
        foreach (var part in all.Select(r => r.Nip).Chunk(Chunk))
        {
            var list = part.ToList();
            foreach (var s in await db.Set<KpoSkp>().AsNoTracking().Where(s => list.Contains(s.Nip) && s.Year >= fromYear && s.Year < period.Year).ToListAsync(cancellationToken))
            {
                (skp.TryGetValue(s.Nip, out var d) ? d : skp[s.Nip] = [])[s.Year] = s.Score;
            }

            foreach (var h in await db.Set<KpoHukdis>().AsNoTracking().Where(h => list.Contains(h.Nip) && h.Level != HukdisLevel.Ringan).ToListAsync(cancellationToken))
            {
                (hukdis.TryGetValue(h.Nip, out var l) ? l : hukdis[h.Nip] = []).Add(new HukdisFact(h.Level, h.Start, h.End));
            }

            pendidikan.UnionWith(await db.Set<KpoKeluarga>().AsNoTracking().Where(k => list.Contains(k.Nip) && k.PendidikanBerubah).Select(k => k.Nip).ToListAsync(cancellationToken));
        }

        var maxOtomatis = Agencies.Golongan.Find(rules.Options.MaxGolonganOtomatis)?.Rank ?? 0;
        var items = new List<KpoNominatif>();
        var noSkp = new Dictionary<int, int>();
        foreach (var r in all)
        {
            if (!string.Equals(r.Status, "Aktif", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var atasan = r.AtasanNip is { } an ? golongan.GetValueOrDefault(an) : null;
            var personSkp = skp.GetValueOrDefault(r.Nip) ?? noSkp;
            var facts = CandidateFacts.From(r, atasan, personSkp, hukdis.GetValueOrDefault(r.Nip) ?? [], pendidikan.Contains(r.Nip));
            var bup = rules.Bup(facts);
            if (bup.TmtPensiun >= period && bup.TmtPensiun < nextPeriod)
            {
                items.Add(Line(r, facts, period, bup.Otomatis ? JenisUsulan.PensiunOtomatis : JenisUsulan.PensiunReguler, true, null, bup, bup.Reasons));
                continue;
            }

            var kp = rules.Kp(facts, period);
            if (kp.Due && kp.ProposedGolongan is not null)
            {
                // The route follows the scope (rank proposed up to the configured maximum, no change of education), eligible or not.
                var inScope = Agencies.Golongan.Find(kp.ProposedGolongan)?.Rank <= maxOtomatis && !facts.PendidikanBerubah;
                items.Add(Line(r, facts, period, inScope ? JenisUsulan.KpOtomatis : JenisUsulan.KpReguler, kp.Eligible, kp.ProposedGolongan, bup, kp.Reasons));
            }
        }

        return items;
    }

    private static KpoNominatif Line(PersonnelRecord r, CandidateFacts facts, DateOnly period, JenisUsulan jenis, bool memenuhi, string? baru, BupVerdict bup, IReadOnlyList<string> reasons)
    {
        var alasan = string.Join('\n', reasons);
        return new KpoNominatif
        {
            AgencyId = r.AgencyId,
            Period = period,
            Jenis = jenis,
            Nip = r.Nip,
            Nama = Trim(r.Name, 200),
            Golongan = r.Golongan,
            GolonganBaru = baru,
            TmtGolongan = r.TmtGolongan,
            Jabatan = Trim(r.Jabatan, 300),
            JenisJabatan = (int)r.JenisJabatan,
            Unor = Trim(r.Unor, 300),
            AtasanGolongan = facts.AtasanGolongan,
            Skp1 = facts.Skp.TryGetValue(period.Year - 2, out var s1) ? s1 : null,
            Skp2 = facts.Skp.TryGetValue(period.Year - 1, out var s2) ? s2 : null,
            HukdisAktif = facts.Hukdis.Any(h => h.ActiveOn(period)),
            BupDate = bup.BupDate,
            TmtPensiun = bup.TmtPensiun,
            Memenuhi = memenuhi,
            Alasan = Trim(alasan, KpoNominatif.ReasonsLength),
        };
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
