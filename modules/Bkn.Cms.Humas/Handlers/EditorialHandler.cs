using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Humas.Handlers;

/// <summary>
/// Enforces the editorial workflow on news, press releases and regulations: only the version a second editor approved
/// may be published (now, or by the schedule), whoever presses "publish" in the admin or the API. Imports without a
/// signed-in user (the setup recipe) publish directly.
/// </summary>
public sealed class EditorialHandler(DbContext db, IHttpContextAccessor http, EditorialContext context, TimeProvider time, IStringLocalizer t) : IContentHandler
{
    public async Task PublishingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (!HumasTypes.Editorial.Contains(item.ContentType) || context.Publishing)
        {
            return;
        }

        var state = await db.Set<EditorialState>().FindAsync([item.ContentItemId], cancellationToken);
        if (state?.ApprovedVersionId == item.ContentItemVersionId && state.Status == EditorialStatus.Approved)
        {
            return;
        }

        if (state is null && http.HttpContext?.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        throw new ContentValidationException(t["{0} ini harus ditinjau dan disetujui editor kedua sebelum terbit. Ajukan tinjauan di halaman Redaksi.", t[HumasTypes.DisplayName(item.ContentType)]]);
    }

    public async Task CreatedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (HumasTypes.Editorial.Contains(item.ContentType) && await db.Set<EditorialState>().FindAsync([item.ContentItemId], cancellationToken) is null)
        {
            db.Set<EditorialState>().Add(new EditorialState
            {
                ContentItemId = item.ContentItemId,
                ContentType = item.ContentType,
                Status = EditorialStatus.Draft,
                ModifiedUtc = Now(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task UpdatedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken)
    {
        // An edit after approval voids the approval: the changed text has not been reviewed.
        if (HumasTypes.Editorial.Contains(item.ContentType)
            && await db.Set<EditorialState>().FindAsync([item.ContentItemId], cancellationToken) is { Status: EditorialStatus.Approved } state
            && state.ApprovedVersionId != item.ContentItemVersionId
            && !context.Publishing)
        {
            state.Status = EditorialStatus.Draft;
            state.ApprovedVersionId = null;
            state.ReviewNote = t["Diubah setelah disetujui; ajukan tinjauan lagi."];
            state.ModifiedUtc = Now();
            state.RowVersion++;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task PublishedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (!HumasTypes.Editorial.Contains(item.ContentType))
        {
            return;
        }

        var state = await db.Set<EditorialState>().FindAsync([item.ContentItemId], cancellationToken);
        if (state is null)
        {
            db.Set<EditorialState>().Add(state = new EditorialState { ContentItemId = item.ContentItemId, ContentType = item.ContentType });
        }

        if (!string.IsNullOrWhiteSpace(state.PendingChangeNote))
        {
            db.Set<ChangeNote>().Add(new ChangeNote { ContentItemId = item.ContentItemId, CreatedUtc = Now(), Note = state.PendingChangeNote });
        }

        state.Status = EditorialStatus.Published;
        state.PendingChangeNote = null;
        state.ApprovedVersionId = null;
        state.ReviewNote = null;
        state.WithdrawnReason = null;
        state.WithdrawnUtc = null;
        state.ModifiedUtc = Now();
        state.RowVersion++;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (HumasTypes.Editorial.Contains(item.ContentType) && await db.Set<EditorialState>().FindAsync([item.ContentItemId], cancellationToken) is { } state)
        {
            state.Status = EditorialStatus.Unpublished;
            state.ModifiedUtc = Now();
            state.RowVersion++;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
