using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        await SubmitFromEditorAsync(item, cancellationToken);
    }

    /// <summary>
    /// "Simpan dan ajukan" in the editor (the form's submit value "ajukan"): the saved draft goes to review in the same
    /// transaction as the save, exactly as the desk's "Ajukan untuk ditinjau" would send it.
    /// </summary>
    private async Task SubmitFromEditorAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var request = http.HttpContext?.Request;
        if (!HumasTypes.Editorial.Contains(item.ContentType) || context.Publishing || item.Published
            || request is null || !request.HasFormContentType || request.Form["submit"] != SubmitFromEditor)
        {
            return;
        }

        var state = await db.Set<EditorialState>().FindAsync([item.ContentItemId], cancellationToken);
        if (state is null || state.Status is EditorialStatus.Review or EditorialStatus.Approved)
        {
            return;
        }

        var user = http.HttpContext!.User;
        state.Status = EditorialStatus.Review;
        state.SubmittedBy = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        state.SubmittedUtc = Now();
        state.ReviewNote = null;
        state.ModifiedUtc = Now();
        state.RowVersion++;
        await db.SaveChangesAsync(cancellationToken);
        await http.HttpContext.RequestServices.GetRequiredService<EditorialService>().RaiseWorkflowEventAsync("submit", null, item, state, user, cancellationToken);
    }

    /// <summary>The editor form's submit value of "Simpan dan ajukan untuk ditinjau".</summary>
    public const string SubmitFromEditor = "ajukan";

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

        await SubmitFromEditorAsync(item, cancellationToken);
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
