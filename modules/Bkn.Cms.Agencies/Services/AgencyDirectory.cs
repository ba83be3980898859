using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Features;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// This node's copy of the registry and of the agency users, like the unit tree: every write bumps the "agencies"
/// stamp in its transaction, and every node reloads when it moves. It also tells the permission service which users
/// belong to an agency (<see cref="IOutsideUnitMembership"/>), so an agency user granted a role "own unit" holds it.
/// </summary>
public sealed class AgencyDirectory(IServiceScopeFactory scopeFactory, IFeatureChecker features) : IAgencyDirectory, IStampedCache, IOutsideUnitMembership
{
    private volatile State? _state;

    public string StampName => AgencyStamp.Name;

    public async Task<AgencySnapshot> GetAsync(CancellationToken cancellationToken = default) => (await CurrentAsync(cancellationToken)).Snapshot;

    /// <summary>The agency the user belongs to, or null for BKN staff (and while the feature is off).</summary>
    public async Task<Guid?> AgencyOfUserAsync(string userId, CancellationToken cancellationToken = default) =>
        features.IsEnabled(AgenciesFeature.Id) && (await CurrentAsync(cancellationToken)).Members.TryGetValue(userId, out var agencyId) ? agencyId : null;

    public async ValueTask<bool> HoldsOutsideUnitsAsync(string userId, Permission permission, CancellationToken cancellationToken) =>
        await AgencyOfUserAsync(userId, cancellationToken) is not null;

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) => _state = await LoadAsync(db, cancellationToken);

    public async Task<AgencySnapshot> ReloadThroughAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        await ReloadAsync(db, cancellationToken);
        return _state!.Snapshot;
    }

    private async Task<State> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_state is { } state)
        {
            return state;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var loaded = await LoadAsync(scope.ServiceProvider.GetRequiredService<DbContext>(), cancellationToken);
        _state ??= loaded;
        return _state;
    }

    private static async Task<State> LoadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var agencies = await db.Set<AgencyRecord>().AsNoTracking()
            .Select(a => new AgencyInfo(a.Id, a.Code, a.Name, a.Kind, a.Region, a.ParentId, a.RegionalOffice))
            .ToListAsync(cancellationToken);
        var members = await db.Set<AgencyMembership>().AsNoTracking().ToDictionaryAsync(m => m.UserId, m => m.AgencyId, StringComparer.Ordinal, cancellationToken);
        return new State(new AgencySnapshot(agencies), members);
    }

    private sealed record State(AgencySnapshot Snapshot, IReadOnlyDictionary<string, Guid> Members);
}
