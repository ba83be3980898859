namespace Bkn.Cms.Helpdesk.Models;

/// <summary>The last ticket number handed out in a year.</summary>
public sealed class HelpdeskCounter
{
    public int Year { get; set; }

    public long Value { get; set; }
}
