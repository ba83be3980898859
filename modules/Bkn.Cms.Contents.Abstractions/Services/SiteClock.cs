using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Contents.Services;

/// <summary>Converts between UTC (stored) and the site's local time (shown to editors): App:TimeZone, default Asia/Jakarta (WIB).</summary>
public sealed class SiteClock(IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = Find(configuration["App:TimeZone"] ?? "Asia/Jakarta");

    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tz data: Western Indonesia Time has no daylight saving, so a fixed offset is exact.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), "WIB", "WIB");
        }
    }
}
