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
    public PktCalendar(IReadOnlyDictionary<DayOfWeek, PktDayHours> hours, IReadOnlySet<DateOnly> holidays, PktDayHours? holidayHours = null)
    {
        Hours = hours;
        Holidays = holidays;
        HolidayHours = holidayHours;
    }

    public IReadOnlyDictionary<DayOfWeek, PktDayHours> Hours { get; }

    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>
    /// Hours on public holidays and collective leave days (<c>Pkt:Jam:Libur</c>, e.g. a hall that opens a special
    /// holiday service); null (the default) keeps the single window closed on those days.
    /// </summary>
    public PktDayHours? HolidayHours { get; }

    /// <summary>End of day in configuration ("24:00"): open until midnight.</summary>
    public static readonly TimeOnly EndOfDay = TimeOnly.MaxValue;

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

    /// <summary><c>Pkt:Jam:Libur</c>: hours on holidays, or null when the single window is closed on holidays (the default).</summary>
    public static PktDayHours? HolidayHoursFromConfiguration(IConfiguration configuration)
    {
        var value = configuration["Pkt:Jam:Libur"];
        return string.IsNullOrWhiteSpace(value) || value.Trim().Equals("tutup", StringComparison.OrdinalIgnoreCase) ? null : Parse(value);
    }

    /// <summary>The calendar configured in section <c>Pkt:Jam</c> with the given holidays.</summary>
    public static PktCalendar Configured(IConfiguration configuration, IReadOnlySet<DateOnly> holidays) =>
        new(FromConfiguration(configuration), holidays, HolidayHoursFromConfiguration(configuration));

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
        return (Time(bits[0]), Time(bits[1]));
    }

    private static TimeOnly Time(string text) =>
        text == "24:00" ? EndOfDay : TimeOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"08:00"; the end of day as "24:00".</summary>
    public static string Format(TimeOnly time) =>
        time == EndOfDay ? "24:00" : time.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The hours that apply on a date: the holiday hours on a holiday, else the weekday's; null when closed all day.</summary>
    public PktDayHours? HoursOn(DateOnly date) =>
        Holidays.Contains(date) ? HolidayHours : Hours.GetValueOrDefault(date.DayOfWeek);

    public bool IsWorkingDay(DateOnly date) => HoursOn(date) is not null;

    /// <summary>Whether tickets may be taken at the local time; a reason when not.</summary>
    public PktClosedReason ClosedReason(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        if (HoursOn(date) is not { } day)
        {
            return Holidays.Contains(date) ? PktClosedReason.Holiday : PktClosedReason.Weekend;
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
    public string ClosedMessage(DateTime local) => ClosedText(local).ToString();

    /// <summary>The refusal as a template with its values (for the visitor's language).</summary>
    public PktText ClosedText(DateTime local)
    {
        var reason = ClosedReason(local);
        var date = DateOnly.FromDateTime(local);
        var day = HoursOn(date);
        return reason switch
        {
            PktClosedReason.Holiday => new("Hari ini hari libur; loket PKT tutup. Silakan datang pada hari kerja berikutnya."),
            PktClosedReason.Weekend => new("Loket PKT tutup pada hari Sabtu dan Minggu. Silakan datang pada hari kerja."),
            PktClosedReason.BeforeOpening => new("Loket PKT belum buka. Pengambilan nomor antrean dibuka pukul {0} WIB.", Format(day!.Open)),
            PktClosedReason.AfterClosing => new("Loket PKT sudah tutup untuk hari ini (pukul {0} WIB). Silakan datang pada hari kerja berikutnya.", Format(day!.Close)),
            PktClosedReason.Break => BreakMessage(day!, TimeOnly.FromDateTime(local), date),
            _ => new(""),
        };
    }

    private static PktText BreakMessage(PktDayHours day, TimeOnly time, DateOnly date)
    {
        var current = day.Breaks.First(b => time >= b.Start && time < b.End);
        return date.DayOfWeek == DayOfWeek.Friday
            ? new("Loket PKT sedang istirahat salat Jumat. Pengambilan nomor antrean dibuka kembali pukul {0} WIB.", Format(current.End))
            : new("Loket PKT sedang jam istirahat. Pengambilan nomor antrean dibuka kembali pukul {0} WIB.", Format(current.End));
    }

    /// <summary>A line per working weekday for the display screen and the kiosk.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var (name, dayOfWeek) in DayNames)
        {
            if (Hours.TryGetValue(dayOfWeek, out var day))
            {
                var breaks = string.Join(", ", day.Breaks.Select(b => $"{Format(b.Start)}–{Format(b.End)}"));
                yield return $"{name} {Format(day.Open)}–{Format(day.Close)}" + (breaks.Length > 0 ? $" (istirahat {breaks})" : "");
            }
        }

        if (HolidayHours is { } holiday)
        {
            yield return $"Hari libur {Format(holiday.Open)}–{Format(holiday.Close)}";
        }
    }
}
