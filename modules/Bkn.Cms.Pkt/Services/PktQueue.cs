using Bkn.Cms.Contents.Services;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>
/// The queue: tickets from the kiosk, call-next and the desk actions. Call-next claims a ticket with one conditional
/// UPDATE (<c>… WHERE Id = @id AND Status = waiting</c>) and checks the affected row count: of two desks racing for
/// the same ticket exactly one wins (PostgreSQL re-checks the condition after the row lock; SQLite serialises writers),
/// the loser re-reads the queue and claims the next one, so no ticket is given twice and none is skipped.
/// </summary>
public sealed class PktQueue(DbContext db, SiteClock clock, TimeProvider time, PktOptions options, IPktNotifier notifier, PktGates gates)
{
    private const int MaxClaimAttempts = 64;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(clock.ToLocal(UtcNow));

    public SiteClock Clock => clock;

    public async Task<PktCalendar> CalendarAsync(CancellationToken cancellationToken)
    {
        var holidays = await db.Set<PktHoliday>().AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        return PktCalendar.Configured(options.Configuration, holidays.ToHashSet());
    }

    public Task<PktTicket> IssueAsync(string serviceId, string? nip, string? phone, bool priority, CancellationToken cancellationToken) =>
        IssueAsync(serviceId, nip, phone, priority, null, UtcNow, cancellationToken);

    /// <summary>Takes a ticket at the kiosk; refuses outside opening hours, an unknown service, a closed counter, a bad NIP or phone.</summary>
    public async Task<PktTicket> IssueAsync(string serviceId, string? nip, string? phone, bool priority, PktAppointment? appointment, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var local = clock.ToLocal(nowUtc);
        var calendar = await CalendarAsync(cancellationToken);
        if (!calendar.IsOpen(local))
        {
            throw new PktException(calendar.ClosedText(local));
        }

        var service = await db.Set<PktService>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken)
            ?? throw new PktException("Pilih layanan yang tersedia.");
        var counter = await db.Set<PktCounter>().AsNoTracking().FirstAsync(c => c.Code == service.CounterCode, cancellationToken);
        if (!counter.IsOpen)
        {
            throw new PktException("Loket {0} sedang tutup. Silakan tanyakan ke petugas informasi.", counter.Code);
        }

        nip = Normalize(nip);
        if (nip is not null && !NipRules.TryParse(nip, out _, out var nipError))
        {
            throw new PktException(nipError);
        }

