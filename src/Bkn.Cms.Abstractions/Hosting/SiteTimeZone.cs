using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Hosting;

/// <summary>
/// The site's time zone (<c>App:TimeZone</c>, default Asia/Jakarta = WIB). Times are stored in UTC; everything a person
/// reads (pages, e-mails, notifications, exports) shows them in this zone with its abbreviation.
/// </summary>
public static class SiteTimeZone
{
    public const string ConfigurationKey = "App:TimeZone";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo From(IConfiguration configuration) =>
        Zones.GetOrAdd(configuration[ConfigurationKey] is { Length: > 0 } id ? id : "Asia/Jakarta", static id =>
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Machines without tz data: Indonesian zones have no daylight saving, so a fixed offset is exact.
                return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), "WIB", "WIB");
            }
        });

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The UTC instant of a clock time in the zone (e.g. the end of a deadline day), of kind Utc.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    /// <summary>Today's date in the zone (in WIB the date changes at 17:00 UTC).</summary>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime, zone));

    /// <summary>WIB, WITA or WIT for the Indonesian offsets, else "UTC+h".</summary>
    public static string Abbreviation(TimeZoneInfo zone) => zone.BaseUtcOffset.TotalHours switch
    {
        7 => "WIB",
        8 => "WITA",
        9 => "WIT",
        0 => "UTC",
        var h => "UTC" + (h >= 0 ? "+" : "") + h.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"2026-12-04 14:30 WIB" (<paramref name="format"/> without the zone).</summary>
    public static string Format(DateTime utc, TimeZoneInfo zone, string format = "yyyy-MM-dd HH:mm") =>
        ToLocal(utc, zone).ToString(format, CultureInfo.InvariantCulture) + " " + Abbreviation(zone);
}
