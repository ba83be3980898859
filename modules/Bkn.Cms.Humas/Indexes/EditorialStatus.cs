namespace Bkn.Cms.Humas.Indexes;

/// <summary>States of the editorial workflow.</summary>
public static class EditorialStatus
{
    public const string Draft = "Draft";
    public const string Review = "Review";
    public const string Approved = "Approved";
    public const string Published = "Published";
    public const string Withdrawn = "Withdrawn";
    public const string Unpublished = "Unpublished";

    /// <summary>The Indonesian label shown to editors.</summary>
    public static string Label(string status) => status switch
    {
        Draft => "Draf",
        Review => "Ditinjau",
        Approved => "Disetujui",
        Published => "Terbit",
        Withdrawn => "Ditarik (dengan pemberitahuan)",
        Unpublished => "Tidak tayang",
        _ => status,
    };
}
