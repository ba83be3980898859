using System.Text.RegularExpressions;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Services;

/// <summary>Writes index definitions; a changed definition or a rebuild request bumps the version, and every node rebuilds.</summary>
public sealed partial class SearchIndexDefinitions(DbContext db, TimeProvider time)
{
    /// <summary>Creates or changes an index; returns the message of the first problem, or null.</summary>
    public static string? Validate(string name, SearchIndexSettings settings)
    {
        if (!NameRegex().IsMatch(name))
        {
            return $"Nama indeks '{name}' tidak sah: gunakan 1–64 huruf kecil, angka atau tanda hubung.";
        }

        return SearchAnalyzers.Names.Contains(settings.Analyzer) ? null : $"Penganalisis '{settings.Analyzer}' tidak dikenal; pilih 'indonesian' atau 'standard'.";
    }

    public async Task SaveAsync(string name, SearchIndexSettings settings, CancellationToken cancellationToken)
    {
        if (Validate(name, settings) is { } error)
        {
            throw new ArgumentException(error, nameof(name));
        }

        var record = await db.Set<SearchIndexRecord>().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        var json = settings.ToJson();
        if (record is null)
        {
            db.Set<SearchIndexRecord>().Add(new SearchIndexRecord { Name = name, Settings = json, Version = 1, UpdatedUtc = Now() });
        }
        else if (SearchIndexSettings.FromJson(record.Settings).ToJson() != json)
        {
            record.Settings = json;
            record.Version++;
            record.UpdatedUtc = Now();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Asks every node to build a fresh copy (the current one serves until the new one is complete).</summary>
    public async Task<bool> RequestRebuildAsync(string name, CancellationToken cancellationToken) =>
        await db.Set<SearchIndexRecord>().Where(r => r.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, r => r.Version + 1).SetProperty(r => r.UpdatedUtc, Now()), cancellationToken) > 0;

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();
}
