namespace Bkn.Cms.Helpdesk.Services;

/// <summary>A content row's id and JSON, read for anonymisation.</summary>
public sealed class DocumentRow
{
    public long Id { get; set; }

    public string Data { get; set; } = "";
}
