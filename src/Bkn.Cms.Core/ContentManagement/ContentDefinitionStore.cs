using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Content types in effect on this node: types defined in code by enabled features, overridden by name by the
/// types stored in the database (recipes, admin). Reloaded when the "content-definitions" stamp moves.
/// </summary>
public sealed class ContentDefinitionStore(IEnumerable<IContentDefinitionProvider> providers, FeatureStateCache features, IServiceScopeFactory scopeFactory, TimeProvider time)
    : IContentDefinitionStore, IStampedCache
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    private volatile IReadOnlyDictionary<string, ContentTypeDefinition> _stored = new Dictionary<string, ContentTypeDefinition>();

    public string StampName => StampNames.ContentDefinitions;

    private volatile Merged? _merged;

    public IReadOnlyList<ContentTypeDefinition> ListTypes() => Current().List;

    public ContentTypeDefinition? GetType(string name) => Current().ByName.GetValueOrDefault(name);

    /// <summary>
    /// The merged list, rebuilt only when the stored types or the feature state changed (permission checks ask for
    /// types several times per request).
    /// </summary>
    private Merged Current()
    {
        var stored = _stored;
        var state = features.Snapshot;
        var merged = _merged;
        if (merged is not null && ReferenceEquals(merged.Stored, stored) && ReferenceEquals(merged.State, state))
        {
            return merged;
        }

        var list = Merge(stored);
        _merged = merged = new Merged(stored, state, list, list.ToDictionary(t => t.Name, StringComparer.Ordinal));
        return merged;
    }

    private IReadOnlyList<ContentTypeDefinition> Merge(IReadOnlyDictionary<string, ContentTypeDefinition> stored)
    {
        var result = new Dictionary<string, ContentTypeDefinition>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            if (features.FeatureOf(provider.GetType()) is { } featureId && !features.IsEnabled(featureId))
            {
                continue;
            }

            foreach (var type in provider.GetTypeDefinitions())
            {
                result[type.Name] = type;
            }
        }

        foreach (var (name, type) in stored)
        {
            result[name] = type;
        }

        return [.. result.Values.OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    private sealed record Merged(object Stored, object State, IReadOnlyList<ContentTypeDefinition> List, IReadOnlyDictionary<string, ContentTypeDefinition> ByName);

    public async Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await SaveTypeAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), definition, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<StateStamps>().CommittedAsync(cancellationToken);
    }

    /// <summary>Stores a type in the caller's unit of work (used by the recipe step).</summary>
    public async Task SaveTypeAsync(CmsDbContext db, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        var row = await db.ContentTypeDefinitions.FindAsync([definition.Name], cancellationToken);
        if (row is null)
        {
            db.ContentTypeDefinitions.Add(row = new ContentTypeDefinitionRecord { Name = definition.Name });
        }

        row.Json = JsonSerializer.Serialize(definition, JsonOptions);
        row.ModifiedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await StateStamps.BumpAsync(db, StampNames.ContentDefinitions, cancellationToken);

        // Later steps of the same recipe (e.g. "content") must see the type before the commit; a rollback reloads.
        await ReloadAsync(db, cancellationToken);
    }

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ContentTypeDefinitionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        _stored = rows.ToDictionary(r => r.Name, r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Json, JsonOptions)!, StringComparer.Ordinal);
    }
}
