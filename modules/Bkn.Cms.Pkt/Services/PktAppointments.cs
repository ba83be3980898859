using Bkn.Cms.Contents.Services;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>Online appointments: a 30-minute slot for a service on a working day, with a quota per slot; checked in at the kiosk.</summary>
public sealed class PktAppointments(DbContext db, SiteClock clock, TimeProvider time, PktOptions options, PktQueue queue)
{
    public const int SlotMinutes = 30;

    /// <summary>The slots of a day within opening hours and outside breaks, with the places left.</summary>
    public async Task<IReadOnlyList<(TimeOnly Start, int Left)>> SlotsAsync(string serviceId, DateOnly date, CancellationToken cancellationToken)
    {
        var calendar = await queue.CalendarAsync(cancellationToken);
        if (!calendar.IsWorkingDay(date))
        {
            return [];
        }

        var hours = calendar.Hours[date.DayOfWeek];
        var taken = await db.Set<PktAppointment>().AsNoTracking()
            .Where(a => a.ServiceId == serviceId && a.Date == date && a.Status != PktAppointmentStatus.Cancelled)
            .GroupBy(a => a.SlotStart).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var slots = new List<(TimeOnly, int)>();
        for (var start = hours.Open; start.AddMinutes(SlotMinutes) <= hours.Close && start >= hours.Open; start = start.AddMinutes(SlotMinutes))
        {
            var end = start.AddMinutes(SlotMinutes);
            if (hours.Breaks.Any(b => start < b.End && end > b.Start))
            {
                continue;
            }

            slots.Add((start, options.SlotQuota - (taken.FirstOrDefault(t => t.Key == start)?.Count ?? 0)));
        }

        return slots;
    }

    public async Task<PktAppointment> BookAsync(string serviceId, DateOnly date, TimeOnly slot, string? nip, string? phone, CancellationToken cancellationToken)
    {
        if (!await db.Set<PktService>().AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            throw new PktException("Pilih layanan yang tersedia.");
        }

        var today = DateOnly.FromDateTime(clock.ToLocal(time.GetUtcNow().UtcDateTime));
        if (date <= today)
        {
            throw new PktException("Janji temu dibuat paling lambat sehari sebelumnya.");
        }

        var slots = await SlotsAsync(serviceId, date, cancellationToken);
        if (slots.Count == 0)
        {
            throw new PktException("Loket PKT tutup pada tanggal itu. Pilih hari kerja lain.");
        }

        var match = slots.Where(s => s.Start == slot).ToList();
        if (match.Count == 0)
        {
            throw new PktException("Pilih jam yang tersedia.");
        }

        if (match[0].Left <= 0)
        {
            throw new PktException("Kuota jam {0} sudah penuh. Pilih jam lain.", slot.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        nip = PktQueue.Normalize(nip);
        if (nip is null)
        {
            throw new PktException("NIP wajib diisi untuk janji temu.");
        }

        if (!NipRules.TryParse(nip, out _, out var error))
        {
            throw new PktException(error);
        }

        var appointment = new PktAppointment
        {
            Code = PktCodes.New(),
            ServiceId = serviceId,
            Date = date,
            SlotStart = slot,
            Nip = nip,
            Phone = PktQueue.NormalizePhone(phone),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        return appointment;
    }

    /// <summary>Checks a booked visitor in at the kiosk (on the day of the booking): a ticket called in the slot.</summary>
    public async Task<PktTicket> CheckInAsync(string? nip, CancellationToken cancellationToken)
    {
        nip = PktQueue.Normalize(nip);
        var today = queue.Today;
        var appointment = nip is null ? null : await db.Set<PktAppointment>().AsNoTracking()
            .Where(a => a.Nip == nip && a.Date == today && a.Status == PktAppointmentStatus.Booked)
            .OrderBy(a => a.SlotStart).FirstOrDefaultAsync(cancellationToken);
        if (appointment is null)
        {
            throw new PktException("Tidak ada janji temu hari ini untuk NIP tersebut. Silakan ambil nomor antrean biasa.");
        }

        return await queue.IssueAsync(appointment.ServiceId, nip, appointment.Phone, false, appointment, queue.UtcNow, cancellationToken);
    }
}
