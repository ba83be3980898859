namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A prepared answer operators can insert into a reply.</summary>
public sealed class HelpdeskCannedAnswer
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>Offered first for this category; null for all.</summary>
    public string? CategoryId { get; set; }
}
