using System.Globalization;
using Bkn.Cms.Settings;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Helpdesk settings read from the site settings (changed at "Pengaturan Helpdesk"), with defaults.</summary>
public sealed class HelpdeskSettings(ISiteSettings settings, IConfiguration configuration)
{
    public const string CalendarEnabledKey = "Helpdesk:CalendarEnabled";
    public const string WorkStartKey = "Helpdesk:WorkStart";
    public const string WorkEndKey = "Helpdesk:WorkEnd";
    public const string HolidaysKey = "Helpdesk:Holidays";
    public const string WarnBeforeHoursKey = "Helpdesk:WarnBeforeHours";
    public const string AutoCloseDaysKey = "Helpdesk:AutoCloseDays";
    public const string ReopenDaysKey = "Helpdesk:ReopenDays";
    public const string RetentionDaysKey = "Helpdesk:RetentionDays";

    public int WarnBeforeHours => Int(WarnBeforeHoursKey, 4);

    public int AutoCloseDays => Int(AutoCloseDaysKey, 7);

    public int ReopenDays => Int(ReopenDaysKey, 7);

    public int RetentionDays => Int(RetentionDaysKey, 365);

    /// <summary>The site's zone (App:TimeZone, WIB by default) for working hours and every time an applicant or operator reads.</summary>
    public TimeZoneInfo Zone => Bkn.Cms.Hosting.SiteTimeZone.From(configuration);

    public WorkingCalendar Calendar => new(
        string.Equals(settings.Get(CalendarEnabledKey), "true", StringComparison.OrdinalIgnoreCase),
        TimeOnly.TryParse(settings.Get(WorkStartKey, "08:00"), CultureInfo.InvariantCulture, out var start) ? start : new TimeOnly(8, 0),
        TimeOnly.TryParse(settings.Get(WorkEndKey, "16:00"), CultureInfo.InvariantCulture, out var end) ? end : new TimeOnly(16, 0),
        ParseHolidays(settings.Get(HolidaysKey)),
        Zone);

    public static HashSet<DateOnly> ParseHolidays(string text)
    {
        var days = new HashSet<DateOnly>();
        foreach (var part in text.Split(['\n', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    private int Int(string key, int fallback) =>
        int.TryParse(settings.Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
