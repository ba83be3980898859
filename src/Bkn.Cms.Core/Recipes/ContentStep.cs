using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Recipes.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary>
/// <c>{"name":"content","data":[{"ContentItemId","ContentType","DisplayText","Published":true,"Unit":"CODE","TitlePart":{…},…}]}</c>.
/// Items are matched by ContentItemId: an existing item whose latest version already has the same parts is left alone.
/// </summary>
public sealed class ContentStep : IRecipeStep
{
    /// <summary>Columns of an export that are not parts and that the step does not read.</summary>
    private static readonly HashSet<string> IgnoredProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemVersionId", "Latest", "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "UnitId",
    };

    public string Name => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var content = context.Services.GetRequiredService<IContentManager>();
        var db = context.Services.GetRequiredService<CmsDbContext>();
        var index = 0;
        foreach (var element in context.ToObject<ContentStepModel>().Data)
        {
            index++;
            var type = RecipeValues.Required(element.ContentType, "ContentType", $"Konten ke-{index}");
            var id = element.ContentItemId;
            var parts = new JsonObject();
            foreach (var (name, value) in element.Other.Where(p => !IgnoredProperties.Contains(p.Key)))
            {
                parts[name] = JsonNode.Parse(value.GetRawText());
            }

            Guid? unitId = null;
            if (element.Unit is { } code)
            {
                unitId = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new RecipeException($"Konten ke-{index}: unit '{code}' tidak ditemukan.");
            }

            var publish = element.Published;
            var existing = id is null ? null : await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (existing is null)
            {
                var item = content.New(type);
                item.ContentItemId = id ?? item.ContentItemId;
                item.DisplayText = element.DisplayText ?? "";
                item.UnitId = unitId;
                Merge(item.Content, parts);
                await content.CreateAsync(item, publish, cancellationToken);
                continue;
            }

            var merged = (JsonObject)existing.Content.DeepClone();
            Merge(merged, parts);
            if (!JsonNode.DeepEquals(merged, existing.Content))
            {
                existing.Content = merged;
                existing.DisplayText = element.DisplayText ?? existing.DisplayText;
                existing.UnitId = unitId ?? existing.UnitId;
                await content.UpdateAsync(existing, cancellationToken);
            }

            if (publish && !(await content.GetAsync(existing.ContentItemId, VersionOptions.Latest, cancellationToken))!.Published)
            {
                await content.PublishAsync(existing.ContentItemId, cancellationToken);
            }
        }
    }

    private static void Merge(JsonObject target, JsonObject parts)
    {
        foreach (var (name, value) in parts)
        {
            target[name] = value?.DeepClone();
        }
    }
}
