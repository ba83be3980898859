using System.Globalization;
using Bkn.Cms.WebService.Models;

namespace Bkn.Cms.WebService.ViewModels;

/// <summary>How the admin pages write environments and times (WIB).</summary>
public static class WsFormat
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static string Environment(WsEnvironment environment) => environment == WsEnvironment.Training ? "Pelatihan" : "Produksi";

    public static string Time(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), Wib).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " WIB"
        : "—";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
