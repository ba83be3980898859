using System.Globalization;
using Bkn.Cms.Search;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Units;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Services;

/// <summary>
/// The SOPs in force (Berlaku) as documents of the public search: found by number, name and activity text, linking to
/// the SOP's public page. Every status change that puts a version in force or takes it out notes the version with
/// <see cref="Note"/>, so the index follows in the same transaction's commit. The source is <see cref="AlwaysPublic"/>:
/// no recipe needs to add "Sop" to the public index (a site set up without the sample data finds its SOPs too).
/// </summary>
public sealed class SopSearchSource(DbContext db, IUnitTree units) : ISearchDocumentSource
{
    public const string SourceName = "sop";

    public string Name => SourceName;

    public string Type => "Sop";

    public string TypeLabel => "SOP";

    /// <summary>SOPs in force are public information: every public index holds them, whatever types it lists.</summary>
    public bool AlwaysPublic => true;

    /// <summary>Notes that <paramref name="sop"/>'s search document may have changed (entered or left force, or changed in force).</summary>
    public static void Note(DbContext db, SopDocument sop) => SearchDocumentChanges.Request(db, SourceName, sop.Id.ToString("N"));

    public async Task<IReadOnlyList<SearchDocument>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var guids = ids.Select(i => Guid.TryParseExact(i, "N", out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        if (guids.Count == 0)
        {
            return [];
        }

        var sops = await db.Set<SopDocument>().AsNoTracking().Where(s => guids.Contains(s.Id) && s.Status == SopStatus.Berlaku).ToListAsync(cancellationToken);
        return await DocumentsAsync(sops, cancellationToken);
    }

    public async Task<SearchDocumentPage> ScanAsync(long position, int size, CancellationToken cancellationToken = default)
    {
        var sops = await db.Set<SopDocument>().AsNoTracking().Where(s => s.Status == SopStatus.Berlaku)
            .OrderBy(s => s.Id).Skip((int)position).Take(size).ToListAsync(cancellationToken);
        return new SearchDocumentPage(await DocumentsAsync(sops, cancellationToken), position + sops.Count);
    }

    private async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(List<SopDocument> sops, CancellationToken cancellationToken)
    {
        if (sops.Count == 0)
        {
            return [];
        }

        var tree = await units.GetAsync(cancellationToken);
        return [.. sops.Select(sop => Document(sop, tree.Find(sop.UnitId)?.Name))];
    }

    /// <summary>The search document of a version in force: title "Nama SOP", text with the number, unit and every activity.</summary>
    public static SearchDocument Document(SopDocument sop, string? unitName)
    {
        var flowchart = Flowchart.Parse(sop.FlowchartJson);
        var lines = new List<string> { $"SOP {sop.Nomor} {sop.Nama}." };
        if (!string.IsNullOrEmpty(unitName))
        {
            lines.Add(unitName + ".");
        }

        lines.AddRange(flowchart.Steps.Select(s => s.Kegiatan.Trim()).Where(k => k.Length > 0).Select(k => k.EndsWith('.') || k.EndsWith('?') ? k : k + "."));
        var effective = sop.TanggalEfektif ?? DateOnly.FromDateTime(sop.UpdatedUtc);
        return new SearchDocument
        {
            Id = sop.Id.ToString("N"),
            Title = sop.Nama,
            Text = string.Join(' ', lines),
            Url = SopRoutes.Public + "/" + sop.SeriesId.ToString("D", CultureInfo.InvariantCulture),
            UnitId = sop.UnitId,
            DateUtc = effective.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ExactKeys = [sop.Nomor],
        };
    }
}