        phone = NormalizePhone(phone);
        var day = DateOnly.FromDateTime(local);
        var estimate = await EstimateForNewAsync(counter.Code, service.Id, local.Hour, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Set<PktTicket>().Where(t => t.CounterCode == counter.Code && t.Day == day).MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? 0;
            var ticket = new PktTicket
            {
                Code = PktCodes.New(),
                CounterCode = counter.Code,
                ServiceId = service.Id,
                Day = day,
                Sequence = last + 1,
                Number = $"{counter.Code}-{last + 1:000}",
                Status = PktTicketStatus.Waiting,
                Priority = priority,
                IssuedUtc = nowUtc,
                QueueUtc = nowUtc,
                Nip = nip,
                Phone = phone,
                AppointmentId = appointment?.Id,
                SlotStartUtc = appointment is null ? null : clock.ToUtc(appointment.Date.ToDateTime(appointment.SlotStart)),
                EstimateLowMinutes = estimate.LowMinutes,
                EstimateHighMinutes = estimate.HighMinutes,
            };
            db.Add(ticket);
            if (appointment is not null)
            {
                db.Attach(appointment);
                appointment.Status = PktAppointmentStatus.CheckedIn;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (appointment is not null)
                {
                    appointment.TicketId = ticket.Id;
                    await db.SaveChangesAsync(cancellationToken);
                }

                await notifier.ChangedAsync(cancellationToken);
                return ticket;
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                // Another kiosk took the same number at the same instant: take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The estimate a new ticket would get: everyone waiting at the counter is ahead of it.</summary>
    private async Task<PktWaitRange> EstimateForNewAsync(string counterCode, string serviceId, int localHour, CancellationToken cancellationToken)
    {
        var day = Today;
        var ahead = await db.Set<PktTicket>().CountAsync(t => t.CounterCode == counterCode && t.Day == day && t.Status == PktTicketStatus.Waiting, cancellationToken);
        return await EstimateAsync(counterCode, serviceId, ahead, localHour, cancellationToken);
    }

    /// <summary>Wait range for a visitor with <paramref name="ahead"/> visitors waiting before them.</summary>
    public async Task<PktWaitRange> EstimateAsync(string counterCode, string serviceId, int ahead, int localHour, CancellationToken cancellationToken)
    {
        var desks = await db.Set<PktDesk>().CountAsync(d => d.CounterCode == counterCode && d.StaffUserName != null, cancellationToken);
        var since = UtcNow.AddDays(-28);
        var history = await ServiceTimesAsync(t => t.ServiceId == serviceId, since, cancellationToken);
        if (history.Count < PktWaitEstimator.MinSamples)
        {
            history = await ServiceTimesAsync(t => t.CounterCode == counterCode, since, cancellationToken);
        }

        return PktWaitEstimator.Estimate(ahead, desks, PktWaitEstimator.Select(history, localHour));
    }

    private async Task<List<(int, double)>> ServiceTimesAsync(System.Linq.Expressions.Expression<Func<PktTicket, bool>> filter, DateTime sinceUtc, CancellationToken cancellationToken)
    {
        var rows = await db.Set<PktTicket>().AsNoTracking().Where(filter)
            .Where(t => t.Status == PktTicketStatus.Done && t.IssuedUtc >= sinceUtc && t.StartedUtc != null && t.FinishedUtc != null)
            .OrderByDescending(t => t.IssuedUtc).Take(400)
            .Select(t => new { t.StartedUtc, t.FinishedUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (clock.ToLocal(r.StartedUtc!.Value).Hour, (r.FinishedUtc!.Value - r.StartedUtc!.Value).TotalMinutes)).ToList();
    }

    /// <summary>Position (waiting tickets of the counter before this one) and the estimate, for the visitor page.</summary>
    public async Task<(int Position, PktWaitRange Estimate)> PositionAsync(PktTicket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Status != PktTicketStatus.Waiting)
        {
            return (0, new PktWaitRange(0, 0));
        }

        var waiting = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.CounterCode == ticket.CounterCode && t.Day == ticket.Day && t.Status == PktTicketStatus.Waiting)
            .Select(t => new { t.Id, t.QueueUtc, t.Priority })
            .ToListAsync(cancellationToken);
        var ahead = waiting.Count(t => t.QueueUtc < ticket.QueueUtc || (t.QueueUtc == ticket.QueueUtc && t.Id < ticket.Id) || (t.Priority && !ticket.Priority));
        var estimate = await EstimateAsync(ticket.CounterCode, ticket.ServiceId, ahead, clock.ToLocal(UtcNow).Hour, cancellationToken);
        return (ahead + 1, estimate);
    }

    /// <summary>Signs a staff member in at a desk (one desk per person; a desk held by someone else is refused).</summary>
    public async Task SignInAsync(string deskCode, string userName, CancellationToken cancellationToken)
    {
        var desk = await db.Set<PktDesk>().FirstOrDefaultAsync(d => d.Code == deskCode, cancellationToken) ?? throw new PktException("Meja loket tidak ditemukan.");
        if (desk.StaffUserName is not null && desk.StaffUserName != userName)
        {
            throw new PktException("Meja {0} sedang dipakai petugas lain.", desk.Code);
        }

        foreach (var other in await db.Set<PktDesk>().Where(d => d.StaffUserName == userName && d.Code != deskCode).ToListAsync(cancellationToken))
        {
            other.StaffUserName = null;
            other.SignedInUtc = null;
        }

        desk.StaffUserName = userName;
        desk.SignedInUtc = UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SignOutAsync(string userName, CancellationToken cancellationToken)
    {
        foreach (var desk in await db.Set<PktDesk>().Where(d => d.StaffUserName == userName).ToListAsync(cancellationToken))
        {
            desk.StaffUserName = null;
            desk.SignedInUtc = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The ticket a desk has called or is serving now, if any.</summary>
    public Task<PktTicket?> CurrentAsync(string deskCode, CancellationToken cancellationToken) =>
        db.Set<PktTicket>().Where(t => t.DeskCode == deskCode && (t.Status == PktTicketStatus.Called || t.Status == PktTicketStatus.Serving))
            .OrderByDescending(t => t.CalledUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Calls the next visitor for the desk (its counter's queue of today), atomically and one decision at a time per
    /// counter (see <see cref="LockCounterAsync"/>); null when nobody waits.
    /// </summary>
    public async Task<PktTicket?> CallNextAsync(string deskCode, string userName, CancellationToken cancellationToken)
    {
        var desk = await db.Set<PktDesk>().AsNoTracking().FirstOrDefaultAsync(d => d.Code == deskCode, cancellationToken) ?? throw new PktException("Meja loket tidak ditemukan.");
        if (await CurrentAsync(deskCode, cancellationToken) is { } current)
        {
            throw new PktException("Tiket {0} masih di meja ini. Selesaikan, lewati atau alihkan dulu.", current.Number);
        }

        var day = Today;
        var tickets = db.Set<PktTicket>();
        PktTicket? called = null;
        using (await CounterGate(desk.CounterCode).LockAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockCounterAsync(desk.CounterCode, cancellationToken);
            for (var attempt = 0; attempt < MaxClaimAttempts && called is null; attempt++)
            {
                var recent = await tickets.AsNoTracking()
                    .Where(t => t.CounterCode == desk.CounterCode && t.Day == day && t.CalledUtc != null)
                    .OrderByDescending(t => t.CalledUtc).ThenByDescending(t => t.Id)
                    .Take(Math.Max(1, options.RegularPerPriority))
                    .Select(t => new { t.Priority, t.CalledUtc })
                    .ToListAsync(cancellationToken);

                // The counter's calls are strictly ordered by their time, also when a node's clock lags behind.
                var now = UtcNow;
                if (recent.Count > 0 && recent[0].CalledUtc is { } latest && now <= latest)
                {
                    now = latest.AddMilliseconds(1);
                }

                var waiting = await CandidatesAsync(desk.CounterCode, day, now, cancellationToken);
                var next = PktQueueOrder.Next([.. waiting.Select(t => new PktCandidate(t.Id, t.Priority, t.QueueUtc, t.SlotStartUtc))], recent.Select(r => r.Priority).Take(options.RegularPerPriority).ToList(), options.RegularPerPriority, now);
                if (next is null)
                {
                    break;
                }

                var claimed = await tickets
                    .Where(t => t.Id == next.Id && t.Status == PktTicketStatus.Waiting)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(t => t.Status, PktTicketStatus.Called)
                        .SetProperty(t => t.CalledUtc, now)
                        .SetProperty(t => t.DeskCode, desk.Code)
                        .SetProperty(t => t.StaffUserName, userName)
                        .SetProperty(t => t.Recalls, 0), cancellationToken);
                if (claimed == 1)
                {
                    // The row as the UPDATE left it, without reading it again.
                    called = waiting.First(t => t.Id == next.Id);
                    called.Status = PktTicketStatus.Called;
                    called.CalledUtc = now;
                    called.DeskCode = desk.Code;
                    called.StaffUserName = userName;
                    called.Recalls = 0;
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (called is not null)
        {
            await AnnounceAsync(called, desk.Code, cancellationToken);
            return called;
        }

        if (await tickets.AnyAsync(t => t.CounterCode == desk.CounterCode && t.Day == day && t.Status == PktTicketStatus.Waiting, cancellationToken))
        {
            throw new PktException("Antrean sedang sangat sibuk. Tekan panggil sekali lagi.");
        }

        return null;
    }

    /// <summary>
    /// The waiting tickets <see cref="PktQueueOrder.Next"/> can choose from: the first of each kind it looks at (the
    /// earliest checked-in appointment whose slot has begun, the longest-waiting regular and priority walk-ins, and the
    /// earliest appointment, called before its slot only when nobody else waits). Each is one indexed look-up, and the
    /// four go in one round trip (UNION ALL), so a call costs the same with ten or ten thousand visitors waiting; the
    /// order chooses among them exactly as it would among all waiting tickets.
    /// </summary>
    private Task<List<PktTicket>> CandidatesAsync(string counterCode, DateOnly day, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var waiting = db.Set<PktTicket>().AsNoTracking().Where(t => t.CounterCode == counterCode && t.Day == day && t.Status == PktTicketStatus.Waiting);
        var inSlot = waiting.Where(t => t.SlotStartUtc != null && t.SlotStartUtc <= nowUtc).OrderBy(t => t.SlotStartUtc).ThenBy(t => t.QueueUtc).ThenBy(t => t.Id).Take(1);
        var regular = waiting.Where(t => !t.Priority && t.SlotStartUtc == null).OrderBy(t => t.QueueUtc).ThenBy(t => t.Id).Take(1);
        var priority = waiting.Where(t => t.Priority && t.SlotStartUtc == null).OrderBy(t => t.QueueUtc).ThenBy(t => t.Id).Take(1);
        var early = waiting.Where(t => t.SlotStartUtc != null).OrderBy(t => t.SlotStartUtc).ThenBy(t => t.Id).Take(1);
        return inSlot.Concat(regular).Concat(priority).Concat(early).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One decision at a time per counter: the fairness rule reads the counter's last calls, so two desks deciding on
    /// the same state could both take a priority visitor. In this process a gate per counter (and database) queues the
    /// desks; across processes and nodes the transaction's write on the counter's row does (PostgreSQL holds the row
    /// lock until commit; SQLite holds its single writer lock), so the next desk reads the queue only after the
    /// previous call is committed.
    /// </summary>
    private Task LockCounterAsync(string counterCode, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("UPDATE \"PktCounters\" SET \"IsOpen\" = \"IsOpen\" WHERE \"Code\" = {0}", [counterCode], cancellationToken);

    /// <summary>
    /// The gate of a counter on this node. SQLite has one write lock for the whole file, so there desks of different
    /// counters would only meet at that lock and wait in the driver's retry sleeps: one gate per database queues them
    /// in order instead.
    /// </summary>
    private PktGate CounterGate(string counterCode) =>
        gates.For(db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true ? db.Database.GetConnectionString() ?? "" : $"{db.Database.GetConnectionString()}\n{counterCode}");

    private Task AnnounceAsync(PktTicket ticket, string deskCode, CancellationToken cancellationToken) =>
        notifier.CalledAsync(new PktCallMessage(ticket.Number, deskCode, ticket.CounterCode, PktSpeech.CallSentence(ticket.Number, deskCode), UtcNow), cancellationToken);

    private async Task<PktTicket> RequireCurrentAsync(string deskCode, CancellationToken cancellationToken) =>
        await CurrentAsync(deskCode, cancellationToken) ?? throw new PktException("Belum ada tiket yang dipanggil di meja ini.");

    /// <summary>Calls the same visitor again; after the recall limit the visitor is a no-show and the desk is free.</summary>
    public async Task<PktTicket> RecallAsync(string deskCode, CancellationToken cancellationToken)
    {
        var ticket = await RequireCurrentAsync(deskCode, cancellationToken);
        if (ticket.Status != PktTicketStatus.Called)
        {
            throw new PktException("Tiket sudah dilayani; panggil ulang tidak diperlukan.");
        }

        if (ticket.Recalls >= options.RecallLimit)
        {
            ticket.Status = PktTicketStatus.NoShow;
            ticket.FinishedUtc = UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await notifier.ChangedAsync(cancellationToken);
            return ticket;
        }

        ticket.Recalls++;
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceAsync(ticket, deskCode, cancellationToken);
        return ticket;
    }

    /// <summary>Puts the called visitor back at the end of the counter's queue (not here yet; called again later).</summary>
    public async Task<PktTicket> SkipAsync(string deskCode, CancellationToken cancellationToken)
    {
        var ticket = await RequireCurrentAsync(deskCode, cancellationToken);
        if (ticket.Status != PktTicketStatus.Called)
        {
            throw new PktException("Tiket yang sedang dilayani tidak bisa dilewati; selesaikan atau alihkan.");
        }

        ticket.Status = PktTicketStatus.Waiting;
        ticket.QueueUtc = UtcNow;
        ticket.DeskCode = null;
        ticket.CalledUtc = null;
        ticket.StaffUserName = null;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.ChangedAsync(cancellationToken);
        return ticket;
    }

    public async Task<PktTicket> StartAsync(string deskCode, CancellationToken cancellationToken)
    {
        var ticket = await RequireCurrentAsync(deskCode, cancellationToken);
        if (ticket.Status == PktTicketStatus.Called)
        {
            ticket.Status = PktTicketStatus.Serving;
            ticket.StartedUtc = UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await notifier.ChangedAsync(cancellationToken);
        }

        return ticket;
    }

    /// <summary>Finishes the visit with its case record; the documents must come from the service's requirements.</summary>
    public async Task<PktTicket> FinishAsync(string deskCode, string serviceId, PktOutcome outcome, IReadOnlyCollection<string> documents, string? notes, string? nip, CancellationToken cancellationToken)
    {
        var ticket = await RequireCurrentAsync(deskCode, cancellationToken);
        var service = await db.Set<PktService>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == serviceId && s.CounterCode == ticket.CounterCode, cancellationToken)
            ?? throw new PktException("Pilih layanan loket ini untuk catatan kasus.");
        if (outcome == PktOutcome.None)
        {
            throw new PktException("Pilih hasil layanan: selesai, ditindaklanjuti atau dirujuk.");
        }

        var allowed = service.RequirementList();
        if (documents.FirstOrDefault(d => !allowed.Contains(d)) is { } unknown)
        {
            throw new PktException("Dokumen '{0}' bukan persyaratan layanan {1}.", unknown, service.Name);
        }

        nip = Normalize(nip);
        if (nip is not null && !NipRules.TryParse(nip, out _, out var nipError))
        {
            throw new PktException(nipError);
        }

        notes = notes?.Trim();
        if (notes is { Length: > 2000 })
        {
            throw new PktException("Catatan paling panjang 2.000 karakter.");
        }

        var now = UtcNow;
        ticket.StartedUtc ??= ticket.CalledUtc ?? now;
        ticket.FinishedUtc = now;
        ticket.Status = PktTicketStatus.Done;
        ticket.ServiceId = service.Id;
        ticket.Outcome = outcome;
        ticket.DocumentsReceived = documents.Count == 0 ? null : string.Join('\n', documents);
        ticket.CaseNotes = string.IsNullOrEmpty(notes) ? null : notes;
        ticket.Nip = nip ?? ticket.Nip;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.ChangedAsync(cancellationToken);
        return ticket;
    }

    /// <summary>
    /// Sends the visitor at the desk to another counter's service with a note: the ticket is marked transferred and a
    /// new ticket of the target counter (kept in the order of the original issue time) takes its place in that queue.
    /// </summary>
    public async Task<PktTicket> TransferAsync(string deskCode, string serviceId, string? note, CancellationToken cancellationToken)
    {
        var ticket = await RequireCurrentAsync(deskCode, cancellationToken);
        var service = await db.Set<PktService>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken)
            ?? throw new PktException("Pilih layanan tujuan pengalihan.");
        if (service.Id == ticket.ServiceId)
        {
            throw new PktException("Layanan tujuan sama dengan layanan tiket ini.");
        }

        var counter = await db.Set<PktCounter>().AsNoTracking().FirstAsync(c => c.Code == service.CounterCode, cancellationToken);
        if (!counter.IsOpen)
        {
            throw new PktException("Loket {0} sedang tutup; tiket tidak bisa dialihkan ke sana.", counter.Code);
        }

        note = note?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            throw new PktException("Tulis catatan pengalihan untuk petugas loket tujuan.");
        }

        if (note.Length > 500)
        {
            throw new PktException("Catatan pengalihan paling panjang 500 karakter.");
        }

        var now = UtcNow;
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Set<PktTicket>().Where(t => t.CounterCode == counter.Code && t.Day == ticket.Day).MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? 0;
            var moved = new PktTicket
            {
                Code = PktCodes.New(),
                CounterCode = counter.Code,
                ServiceId = service.Id,
                Day = ticket.Day,
                Sequence = last + 1,
                Number = $"{counter.Code}-{last + 1:000}",
                Status = PktTicketStatus.Waiting,
                Priority = ticket.Priority,
                IssuedUtc = now,
                QueueUtc = ticket.IssuedUtc,
                Nip = ticket.Nip,
                Phone = ticket.Phone,
                TransferredFromId = ticket.Id,
                TransferNote = note,
            };
            ticket.Status = PktTicketStatus.Transferred;
            ticket.StartedUtc ??= ticket.CalledUtc ?? now;
            ticket.FinishedUtc = now;
            ticket.TransferNote = note;
            db.Add(moved);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await notifier.ChangedAsync(cancellationToken);
                return moved;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.Entry(moved).State = EntityState.Detached;
            }
        }
    }

    public static string? Normalize(string? value)
    {
        var text = value?.Trim().Replace(" ", "", StringComparison.Ordinal);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Indonesian mobile or landline number: digits, optional leading +62; 8–15 digits.</summary>
    public static string? NormalizePhone(string? phone)
    {
        var text = Normalize(phone)?.Replace("-", "", StringComparison.Ordinal);
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("+62", StringComparison.Ordinal))
        {
            text = "0" + text[3..];
        }

        if (text.Length is < 8 or > 15 || !text.All(char.IsAsciiDigit) || text[0] != '0')
        {
            throw new PktException("Nomor telepon tidak sah: tulis 8–15 angka diawali 0 atau +62, misalnya 081234567890.");
        }

        return text;
    }
}

/// <summary>
/// This node's call-next gates, one per counter (per database on SQLite); a singleton, so each node (each host) has
/// its own and nodes meet only at the database's lock.
/// </summary>
public sealed class PktGates
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PktGate> _gates = new(StringComparer.Ordinal);

    internal PktGate For(string key) => _gates.GetOrAdd(key, static _ => new PktGate());
}

/// <summary>An async mutex (one holder at a time); disposing the handle releases it.</summary>
internal sealed class PktGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
