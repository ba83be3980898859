namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A frequently asked question shown before the category choice.</summary>
public sealed class HelpdeskFaq
{
    public int Id { get; set; }

    public string Question { get; set; } = "";

    public string Answer { get; set; } = "";

    public string? CategoryId { get; set; }

    public int SortOrder { get; set; }
}
