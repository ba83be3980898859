using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Bkn.Cms.Agencies;

namespace Bkn.Cms.WebService.Services;

/// <summary>The opaque paging cursor of <c>GET /pns</c>: the keyset (update time, NIP) of the last record of a page.</summary>
public static class WsCursor
{
    public static string Encode(PersonnelKeyset keyset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v1|{keyset.UpdatedUtc.Ticks}|{keyset.Nip}")));

    public static bool TryDecode(string? cursor, out PersonnelKeyset keyset)
    {
        keyset = default;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 200)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (parts.Length != 3 || parts[0] != "v1"
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
                || parts[2].Length != 18 || !parts[2].All(char.IsAsciiDigit))
            {
                return false;
            }

            keyset = new PersonnelKeyset(new DateTime(ticks, DateTimeKind.Utc), parts[2]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
