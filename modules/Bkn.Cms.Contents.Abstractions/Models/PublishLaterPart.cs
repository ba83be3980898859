using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>Publishes the latest draft at a set time (UTC), fired by a durable background job.</summary>
public sealed class PublishLaterPart : ContentPart
{
    public DateTime? ScheduledPublishUtc { get; set; }

    /// <summary>
    /// Id of the user who set the time (or <see cref="ScheduleStamp.System"/>), written by the server on save; the
    /// schedule fires only while that user may still publish the item.
    /// </summary>
    public string? ScheduledBy { get; set; }
}
