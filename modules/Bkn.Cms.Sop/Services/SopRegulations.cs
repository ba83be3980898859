using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Sop.Services;

/// <summary>One line of Dasar Hukum: its text and, when it names a published regulation, the regulation's page.</summary>
public sealed record LegalBasis(string Text, string? RegulationId, string? Url);

/// <summary>A published regulation the author may add to Dasar Hukum.</summary>
public sealed record RegulationOption(string Id, string Title);

/// <summary>
/// Dasar Hukum lines that link regulations of the site's regulation register (published content items of type
/// "Peraturan", kept by another module) through the engine's content contracts only. A linked line is stored as
/// "title | peraturan:{content item id}" and shown with a link to the regulation's current public address (its title
/// as stored when it is not published any more); other lines are free text for legal bases outside the register
/// (an older "title | /address" line keeps its address).
/// </summary>
public sealed class SopRegulations(IContentQuery contents)
{
    public const string ContentType = "Peraturan";
    public const string Reference = "peraturan:";
    public const int MaxOptions = 10;

    /// <summary>The stored line of a linked regulation.</summary>
    public static string Line(string title, string id) => $"{title.Replace('|', '/').Replace('\n', ' ').Trim()} | {Reference}{id}";

    /// <summary>The lines of Dasar Hukum: text and the linked regulation id or address, if any.</summary>
    public static IReadOnlyList<(string Text, string? Id, string? Address)> Parse(string? dasarHukum)
    {
        var lines = new List<(string, string?, string?)>();
        foreach (var line in (dasarHukum ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = line.LastIndexOf('|');
            var tail = at >= 0 ? line[(at + 1)..].Trim() : "";
            var text = at >= 0 ? line[..at].Trim() : line;
            if (tail.StartsWith(Reference, StringComparison.Ordinal) && tail.Length > Reference.Length)
            {
                lines.Add((text, tail[Reference.Length..], null));
            }
            else if (tail.StartsWith('/') && !tail.StartsWith("//", StringComparison.Ordinal))
            {
                lines.Add((text, null, tail));
            }
            else
            {
                lines.Add((line, null, null));
            }
        }

        return lines;
    }

    /// <summary>The lines with the current public address of each linked regulation that is published.</summary>
    public async Task<IReadOnlyList<LegalBasis>> ResolveAsync(string? dasarHukum, CancellationToken ct)
    {
        var lines = Parse(dasarHukum);
        var ids = lines.Where(l => l.Id is not null).Select(l => l.Id!).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            var page = await contents.ListAsync(new ContentListQuery { Types = [ContentType], Status = ContentStatusFilter.Published, Ids = ids, PageSize = 200 }, ct);
            foreach (var item in page.Items)
            {
                found[item.ContentItemId] = item;
            }
        }

        return [.. lines.Select(l => l.Id is { } id
            ? found.TryGetValue(id, out var item) ? new LegalBasis(l.Text, id, Address(item)) : new LegalBasis(l.Text, id, null)
            : new LegalBasis(l.Text, null, l.Address))];
    }

    /// <summary>Published regulations whose title contains <paramref name="text"/> (e.g. "25 Tahun 2013", "kenaikan pangkat").</summary>
    public async Task<IReadOnlyList<RegulationOption>> SearchAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var page = await contents.ListAsync(new ContentListQuery { Types = [ContentType], Status = ContentStatusFilter.Published, Text = text.Trim(), Sort = ContentSort.TitleAsc, PageSize = MaxOptions }, ct);
        return [.. page.Items.Select(i => new RegulationOption(i.ContentItemId, i.DisplayText))];
    }

    /// <summary>The published regulation with this id, or null.</summary>
    public async Task<RegulationOption?> FindAsync(string id, CancellationToken ct)
    {
        var page = await contents.ListAsync(new ContentListQuery { Types = [ContentType], Status = ContentStatusFilter.Published, Ids = [id], PageSize = 1 }, ct);
        return page.Items.Select(i => new RegulationOption(i.ContentItemId, i.DisplayText)).FirstOrDefault();
    }

    private static string? Address(ContentItem item) =>
        item.Content["AutoroutePart"]?["Path"] is { } path && path.GetValueKind() == System.Text.Json.JsonValueKind.String && path.GetValue<string>().Length > 0
            ? "/" + path.GetValue<string>().TrimStart('/')
            : null;
}
