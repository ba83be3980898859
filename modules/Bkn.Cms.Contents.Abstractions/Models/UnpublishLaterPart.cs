using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>Takes the published version offline at a set time (UTC), fired by a durable background job.</summary>
public sealed class UnpublishLaterPart : ContentPart
{
    public DateTime? ScheduledUnpublishUtc { get; set; }
}
