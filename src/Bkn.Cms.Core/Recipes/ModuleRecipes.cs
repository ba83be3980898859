using System.Text.Json;
using Bkn.Cms.Modules;

namespace Bkn.Cms.Recipes;

/// <summary>
/// The recipes modules ship (<c>Recipes/*.recipe.json</c> in the module folder, embedded by Directory.Build.targets),
/// in feature-dependency order: a module's recipes come after those of the modules it depends on.
/// </summary>
public sealed class ModuleRecipes
{
    private const string ResourcePrefix = "Recipes/";
    private const string ResourceSuffix = ".recipe.json";

    public ModuleRecipes(ModuleCatalog catalog)
    {
        var order = catalog.Features.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var recipes = new List<ModuleRecipe>();
        foreach (var module in catalog.Modules.OrderBy(m => order.GetValueOrDefault(m.Id, int.MaxValue)).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var resources = module.Assembly.GetManifestResourceNames()
                .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(ResourceSuffix, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var resource in resources)
            {
                recipes.Add(Describe(module, resource));
            }
        }

        var duplicate = recipes.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Recipe '{duplicate.Key}' is shipped twice ({string.Join(", ", duplicate.Select(r => r.ModuleId))}).");
        }

        All = recipes;
    }

    /// <summary>Every module recipe, dependencies first.</summary>
    public IReadOnlyList<ModuleRecipe> All { get; }

    public ModuleRecipe? Find(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private static ModuleRecipe Describe(ModuleDescriptor module, string resource)
    {
        using var stream = module.Assembly.GetManifestResourceStream(resource)!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, RecipeExecutor.DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Module {module.Id}: {resource} is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }

        using var owned = document;
        var root = document.RootElement;
        var name = root.OptionalString("name") ?? resource[ResourcePrefix.Length..^ResourceSuffix.Length];
        return new ModuleRecipe(name, module.Id, root.OptionalBool("sampleData"), module.Assembly, resource);
    }
}
