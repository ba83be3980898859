using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// This node's copy of the helpdesk categories and teams, read by every form page, submission and routing run. They
/// change only at "Pengaturan Helpdesk" (saved with the site settings) and through the recipe step, which both move
/// the settings stamp; the copy is reloaded when it moves, here and on the other nodes. The entities handed out are
/// shared: read them, never change them.
/// </summary>
public sealed class HelpdeskCatalog : IStampedCache
{
    private volatile Snapshot? _snapshot;

    public string StampName => StampNames.Settings;

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) => _snapshot = await LoadAsync(db, cancellationToken);

    public async Task<HelpdeskCategory?> CategoryAsync(DbContext db, string id, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, cancellationToken)).Categories.GetValueOrDefault(id);

    /// <summary>A category the public may file under (active).</summary>
    public async Task<HelpdeskCategory?> ActiveCategoryAsync(DbContext db, string id, CancellationToken cancellationToken) =>
        await CategoryAsync(db, id, cancellationToken) is { Active: true } category ? category : null;

    public async Task<HelpdeskTeam?> TeamAsync(DbContext db, string id, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, cancellationToken)).Teams.GetValueOrDefault(id);

    private async Task<Snapshot> CurrentAsync(DbContext db, CancellationToken cancellationToken) =>
        _snapshot ?? (_snapshot = await LoadAsync(db, cancellationToken));

    private static async Task<Snapshot> LoadAsync(DbContext db, CancellationToken cancellationToken) => new(
        await db.Set<HelpdeskCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, cancellationToken),
        await db.Set<HelpdeskTeam>().AsNoTracking().ToDictionaryAsync(t => t.Id, StringComparer.Ordinal, cancellationToken));

    private sealed record Snapshot(IReadOnlyDictionary<string, HelpdeskCategory> Categories, IReadOnlyDictionary<string, HelpdeskTeam> Teams);
}
