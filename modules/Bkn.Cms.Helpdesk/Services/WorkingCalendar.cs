namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// When the SLA clock runs. Off: every hour counts. On: only working hours (Monday–Friday, <see cref="Start"/>–<see cref="End"/>
/// in the site time zone) outside holidays.
/// </summary>
public sealed record WorkingCalendar(bool Enabled, TimeOnly Start, TimeOnly End, IReadOnlySet<DateOnly> Holidays, TimeZoneInfo Zone)
{
    public static readonly WorkingCalendar AllHours = new(false, new TimeOnly(8, 0), new TimeOnly(16, 0), new HashSet<DateOnly>(), TimeZoneInfo.Utc);

    /// <summary>The moment <paramref name="duration"/> of clock time after <paramref name="startUtc"/>.</summary>
    public DateTime Add(DateTime startUtc, TimeSpan duration)
    {
        if (!Enabled || End <= Start)
        {
            return startUtc + duration;
        }

        var remaining = duration;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), Zone);
        for (var guard = 0; guard < 3660; guard++)
        {
            var day = DateOnly.FromDateTime(local);
            if (IsWorkingDay(day))
            {
                var open = day.ToDateTime(Start);
                var close = day.ToDateTime(End);
                if (local < open)
                {
                    local = open;
                }

                if (local < close)
                {
                    var available = close - local;
                    if (remaining <= available)
                    {
                        return ToUtc(local + remaining);
                    }

                    remaining -= available;
                }
            }

            local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        return ToUtc(local);
    }

    /// <summary>Clock time between two moments (zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>).</summary>
    public TimeSpan Between(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc)
        {
            return TimeSpan.Zero;
        }

        if (!Enabled || End <= Start)
        {
            return toUtc - fromUtc;
        }

        var total = TimeSpan.Zero;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), Zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(toUtc, DateTimeKind.Utc), Zone);
        for (var guard = 0; guard < 3660 && local < end; guard++)
        {
            var day = DateOnly.FromDateTime(local);
            if (IsWorkingDay(day))
            {
                var open = day.ToDateTime(Start);
                var close = day.ToDateTime(End);
                var from = local < open ? open : local;
                var to = end < close ? end : close;
                if (to > from)
                {
                    total += to - from;
                }
            }

            local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        return total;
    }

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day);

    private DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
}
