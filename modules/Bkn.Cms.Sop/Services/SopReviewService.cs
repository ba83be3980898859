using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Notifications;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Units;
using Bkn.Cms.Users;
using Bkn.Cms.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Sop.Services;

/// <summary>When a kind of round opens and how long the unit has: set by the timer task's properties in the workflow type.</summary>
public sealed record ReviewSchedule(ReviewKind Kind, IReadOnlyList<int> Months, int DueDays, int ReminderDays)
{
    public static readonly ReviewSchedule Monitoring = new(ReviewKind.Pemantauan, [1, 7], 30, 7);
    public static readonly ReviewSchedule Evaluation = new(ReviewKind.Evaluasi, [11], 45, 10);

    /// <summary>The latest opening date on or before <paramref name="today"/> and its period label.</summary>
    public (DateOnly Opens, string Period) Current(DateOnly today)
    {
        var months = Months.Where(m => m is >= 1 and <= 12).Distinct().Order().ToList();
        if (months.Count == 0)
        {
            months = [1];
        }

        for (var year = today.Year; ; year--)
        {
            for (var i = months.Count - 1; i >= 0; i--)
            {
                var opens = new DateOnly(year, months[i], 1);
                if (opens <= today)
                {
                    var period = Kind == ReviewKind.Evaluasi ? year.ToString(CultureInfo.InvariantCulture) : $"{year}-S{(months[i] <= 6 ? 1 : 2)}";
                    return (opens, period);
                }
            }
        }
    }
}

/// <summary>What one sweep did, with the e-mails of its notices (one per unit and notice; the workflow sends them).</summary>
public sealed record ReviewSweepResult(int Opened, int Reminded, int Overdue)
{
    public IReadOnlyList<ReviewMail> Mails { get; init; } = [];
}

/// <summary>One notice of a review round by e-mail: the unit's users with a valid address, subject, text and the page to open.</summary>
public sealed record ReviewMail(IReadOnlyList<string> To, string Subject, string Text, string Url);

/// <summary>A unit's answers on one SOP (form input).</summary>
public sealed record ReviewAnswer(Guid SopId, bool? BerjalanBaik, string? Catatan, string? Tindakan, IReadOnlyDictionary<string, (bool? Ya, string? Catatan)>? Criteria);

/// <summary>
/// Monitoring (every six months) and evaluation (yearly) rounds: the timer sweep opens the current round of every unit
/// with SOPs in force, reminds the unit's users before the due date and marks late rounds overdue; the unit fills in
/// and closes its round in one transaction.
/// </summary>
public sealed class SopReviewService(DbContext db, IUnitTree units, IUserDirectory users, IEnumerable<INotificationCenter> notifications, IPermissionService permissions, IAuditTrail audit, TimeProvider time, IConfiguration configuration)
{
    public const string ReviewsPage = SopRoutes.Admin + "/pemantauan";

    public const string Incomplete = "Putaran belum dapat diselesaikan: setiap SOP harus dijawab.";

    public DateOnly Today => Bkn.Cms.Hosting.SiteTimeZone.Today(time, Bkn.Cms.Hosting.SiteTimeZone.From(configuration));

