namespace Bkn.Cms.Humas.Indexes;

/// <summary>A public note about a major update of a published item ("Pembaruan"); minor updates leave none.</summary>
public sealed class ChangeNote
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string Note { get; set; } = "";
}
