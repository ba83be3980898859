using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>Takes the published version offline at a set time (UTC), fired by a durable background job.</summary>
public sealed class UnpublishLaterPart : ContentPart
{
    public DateTime? ScheduledUnpublishUtc { get; set; }

    /// <summary>
    /// Id of the user who set the time (or <see cref="ScheduleStamp.System"/>), written by the server on save; the
    /// schedule fires only while that user may still publish the item.
    /// </summary>
    public string? ScheduledBy { get; set; }
}