    public async Task<ReviewSweepResult> SweepAsync(ReviewSchedule schedule, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = Today;
        var (opens, period) = schedule.Current(today);
        var opened = 0;
        var withSops = await db.Set<SopDocument>().AsNoTracking().Where(s => s.Status == SopStatus.Berlaku).Select(s => s.UnitId).Distinct().ToListAsync(ct);
        var existing = await db.Set<SopReviewRound>().Where(r => r.Kind == schedule.Kind && r.Period == period).Select(r => r.UnitId).ToListAsync(ct);
        var newRounds = new List<SopReviewRound>();
        foreach (var unitId in withSops.Except(existing))
        {
            var round = new SopReviewRound { UnitId = unitId, Kind = schedule.Kind, Period = period, OpenedOn = opens, DueOn = opens.AddDays(schedule.DueDays) };
            db.Add(round);
            newRounds.Add(round);
            opened++;
        }

        var open = await db.Set<SopReviewRound>().Where(r => r.Kind == schedule.Kind && r.CompletedUtc == null).ToListAsync(ct);
        var reminded = 0;
        var overdue = 0;
        var tree = await units.GetAsync(ct);
        var people = (await users.SearchAsync(null, 100_000, ct)).Where(u => u.UnitId is not null).ToList();
        var addresses = await db.Set<CmsUser>().AsNoTracking().Where(u => u.IsActive && u.UnitId != null && u.Email != null && u.Email != "")
            .Select(u => new { u.UnitId, u.Email }).ToListAsync(ct);
        var mails = new List<ReviewMail>();
        foreach (var round in open.Concat(newRounds))
        {
            var unitName = tree.Find(round.UnitId)?.Name ?? "";
            var label = ReviewKinds.Label(round.Kind).ToLowerInvariant();
            if (round.OverdueUtc is null && today > round.DueOn)
            {
                round.OverdueUtc = now;
                overdue++;
                await NotifyAsync(people, addresses.Where(a => a.UnitId == round.UnitId).Select(a => a.Email!), mails, round, $"Terlambat: {label} SOP {unitName} periode {round.Period} melewati batas {round.DueOn:dd-MM-yyyy}.", ct);
            }
            else if (round.ReminderUtc is null && round.OverdueUtc is null && today >= round.DueOn.AddDays(-schedule.ReminderDays))
            {
                round.ReminderUtc = now;
                reminded++;
                await NotifyAsync(people, addresses.Where(a => a.UnitId == round.UnitId).Select(a => a.Email!), mails, round, $"Pengingat: {label} SOP {unitName} periode {round.Period} jatuh tempo {round.DueOn:dd-MM-yyyy}.", ct);
            }
        }

        foreach (var round in newRounds)
        {
            await NotifyAsync(people, addresses.Where(a => a.UnitId == round.UnitId).Select(a => a.Email!), mails, round, $"{ReviewKinds.Label(round.Kind)} SOP periode {round.Period} dibuka; batas pengisian {round.DueOn:dd-MM-yyyy}.", ct);
        }

        if (opened + reminded + overdue > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new ReviewSweepResult(opened, reminded, overdue) { Mails = mails };
    }

    /// <summary>The notice in the admin bar of the unit's users, and as an e-mail to those of them with a valid address.</summary>
    private async Task NotifyAsync(IReadOnlyList<UserSummary> people, IEnumerable<string> emails, List<ReviewMail> mails, SopReviewRound round, string text, CancellationToken ct)
    {
        var to = emails.Select(e => e.Trim()).Where(EmailAddressRules.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (to.Count > 0)
        {
            mails.Add(new ReviewMail(to, text.Length > 150 ? text[..150] : text, text, SopRoutes.Absolute(configuration, ReviewsPage)));
        }

        var ids = people.Where(p => p.UnitId == round.UnitId).Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        foreach (var center in notifications)
        {
            await center.NotifyAsync(ids, text, ReviewsPage, ct);
        }
    }

    /// <summary>Saves a unit's answers and, when <paramref name="complete"/>, closes the round (every SOP answered), in one transaction.</summary>
    public async Task<string?> SaveAsync(ClaimsPrincipal user, int roundId, IReadOnlyList<ReviewAnswer> answers, bool complete, CancellationToken ct)
    {
        var round = await db.Set<SopReviewRound>().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return "Putaran tidak ditemukan.";
        }

        if (!await permissions.HasPermissionAsync(user, Permissions.WriteSop, round.UnitId, ct) && !await permissions.HasPermissionAsync(user, Permissions.EvaluateSop, round.UnitId, ct))
        {
            return SopService.NotAllowed;
        }

        if (round.CompletedUtc is not null)
        {
            return "Putaran ini sudah diselesaikan.";
        }

        var sops = await InForceAsync(round.UnitId, ct);
        var entries = await db.Set<SopReviewEntry>().Where(e => e.RoundId == round.Id).ToListAsync(ct);
        foreach (var answer in answers.Where(a => sops.Any(s => s.Id == a.SopId)))
        {
            var entry = entries.FirstOrDefault(e => e.SopId == answer.SopId);
            if (entry is null)
            {
                entry = new SopReviewEntry { RoundId = round.Id, SopId = answer.SopId };
                db.Add(entry);
                entries.Add(entry);
            }

            entry.Catatan = Clip(answer.Catatan);
            entry.Tindakan = Clip(answer.Tindakan);
            if (round.Kind == ReviewKind.Pemantauan)
            {
                entry.BerjalanBaik = answer.BerjalanBaik;
            }
            else
            {
                var criteria = EvaluationCriteria.All.ToDictionary(
                    c => c.Key,
                    c => answer.Criteria is not null && answer.Criteria.TryGetValue(c.Key, out var v) ? new CriterionAnswer(v.Ya, Clip(v.Catatan)) : new CriterionAnswer(null, ""));
                entry.AnswersJson = JsonSerializer.Serialize(criteria);
            }
        }

        if (complete)
        {
            var missing = sops.Where(s => entries.FirstOrDefault(e => e.SopId == s.Id) is not { } e || !IsAnswered(round.Kind, e)).ToList();
            if (missing.Count > 0)
            {
                db.ChangeTracker.Clear();
                return $"{Incomplete} Belum dijawab: {string.Join(", ", missing.Take(5).Select(s => s.Nomor))}{(missing.Count > 5 ? " …" : "")}.";
            }

            round.CompletedUtc = time.GetUtcNow().UtcDateTime;
            round.CompletedBy = user.Identity?.Name ?? "";
        }

        await audit.StageAsync(new AuditEvent(AuditCategories.Content, complete ? "sop.review.completed" : "sop.review.saved", $"{ReviewKinds.Label(round.Kind)} SOP periode {round.Period} ({round.Id}) {(complete ? "diselesaikan" : "disimpan")}") { UnitId = round.UnitId, ContentType = "Sop" }, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public Task<List<SopDocument>> InForceAsync(Guid unitId, CancellationToken ct) =>
        db.Set<SopDocument>().AsNoTracking().Where(s => s.UnitId == unitId && s.Status == SopStatus.Berlaku).OrderBy(s => s.Nomor).ToListAsync(ct);

    public static bool IsAnswered(ReviewKind kind, SopReviewEntry entry) =>
        kind == ReviewKind.Pemantauan ? entry.BerjalanBaik is not null : Criteria(entry).Values.Count(v => v.Ya is not null) >= EvaluationCriteria.All.Count - 1;

    public static Dictionary<string, CriterionAnswer> Criteria(SopReviewEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.AnswersJson))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, CriterionAnswer>>(entry.AnswersJson) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>A round's state as the unit and Ortala read it.</summary>
    public static string State(SopReviewRound round) =>
        round.CompletedUtc is not null ? "Selesai" : round.OverdueUtc is not null ? "Terlambat" : round.ReminderUtc is not null ? "Diingatkan" : "Terbuka";

    private static string Clip(string? text)
    {
        var value = (text ?? "").Trim();
        return value.Length > SopDocument.TextLength ? value[..SopDocument.TextLength] : value;
    }
}

/// <summary>One evaluation criterion's answer: Ya (true), Tidak (false) or not answered, with a note.</summary>
public sealed record CriterionAnswer(bool? Ya, string Catatan);
