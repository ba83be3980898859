using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>
/// Editors type schedule times in local time ("…Local" inputs); they are stored in UTC. A newly typed time must lie ahead.
/// Scheduling is publishing: setting or changing a publish-later or unpublish-later time (by form, API or the UTC values
/// themselves) needs the publish permission for the item, and the time is stamped with who set it
/// (<see cref="PublishLaterPart.ScheduledBy"/>) so the job can check that user again when it fires. A save by someone
/// who may not publish cancels a pending publish-later: the text that would go online has changed since it was scheduled.
/// </summary>
public sealed class ScheduleHandler(SiteClock clock, TimeProvider time, IHttpContextAccessor http, ContentAccess access, IContentManager content, IStringLocalizer t) : IContentHandler
{
    private readonly List<string> _pastInputs = [];
    private readonly List<string> _refused = [];
    private readonly HashSet<string> _typedLocally = [];

    public async Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        _pastInputs.Clear();
        _refused.Clear();
        _typedLocally.Clear();
        Convert(item, nameof(PublishLaterPart), "ScheduledPublishLocal", nameof(PublishLaterPart.ScheduledPublishUtc));
        Convert(item, nameof(UnpublishLaterPart), "ScheduledUnpublishLocal", nameof(UnpublishLaterPart.ScheduledUnpublishUtc));
        if (definition.HasPart(nameof(PublishLaterPart)) || definition.HasPart(nameof(UnpublishLaterPart)))
        {
            await StampAsync(item, cancellationToken);
        }
    }

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var key in _pastInputs)
        {
            context.Fail(key, t["Waktu jadwal sudah lewat; pilih waktu yang akan datang."]);
        }

        foreach (var key in _refused)
        {
            context.Fail(key, t["Menjadwalkan terbit atau tarik sama dengan menerbitkan: Anda tidak berwenang menerbitkan konten ini."]);
        }

        var publishAt = context.Item.As<PublishLaterPart>()?.ScheduledPublishUtc;
        var unpublishAt = context.Item.As<UnpublishLaterPart>()?.ScheduledUnpublishUtc;
        if (publishAt is { } p && unpublishAt is { } u && u <= p)
        {
            context.Fail("UnpublishLaterPart.ScheduledUnpublishLocal", t["Jadwal tarik harus sesudah jadwal terbit."]);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the user who set a schedule may still publish the item (checked again when the job fires).</summary>
    public static async Task<bool> SchedulerMayPublishAsync(string? scheduledBy, ContentItem item, ContentAccess access, CancellationToken cancellationToken)
    {
        if (scheduledBy is null)
        {
            return false; // Set before schedules were stamped, or written around the store: not a decision anyone can answer for.
        }

        if (scheduledBy == ScheduleStamp.System)
        {
            return true;
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, scheduledBy)], "schedule"));
        return await access.CanAsync(user, ContentAction.Publish, item, cancellationToken);
    }

    // Whatever the client sent as ScheduledBy is replaced: the stamp is the server's record of who decided.
    private async Task StampAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var stored = await content.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken);
        var user = http.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        bool? mayPublish = userId is null ? true : null;
        async Task<bool> MayPublishAsync() => mayPublish ??= await access.CanAsync(user!, ContentAction.Publish, item, cancellationToken);

        if (item.Content[nameof(PublishLaterPart)] is JsonObject)
        {
            var before = stored?.As<PublishLaterPart>();
            var part = item.As<PublishLaterPart>()!;
            if (part.ScheduledPublishUtc != before?.ScheduledPublishUtc)
            {
                part.ScheduledBy = await StampChangeAsync(userId, MayPublishAsync, nameof(PublishLaterPart), "ScheduledPublishLocal", nameof(PublishLaterPart.ScheduledPublishUtc));
            }
            else if (part.ScheduledPublishUtc is not null && !await MayPublishAsync())
            {
                part.ScheduledPublishUtc = null;
                part.ScheduledBy = null;
            }
            else
            {
                part.ScheduledBy = before?.ScheduledBy;
            }

            item.Apply(part);
        }

        if (item.Content[nameof(UnpublishLaterPart)] is JsonObject)
        {
            var before = stored?.As<UnpublishLaterPart>();
            var part = item.As<UnpublishLaterPart>()!;
            part.ScheduledBy = part.ScheduledUnpublishUtc != before?.ScheduledUnpublishUtc
                ? await StampChangeAsync(userId, MayPublishAsync, nameof(UnpublishLaterPart), "ScheduledUnpublishLocal", nameof(UnpublishLaterPart.ScheduledUnpublishUtc))
                : before?.ScheduledBy;
            item.Apply(part);
        }
    }

    // The error goes to the input the editor typed in (the form's local time) or to the UTC value the API sent.
    private async Task<string?> StampChangeAsync(string? userId, Func<Task<bool>> mayPublish, string partName, string localKey, string utcKey)
    {
        if (userId is null)
        {
            return ScheduleStamp.System;
        }

        if (!await mayPublish())
        {
            _refused.Add($"{partName}.{(_typedLocally.Contains(partName) ? localKey : utcKey)}");
            return null;
        }

        return userId;
    }

    private void Convert(ContentItem item, string partName, string localKey, string utcKey)
    {
        if (item.Content[partName] is not JsonObject part || !part.ContainsKey(localKey))
        {
            return;
        }

        var local = part[localKey]?.ToString();
        part.Remove(localKey);
        _typedLocally.Add(partName);
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
