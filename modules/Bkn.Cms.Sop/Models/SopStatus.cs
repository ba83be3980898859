namespace Bkn.Cms.Sop.Models;

/// <summary>Where an SOP version stands in its lifecycle (the order is the usual path).</summary>
public enum SopStatus
{
    Draf = 0,
    Diajukan = 1,
    PerluPerbaikan = 2,
    Divalidasi = 3,
    Disahkan = 4,
    Berlaku = 5,
    Dicabut = 6,

    /// <summary>A ratified version replaced by its ratified revision.</summary>
    Diganti = 7,
}

public static class SopStatuses
{
    public static string Label(SopStatus status) => status switch
    {
        SopStatus.Draf => "Draf",
        SopStatus.Diajukan => "Diajukan",
        SopStatus.PerluPerbaikan => "Perlu perbaikan",
        SopStatus.Divalidasi => "Divalidasi",
        SopStatus.Disahkan => "Disahkan",
        SopStatus.Berlaku => "Berlaku",
        SopStatus.Dicabut => "Dicabut",
        SopStatus.Diganti => "Diganti revisi",
        _ => status.ToString(),
    };

    /// <summary>The address form (lower case, hyphens) used in filters and the API.</summary>
    public static string Slug(SopStatus status) => status switch
    {
        SopStatus.PerluPerbaikan => "perlu-perbaikan",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static SopStatus? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var status in Enum.GetValues<SopStatus>())
        {
            if (string.Equals(Slug(status), value.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(status.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return null;
    }
}
