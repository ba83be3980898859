namespace Bkn.Cms.Data;

/// <summary>An in-app notification for one user.</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Text { get; set; } = "";

    public string? Url { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
