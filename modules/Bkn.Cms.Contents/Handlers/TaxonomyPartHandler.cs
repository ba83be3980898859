using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>
/// Editors write a taxonomy's terms as lines, sub-terms indented with "-" (e.g. "- CPNS"). Terms keep their id
/// while their path (parent and name) stays the same, so classified items keep their terms across edits.
/// </summary>
public sealed class TaxonomyPartHandler(IStringLocalizer t) : IContentHandler
{
    public const string TextProperty = "TermsText";

    public Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        if (!definition.HasPart(nameof(TaxonomyPart)) || item.Content[nameof(TaxonomyPart)] is not JsonObject json || !json.ContainsKey(TextProperty))
        {
            return Task.CompletedTask;
        }

        var text = json[TextProperty]?.ToString() ?? "";
        json.Remove(TextProperty);
        var existing = Flatten(item.As<TaxonomyPart>()?.Terms ?? []).ToDictionary(p => p.Path, p => p.Term.Id, StringComparer.Ordinal);
        var roots = new List<TaxonomyTerm>();
        var stack = new List<TaxonomyTerm>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart(' ', '-', '\t');
            if (trimmed.Trim().Length == 0)
            {
                continue;
            }

            var depth = Math.Min(line.TakeWhile(c => c is '-' or ' ' or '\t').Count(c => c == '-'), stack.Count);
            var term = new TaxonomyTerm { Name = trimmed.Trim(), Slug = Slug.From(trimmed) };
            stack.RemoveRange(depth, stack.Count - depth);
            var path = string.Join('/', stack.Select(s => s.Slug).Append(term.Slug));
            term.Id = existing.TryGetValue(path, out var id) ? id : IdGenerator();
            (depth == 0 ? roots : stack[^1].Children).Add(term);
            stack.Add(term);
        }

        item.Apply(new TaxonomyPart { Terms = roots });
        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Item.As<TaxonomyPart>() is { } part)
        {
            var all = Flatten(part.Terms).ToList();
            if (all.Any(p => p.Term.Name.Length > 100))
            {
                context.Fail($"{nameof(TaxonomyPart)}.{TextProperty}", t["Nama istilah paling panjang 100 karakter."]);
            }

            var duplicate = all.GroupBy(p => p.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                context.Fail($"{nameof(TaxonomyPart)}.{TextProperty}", t["Istilah '{0}' tertulis dua kali di tempat yang sama.", duplicate.First().Term.Name]);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The terms in tree order with their path of slugs and their depth.</summary>
    public static IEnumerable<(TaxonomyTerm Term, string Path, int Depth)> Flatten(IEnumerable<TaxonomyTerm> terms, string prefix = "", int depth = 0)
    {
        foreach (var term in terms)
        {
            var path = prefix.Length == 0 ? term.Slug : $"{prefix}/{term.Slug}";
            yield return (term, path, depth);
            foreach (var child in Flatten(term.Children, path, depth + 1))
            {
                yield return child;
            }
        }
    }

    /// <summary>The editor text for a tree (the inverse of what Preparing reads).</summary>
    public static string ToText(IEnumerable<TaxonomyTerm> terms) =>
        string.Join('\n', Flatten(terms).Select(p => new string('-', p.Depth) + (p.Depth > 0 ? " " : "") + p.Term.Name));

    private static string IdGenerator() => Guid.NewGuid().ToString("N")[..12];
}
