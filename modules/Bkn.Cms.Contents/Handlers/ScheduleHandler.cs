using System.Globalization;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>
/// Editors type schedule times in local time ("…Local" inputs); they are stored in UTC. A newly typed time must lie ahead.
/// </summary>
public sealed class ScheduleHandler(SiteClock clock, TimeProvider time, IStringLocalizer t) : IContentHandler
{
    private readonly List<string> _pastInputs = [];

    public Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        _pastInputs.Clear();
        Convert(item, nameof(PublishLaterPart), "ScheduledPublishLocal", "ScheduledPublishUtc");
        Convert(item, nameof(UnpublishLaterPart), "ScheduledUnpublishLocal", "ScheduledUnpublishUtc");
        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var key in _pastInputs)
        {
            context.Fail(key, t["Waktu jadwal sudah lewat; pilih waktu yang akan datang."]);
        }

        var publishAt = context.Item.As<PublishLaterPart>()?.ScheduledPublishUtc;
        var unpublishAt = context.Item.As<UnpublishLaterPart>()?.ScheduledUnpublishUtc;
        if (publishAt is { } p && unpublishAt is { } u && u <= p)
        {
            context.Fail("UnpublishLaterPart.ScheduledUnpublishLocal", t["Jadwal tarik harus sesudah jadwal terbit."]);
        }

        return Task.CompletedTask;
    }

    private void Convert(ContentItem item, string partName, string localKey, string utcKey)
    {
        if (item.Content[partName] is not JsonObject part || !part.ContainsKey(localKey))
        {
            return;
        }

        var local = part[localKey]?.ToString();
        part.Remove(localKey);
        if (string.IsNullOrWhiteSpace(local))
        {
            part[utcKey] = null;
            return;
        }

        if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            _pastInputs.Add($"{partName}.{localKey}");
            return;
        }

        var utc = clock.ToUtc(parsed);
        if (utc <= time.GetUtcNow().UtcDateTime)
        {
            _pastInputs.Add($"{partName}.{localKey}");
        }

        part[utcKey] = utc;
    }
}
