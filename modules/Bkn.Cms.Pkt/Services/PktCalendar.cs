using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Pkt.Services;

/// <summary>Opening hours of one weekday: open–close, with breaks (rest and the Friday prayer break).</summary>
public sealed record PktDayHours(TimeOnly Open, TimeOnly Close, IReadOnlyList<(TimeOnly Start, TimeOnly End)> Breaks);

/// <summary>Why the single window is not taking tickets at a given moment.</summary>
public enum PktClosedReason
{
    None,
    Weekend,
    Holiday,
    BeforeOpening,
    AfterClosing,
    Break,
}

/// <summary>
/// The single working calendar of the PKT: opening hours per weekday and breaks from configuration (<c>Pkt:Jam</c>,
/// defaults below), holidays from the PktHolidays table. All times are site time (WIB).
/// </summary>
public sealed class PktCalendar
{
    public PktCalendar(IReadOnlyDictionary<DayOfWeek, PktDayHours> hours, IReadOnlySet<DateOnly> holidays)
    {
        Hours = hours;
        Holidays = holidays;
    }

    public IReadOnlyDictionary<DayOfWeek, PktDayHours> Hours { get; }

    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>Monday–Thursday 08:00–15:30 with a break 12:00–13:00; Friday 08:00–16:00 with the Friday prayer break 11:30–13:00.</summary>
    public static IReadOnlyDictionary<DayOfWeek, PktDayHours> DefaultHours()
    {
        var weekday = new PktDayHours(new TimeOnly(8, 0), new TimeOnly(15, 30), [(new TimeOnly(12, 0), new TimeOnly(13, 0))]);
        return new Dictionary<DayOfWeek, PktDayHours>
        {
            [DayOfWeek.Monday] = weekday,
            [DayOfWeek.Tuesday] = weekday,
            [DayOfWeek.Wednesday] = weekday,
            [DayOfWeek.Thursday] = weekday,
            [DayOfWeek.Friday] = new(new TimeOnly(8, 0), new TimeOnly(16, 0), [(new TimeOnly(11, 30), new TimeOnly(13, 0))]),
        };
    }

    /// <summary>
    /// Hours from configuration: <c>Pkt:Jam:Senin</c> … <c>Pkt:Jam:Minggu</c> = "08:00-15:30 istirahat 12:00-13:00"
    /// (several breaks separated by commas; "tutup" closes the day). Unset days keep the defaults.
    /// </summary>
    public static IReadOnlyDictionary<DayOfWeek, PktDayHours> FromConfiguration(IConfiguration configuration)
    {
        var hours = new Dictionary<DayOfWeek, PktDayHours>(DefaultHours());
        foreach (var (name, day) in DayNames)
        {
            var value = configuration[$"Pkt:Jam:{name}"];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (value.Trim().Equals("tutup", StringComparison.OrdinalIgnoreCase))
            {
                hours.Remove(day);
                continue;
            }

            hours[day] = Parse(value);
        }

        return hours;
    }

    public static readonly (string Name, DayOfWeek Day)[] DayNames =
    [
        ("Senin", DayOfWeek.Monday), ("Selasa", DayOfWeek.Tuesday), ("Rabu", DayOfWeek.Wednesday), ("Kamis", DayOfWeek.Thursday),
        ("Jumat", DayOfWeek.Friday), ("Sabtu", DayOfWeek.Saturday), ("Minggu", DayOfWeek.Sunday),
    ];

    public static PktDayHours Parse(string value)
    {
        var parts = value.Split("istirahat", 2, StringSplitOptions.TrimEntries);
        var (open, close) = Range(parts[0]);
        var breaks = parts.Length > 1
            ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Range).ToList()
            : [];
        return new PktDayHours(open, close, breaks);
    }

    private static (TimeOnly, TimeOnly) Range(string text)
    {
        var bits = text.Split('-', StringSplitOptions.TrimEntries);
        return (TimeOnly.Parse(bits[0], System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(bits[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool IsWorkingDay(DateOnly date) => !Holidays.Contains(date) && Hours.ContainsKey(date.DayOfWeek);

    /// <summary>Whether tickets may be taken at the local time; a reason when not.</summary>
    public PktClosedReason ClosedReason(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        if (Holidays.Contains(date))
        {
            return PktClosedReason.Holiday;
        }

        if (!Hours.TryGetValue(local.DayOfWeek, out var day))
        {
            return PktClosedReason.Weekend;
        }

        var time = TimeOnly.FromDateTime(local);
        if (time < day.Open)
        {
            return PktClosedReason.BeforeOpening;
        }

        if (time >= day.Close)
        {
            return PktClosedReason.AfterClosing;
        }

        return day.Breaks.Any(b => time >= b.Start && time < b.End) ? PktClosedReason.Break : PktClosedReason.None;
    }

    public bool IsOpen(DateTime local) => ClosedReason(local) == PktClosedReason.None;

    /// <summary>The Indonesian message the kiosk shows when it refuses a ticket.</summary>
    public string ClosedMessage(DateTime local)
    {
        var reason = ClosedReason(local);
        var date = DateOnly.FromDateTime(local);
        Hours.TryGetValue(local.DayOfWeek, out var day);
        return reason switch
        {
            PktClosedReason.Holiday => "Hari ini hari libur; loket PKT tutup. Silakan datang pada hari kerja berikutnya.",
            PktClosedReason.Weekend => "Loket PKT tutup pada hari Sabtu dan Minggu. Silakan datang pada hari kerja.",
            PktClosedReason.BeforeOpening => $"Loket PKT belum buka. Pengambilan nomor antrean dibuka pukul {day!.Open:HH\\:mm} WIB.",
            PktClosedReason.AfterClosing => $"Loket PKT sudah tutup untuk hari ini (pukul {day!.Close:HH\\:mm} WIB). Silakan datang pada hari kerja berikutnya.",
            PktClosedReason.Break => BreakMessage(day!, TimeOnly.FromDateTime(local), date),
            _ => "",
        };
    }

    private static string BreakMessage(PktDayHours day, TimeOnly time, DateOnly date)
    {
        var current = day.Breaks.First(b => time >= b.Start && time < b.End);
        var what = date.DayOfWeek == DayOfWeek.Friday ? "istirahat salat Jumat" : "jam istirahat";
        return $"Loket PKT sedang {what}. Pengambilan nomor antrean dibuka kembali pukul {current.End:HH\\:mm} WIB.";
    }

    /// <summary>A line per working weekday for the display screen and the kiosk.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var (name, dayOfWeek) in DayNames)
        {
            if (Hours.TryGetValue(dayOfWeek, out var day))
            {
                var breaks = string.Join(", ", day.Breaks.Select(b => $"{b.Start:HH\\:mm}–{b.End:HH\\:mm}"));
                yield return $"{name} {day.Open:HH\\:mm}–{day.Close:HH\\:mm}" + (breaks.Length > 0 ? $" (istirahat {breaks})" : "");
            }
        }
    }
}
