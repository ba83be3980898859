using System.Security.Claims;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.Humas.Activities;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Security;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ContentPermissions = Bkn.Cms.Contents.ContentPermissions;

namespace Bkn.Cms.Humas.Services;

/// <summary>
/// The editorial workflow of news, press releases and regulations: Draft → Review (by a second editor) → Approved →
/// Published, "request changes" back to Draft, scheduled publish/unpublish, withdraw (stays online with a banner and
/// the reason) and unpublish (the address answers 410). Each action runs in one transaction.
/// </summary>
public sealed class EditorialService(
    DbContext db,
    IContentManager content,
    IPermissionService permissions,
    EditorialContext context,
    PublicContentCache cache,
    IServiceProvider services,
    TimeProvider time,
    IStringLocalizer t)
{
    public async Task<EditorialState> StateAsync(ContentItem item, CancellationToken cancellationToken) =>
        await db.Set<EditorialState>().FirstOrDefaultAsync(s => s.ContentItemId == item.ContentItemId, cancellationToken)
        ?? new EditorialState { ContentItemId = item.ContentItemId, ContentType = item.ContentType, Status = item.Published ? EditorialStatus.Published : EditorialStatus.Draft };

    /// <summary>The writer sends the latest version for review.</summary>
    public Task SubmitAsync(string contentItemId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync("submit", null, contentItemId, user, null, async (item, state) =>
        {
            if (state.Status is EditorialStatus.Review or EditorialStatus.Approved)
            {
                throw new EditorialException(t["Sudah diajukan untuk ditinjau."]);
            }

            if (item.Published)
            {
                throw new EditorialException(t["Tidak ada draf baru untuk ditinjau: versi terakhir sudah terbit."]);
            }

            state.Status = EditorialStatus.Review;
            state.SubmittedBy = UserId(user);
            state.SubmittedUtc = Now();
            state.ReviewNote = null;
            await Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The reviewer sends the item back to its writer with a note.</summary>
    public Task RequestChangesAsync(string contentItemId, ClaimsPrincipal user, string note, CancellationToken cancellationToken) =>
        RunAsync("request-changes", note, contentItemId, user, Permissions.ReviewPublications, async (item, state) =>
        {
            RequireReview(state);
            if (string.IsNullOrWhiteSpace(note))
            {
                throw new EditorialException(t["Tuliskan perubahan yang diminta."]);
            }

            state.Status = EditorialStatus.Draft;
            state.ReviewedBy = UserId(user);
            state.ReviewNote = note.Trim();
            await Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// A second editor approves the latest version: published at once, or at <paramref name="publishAtUtc"/>;
    /// optionally taken down at <paramref name="unpublishAtUtc"/>. A <paramref name="changeNote"/> marks a major update
    /// and is shown publicly; without one the update is silent.
    /// </summary>
    public Task ApproveAsync(string contentItemId, ClaimsPrincipal user, DateTime? publishAtUtc, DateTime? unpublishAtUtc, string? changeNote, CancellationToken cancellationToken) =>
        RunAsync("approve", changeNote, contentItemId, user, Permissions.ReviewPublications, async (item, state) =>
        {
            RequireReview(state);
            var reviewer = UserId(user);
            if (reviewer is not null && (reviewer == state.SubmittedBy || reviewer == item.Author))
            {
                throw new EditorialException(t["Tinjauan harus dilakukan editor lain, bukan penulis atau pengaju naskah ini."]);
            }

            var now = Now();
            if (publishAtUtc is { } p && p <= now)
            {
                throw new EditorialException(t["Waktu jadwal sudah lewat; pilih waktu yang akan datang."]);
            }

            if (unpublishAtUtc is { } u && u <= (publishAtUtc ?? now))
            {
                throw new EditorialException(t["Jadwal tarik harus sesudah jadwal terbit."]);
            }

            var current = item.As<PublishLaterPart>()?.ScheduledPublishUtc;
            var currentEnd = item.As<UnpublishLaterPart>()?.ScheduledUnpublishUtc;
            if (current != publishAtUtc || currentEnd != unpublishAtUtc)
            {
                item.Alter<PublishLaterPart>(part => part.ScheduledPublishUtc = publishAtUtc);
                item.Alter<UnpublishLaterPart>(part => part.ScheduledUnpublishUtc = unpublishAtUtc);
                context.Publishing = true;
                try
                {
                    item = await content.UpdateAsync(item, cancellationToken);
                }
                finally
                {
                    context.Publishing = false;
                }
            }

            state.Status = EditorialStatus.Approved;
            state.ReviewedBy = reviewer;
            state.ReviewNote = null;
            state.ApprovedVersionId = item.ContentItemVersionId;
            state.PendingChangeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
            await db.SaveChangesAsync(cancellationToken);
            if (publishAtUtc is null)
            {
                await content.PublishAsync(item.ContentItemId, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>Keeps the item online with a banner giving the reason (e.g. a correction is pending).</summary>
    public Task WithdrawAsync(string contentItemId, ClaimsPrincipal user, string reason, CancellationToken cancellationToken) =>
        RunAsync("withdraw", reason, contentItemId, user, Permissions.ReviewPublications, async (item, state) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new EditorialException(t["Tuliskan alasan penarikan; alasan ini tampil di halaman publik."]);
            }

            if (await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is null)
            {
                throw new EditorialException(t["Hanya konten yang sedang terbit yang dapat ditarik."]);
            }

            state.Status = EditorialStatus.Withdrawn;
            state.WithdrawnReason = reason.Trim();
            state.WithdrawnUtc = Now();
            await cache.InvalidateAsync(db, cancellationToken);
        }, cancellationToken);

    /// <summary>Takes the item off the site: its address answers 410 Gone.</summary>
    public Task UnpublishAsync(string contentItemId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync("unpublish", null, contentItemId, user, Permissions.ReviewPublications, async (item, state) =>
        {
            if (await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is null)
            {
                throw new EditorialException(t["Konten ini tidak sedang terbit."]);
            }

            await content.UnpublishAsync(item.ContentItemId, cancellationToken);
            state.Status = EditorialStatus.Unpublished;
        }, cancellationToken);

    /// <param name="permission">The permission the action needs for the item's unit; null: the right to write the item's type.</param>
    private async Task RunAsync(string actionName, string? note, string contentItemId, ClaimsPrincipal user, Permission? permission, Func<ContentItem, EditorialState, Task> action, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var item = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            if (item is null || !HumasTypes.Editorial.Contains(item.ContentType))
            {
                throw new EditorialException(t["Konten tidak ditemukan."]);
            }

            if (permission is null
                ? !await EditorialAccess.CanWriteAsync(permissions, user, item.ContentType, item.UnitId, cancellationToken)
                : !await permissions.HasPermissionAsync(user, permission, item.UnitId, cancellationToken))
            {
                throw new EditorialException(t["Anda tidak memiliki izin untuk tindakan ini."]);
            }

            var state = await db.Set<EditorialState>().FirstOrDefaultAsync(s => s.ContentItemId == contentItemId, cancellationToken);
            if (state is null)
            {
                db.Set<EditorialState>().Add(state = new EditorialState
                {
                    ContentItemId = contentItemId,
                    ContentType = item.ContentType,
                    Status = item.Published ? EditorialStatus.Published : EditorialStatus.Draft,
                });
            }

            await action(item, state);
            state.ModifiedUtc = Now();
            state.RowVersion++;
            await db.SaveChangesAsync(cancellationToken);
            await RaiseWorkflowEventAsync(actionName, note, item, state, user, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw new EditorialException(t["Naskah ini baru saja diubah orang lain. Muat ulang lalu coba lagi."]);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Tells the workflow engine (when the Workflows feature is on): the setup recipe's "alur-redaksi-humas" type reacts
    /// (notifies reviewers on submit, the writer on approval or requested changes). Runs in this transaction.
    /// </summary>
    public async Task RaiseWorkflowEventAsync(string actionName, string? note, ContentItem item, EditorialState state, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(IWorkflowManager)) is not IWorkflowManager workflows
            || services.GetService(typeof(IFeatureChecker)) is IFeatureChecker features && !features.IsEnabled(WorkflowsFeatureId))
        {
            return;
        }

        var input = new JsonObject
        {
            ["action"] = actionName,
            ["contentItemId"] = item.ContentItemId,
            ["contentType"] = item.ContentType,
            ["displayText"] = item.DisplayText,
            ["actorId"] = UserId(user),
            ["submittedBy"] = state.SubmittedBy,
            ["status"] = state.Status,
            ["note"] = note,
        };
        await workflows.TriggerEventAsync(EditorialActionEvent.EventName, input, item.ContentItemId, cancellationToken);
    }

    private const string WorkflowsFeatureId = "Bkn.Cms.Workflows";

    private void RequireReview(EditorialState state)
    {
        if (state.Status != EditorialStatus.Review)
        {
            throw new EditorialException(t["Naskah ini tidak sedang menunggu tinjauan."]);
        }
    }

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
