namespace Bkn.Cms.Kepegawaian.Rules;

/// <summary>Where a date stands relative to a period.</summary>
public enum PeriodPhase
{
    /// <summary>More than the window's opening before the period.</summary>
    BeforeWindow = 0,

    /// <summary>Reconciliation: between the window's opening and closing (both days included).</summary>
    Reconciliation = 1,

    /// <summary>After reconciliation: dossiers are submitted and verified.</summary>
    Verification = 2,
}

/// <summary>The KP/pension periods (1 April and 1 October, six a year, monthly …) as configured, and their reconciliation windows.</summary>
public sealed class PeriodCalendar(KpoOptions options)
{
    /// <summary>Whether <paramref name="date"/> is a period under the calendar valid on that date.</summary>
    public bool IsPeriod(DateOnly date) => date.Day == 1 && ScheduleAt(date) is { } s && s.Months.Contains(date.Month);

    /// <summary>The Indonesian reason a date is not a period, or null when it is one.</summary>
    public string? Check(DateOnly date) => IsPeriod(date)
        ? null
        : $"Periode {date:yyyy-MM-dd} tidak ada. Periode KP/pensiun selalu tanggal 1 pada bulan yang ditetapkan (mis. {Next(date):yyyy-MM-dd}).";

    /// <summary>The first period on or after <paramref name="date"/>.</summary>
    public DateOnly Next(DateOnly date)
    {
        var d = new DateOnly(date.Year, date.Month, 1);
        if (d < date)
        {
            d = d.AddMonths(1);
        }

        for (var i = 0; i < 240; i++, d = d.AddMonths(1))
        {
            if (IsPeriod(d))
            {
                return d;
            }
        }

        throw new InvalidOperationException("No KP period in the next 20 years; check Kepegawaian:Periods.");
    }

    /// <summary>The first period strictly after <paramref name="period"/>.</summary>
    public DateOnly After(DateOnly period) => Next(period.AddDays(1));

    /// <summary>The periods from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public IEnumerable<DateOnly> Between(DateOnly from, DateOnly to)
    {
        for (var p = Next(from); p <= to; p = After(p))
        {
            yield return p;
        }
    }

    public DateOnly WindowOpens(DateOnly period) => period.AddMonths(-options.WindowOpensMonthsBefore);

    public DateOnly WindowCloses(DateOnly period) => period.AddMonths(-options.WindowClosesMonthsBefore);

    public PeriodPhase PhaseOn(DateOnly period, DateOnly today) =>
        today < WindowOpens(period) ? PeriodPhase.BeforeWindow
        : today <= WindowCloses(period) ? PeriodPhase.Reconciliation
        : PeriodPhase.Verification;

    /// <summary>The periods whose reconciliation window is open on <paramref name="today"/>.</summary>
    public IEnumerable<DateOnly> OpenWindows(DateOnly today) =>
        Between(today.AddMonths(options.WindowClosesMonthsBefore), today.AddMonths(options.WindowOpensMonthsBefore))
            .Where(p => PhaseOn(p, today) == PeriodPhase.Reconciliation);

    private PeriodSchedule? ScheduleAt(DateOnly date) =>
        options.Periods.Where(s => s.From <= date).OrderByDescending(s => s.From).FirstOrDefault();
}
