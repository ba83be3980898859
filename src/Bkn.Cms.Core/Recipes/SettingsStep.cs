using System.Text.Json;
using Bkn.Cms.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary><c>{"name":"settings","SiteName":"…","Hotline":"…"}</c> — every other property becomes a setting.</summary>
public sealed class SettingsStep : IRecipeStep
{
    public string Name => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => throw new RecipeException($"Pengaturan '{property.Name}' harus berupa teks, angka atau boolean."),
            };
        }

        await context.Services.GetRequiredService<SiteSettingsWriter>().SetAsync(values, cancellationToken);
    }
}
